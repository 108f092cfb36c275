import { describe, expect, it } from 'vitest';
import { charFilter, codeFilter, mayHold } from '../src/metrics/codeFilter.js';
import { WordIndex } from '../src/metrics/wordIndex.js';

describe('codeFilter', () => {
  it('holds every code it was made of (no false negatives), small sets and large', () => {
    for (const size of [1, 5, 40, 3000]) {
      const codes = Array.from({ length: size }, (_, k) => 0x4e00 + k * 7);
      const filter = codeFilter(codes);
      for (const code of codes) expect(mayHold(filter, code)).toBe(true);
    }
  });

  it('turns most other codes away', () => {
    const filter = charFilter('〇零一二两三四五六七八九十百千万亿');
    let through = 0;
    for (let code = 0x4e00; code <= 0x9fff; code++) if (mayHold(filter, code)) through++;
    expect(through).toBeLessThan((0x9fff - 0x4e00) / 8);
  });

  it('leaves a word index exact: words found by first and last character, others not', () => {
    const index = new WordIndex(['开展', '开展了', '查处', '处']);
    expect(index.startingAt('依法开展了检查', 2)).toBe('开展了');
    expect(index.startingAt('依法开展检查', 2)).toBe('开展');
    expect(index.endingAt('依法查处')).toBe('查处');
    expect(index.endingAt('处理')).toBeNull();
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      if (!'开查处'.includes(ch)) expect(index.startingAt(ch + '展')).toBeNull();
    }
  });
});
