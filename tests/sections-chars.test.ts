import { describe, expect, it } from 'vitest';
import { CN_ORDINAL_CHARS } from '../src/data/markers.js';
import { parseCnInteger } from '../src/data/numerals.js';
import { createDoc } from '../src/document.js';
import { canStartMarker, CodeSet } from '../src/sections/chars.js';
import { findAnchors, findItems } from '../src/sections/items.js';
import { cnOrdinalValue } from '../src/sections/numeral.js';

describe('CodeSet', () => {
  const set = new CodeSet('、.是');
  it.each<[string, number, boolean, number]>([
    ['first character', '、'.charCodeAt(0), true, 0],
    ['second character', 0x2e, true, 1],
    ['last character', '是'.charCodeAt(0), true, 2],
    ['a code inside the range but not in the set', '是'.charCodeAt(0) - 1, false, -1],
    ['a code below the range', 0x20, false, -1],
    ['a code above the range', 0xffff, false, -1],
    ['NaN (past the end of a string)', 'x'.charCodeAt(5), false, -1],
  ])('%s', (_name, code, has, index) => {
    expect([set.has(code), set.indexOf(code)]).toEqual([has, index]);
  });

  it('an empty set holds nothing', () => {
    expect(new CodeSet('').has(0)).toBe(false);
  });
});

describe('canStartMarker', () => {
  it.each<[string, boolean]>([
    ['(', true], ['1', true], ['一', true], ['十', true], ['第', true], ['①', true], ['⑳', true],
    ['加', false], ['a', false], [')', false], ['、', false], ['百', false], [' ', false],
  ])('%s → %s', (ch, expected) => {
    expect(canStartMarker(ch.charCodeAt(0))).toBe(expected);
  });
});

describe('cnOrdinalValue', () => {
  it.each<[string, number, number, number | null]>([
    ['一', 0, 1, 1],
    ['十', 0, 1, 10],
    ['十二', 0, 2, 12],
    ['二十', 0, 2, 20],
    ['九十九', 0, 3, 99],
    ['第十二条', 1, 3, 12],
    ['(三)', 1, 2, 3],
    ['一二', 0, 2, 12],
    ['', 0, 0, null],
  ])('%s [%d, %d) → %s', (text, at, end, value) => {
    expect(cnOrdinalValue(text, at, end)).toBe(value);
  });

  it('reads every run of up to three characters as parseCnInteger does, twice (once kept)', () => {
    const chars = [...CN_ORDINAL_CHARS];
    const runs = [...chars, ...chars.flatMap((a) => chars.map((b) => a + b)), ...chars.flatMap((a) => chars.flatMap((b) => chars.map((c) => a + b + c)))];
    const differing = runs.filter((run) => {
      const text = `第${run}是`;
      const expected = parseCnInteger(run);
      return cnOrdinalValue(text, 1, 1 + run.length) !== expected || cnOrdinalValue(text, 1, 1 + run.length) !== expected;
    });
    expect(runs.length).toBe(1110);
    expect(differing).toEqual([]);
  });

  it('a longer run is read too', () => {
    expect(cnOrdinalValue('一百二十三', 0, 5)).toBe(123);
  });
});

describe('findItems with the anchors of the whole document', () => {
  const text = '一、甲\n第一,学法。第二,用法。\n二、乙\n一是立规。二是执法。其一,a;其二,b。';
  const doc = createDoc(text);
  const anchors = findAnchors(doc.view);
  const split = text.indexOf('二、乙');

  it.each<[string, number, number, Array<[string, number, string]>]>([
    ['the first part', 0, split, [['第一', 1, '学法。'], ['第二', 2, '用法。']]],
    ['the second part', split, text.length, [['一是', 1, '立规。'], ['二是', 2, '执法。'], ['其一', 1, 'a;'], ['其二', 2, 'b。']]],
    ['a range starting past the 一 of 一是 reads neither it nor the 二是 after it', text.indexOf('一是') + 1, text.length, [['其一', 1, 'a;'], ['其二', 2, 'b。']]],
    ['a range starting right after 第 reads no 第 marker', text.indexOf('第一') + 1, split, []],
  ])('%s', (_name, start, end, expected) => {
    const found = findItems(doc, start, end, anchors);
    for (const item of found) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
    expect(found.map((i) => [i.marker, i.ordinal, i.text])).toEqual(expected);
    expect(findItems(doc, start, end)).toEqual(found);
  });

  it('a 第 marker at the very end of the text needs no comma after it', () => {
    const t = '第一,学法。第二';
    const found = findItems(createDoc(t), 0, t.length);
    expect(found.map((i) => [i.marker, t.slice(i.span.start, i.span.end)])).toEqual([['第一', '学法。'], ['第二', '']]);
  });
});
