import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charFilter, codeFilter, mayHold } from '../src/codeFilter.js';
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

  it('finds a one-character word where longer words share its first (or last) character: 处 of 处罚, 惩处', () => {
    const index = new WordIndex(['处理', '查处', '处']);
    expect(index.startingAt('处罚')).toBe('处');
    expect(index.startingAt('处理')).toBe('处理');
    expect(index.startingAt('处')).toBe('处');
    expect(index.endingAt('惩处')).toBe('处');
    expect(index.endingAt('查处')).toBe('查处');
    expect(index.endingAt('处')).toBe('处');
    expect(index.endingAt('处理', 1)).toBe('处');
  });

  it('answers as a plain longest-match over the list does, at every place', () => {
    const alphabet = fc.constantFrom(...'开展查处理');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 10 }).map((cs) => cs.join('')), (words, text) => {
        const index = new WordIndex(words);
        const longest = [...new Set(words)].sort((a, b) => b.length - a.length);
        for (let at = 0; at <= text.length; at++) {
          expect(index.startingAt(text, at)).toBe(longest.find((w) => text.startsWith(w, at)) ?? null);
          expect(index.endingAt(text, at)).toBe(longest.find((w) => at >= w.length && text.startsWith(w, at - w.length)) ?? null);
        }
      }),
    );
  });
});
