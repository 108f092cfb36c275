import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { findItems } from '../src/sections/items.js';

/** [marker, ordinal, text] of the items of the whole text, with spans checked to slice to text. */
function items(text: string): Array<[string, number, string]> {
  const found = findItems(createDoc(text), 0, text.length);
  for (const item of found) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
  return found.map((i) => [i.marker, i.ordinal, i.text]);
}

describe('findItems', () => {
  it.each<[string, string, Array<[string, number, string]>]>([
    ['一是 二是 in one paragraph', '主要做法:一是健全制度。二是规范执法。', [
      ['一是', 1, '健全制度。'],
      ['二是', 2, '规范执法。'],
    ]],
    ['one item per paragraph, text ends at the paragraph', '一是健全制度,完善程序。\n全年修订制度5项。\n二是规范执法。', [
      ['一是', 1, '健全制度,完善程序。'],
      ['二是', 2, '规范执法。'],
    ]],
    ['第一, 第二, with the comma skipped', '第一,深化学习。第二,规范执法。第三、加强队伍。', [
      ['第一', 1, '深化学习。'],
      ['第二', 2, '规范执法。'],
      ['第三', 3, '加强队伍。'],
    ]],
    ['其一 其二', '其一,定期研究;其二,带头学法。', [
      ['其一', 1, '定期研究;'],
      ['其二', 2, '带头学法。'],
    ]],
    ['full-width comma after 第一', '第一，深化学习；第二，规范执法。', [
      ['第一', 1, '深化学习；'],
      ['第二', 2, '规范执法。'],
    ]],
    ['a lone 一是 inside a word is text: the chain starts at the later 一是', '标准统一是前提,一是明确标准,二是统一尺度。', [
      ['一是', 1, '明确标准,'],
      ['二是', 2, '统一尺度。'],
    ]],
    ['十一是 continues 十是', '一是a。二是b。三是c。四是d。五是e。六是f。七是g。八是h。九是甲。十是乙。十一是丙。', [
      ['一是', 1, 'a。'], ['二是', 2, 'b。'], ['三是', 3, 'c。'], ['四是', 4, 'd。'], ['五是', 5, 'e。'], ['六是', 6, 'f。'],
      ['七是', 7, 'g。'], ['八是', 8, 'h。'], ['九是', 9, '甲。'], ['十是', 10, '乙。'], ['十一是', 11, '丙。'],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ['a lone 一是', '坚持标准统一是前提。'],
    ['第一责任人 is no item', '履行第一责任人职责,落实第二批任务。'],
    ['a chain must start at 一', '二是规范执法。三是加强监督。'],
    ['第一部分 is a heading word', '第一部分第二部分'],
  ])('no items: %s', (_name, text) => {
    expect(items(text)).toEqual([]);
  });

  it('reads only inside the range it is given', () => {
    const text = '一是甲。二是乙。\n一是丙。二是丁。';
    const doc = createDoc(text);
    const second = text.indexOf('\n') + 1;
    const found = findItems(doc, second, text.length);
    expect(found.map((i) => i.text)).toEqual(['丙。', '丁。']);
    expect(found[0]!.span.start).toBe(second + 2);
  });
});

describe('findItems at a line end', () => {
  it('an item marker (其二,) closing its line gives the same span with CRLF as with LF', () => {
    const lf = '其一,定期研究;其二,\n带头学法。';
    const crlf = lf.replace('\n', '\r\n');
    const a = findItems(createDoc(lf), 0, lf.length);
    const b = findItems(createDoc(crlf), 0, crlf.length);
    expect(a.map((i) => i.span)).toEqual([{ start: 3, end: 8 }, { start: 11, end: 11 }]);
    expect(b.map((i) => i.span)).toEqual(a.map((i) => i.span));
    expect(b.map((i) => i.text)).toEqual(['定期研究;', '']);
  });
});
