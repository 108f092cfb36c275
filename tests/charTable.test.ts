import { describe, expect, it } from 'vitest';
import { anyInBitTable, bitTable, charSet, charTable, holdsCode, inBitTable, inSet, isAsciiDigit, isWhiteSpace } from '../src/charTable.js';

describe('character sets over UTF-16 codes', () => {
  it('charSet: each set holds its own characters, though sets share their words', () => {
    const punctuation = charSet(',。;');
    const numerals = charSet('一二三');
    expect(inSet(punctuation, ','.charCodeAt(0))).toBe(true);
    expect(inSet(punctuation, '。'.charCodeAt(0))).toBe(true);
    expect(inSet(punctuation, '一'.charCodeAt(0))).toBe(false);
    expect(inSet(numerals, '三'.charCodeAt(0))).toBe(true);
    expect(inSet(numerals, ';'.charCodeAt(0))).toBe(false);
  });

  it('charSet: more than 32 sets stay apart (they spill into a second array of words)', () => {
    const sets = Array.from({ length: 40 }, (_, k) => charSet([String.fromCharCode(0x4e00 + k)]));
    sets.forEach((set, k) => {
      expect(inSet(set, 0x4e00 + k)).toBe(true);
      expect(inSet(set, 0x4e00 + ((k + 1) % 40))).toBe(false);
    });
  });

  it('reads past the end of a string (NaN) as in no set', () => {
    const set = charSet('abc');
    expect(inSet(set, ''.charCodeAt(0))).toBe(false);
    expect(inBitTable(bitTable('abc'), Number.NaN)).toBe(false);
    expect(charTable('abc')[Number.NaN as unknown as number]).toBeUndefined();
  });

  it('uses the first code unit of each word given', () => {
    const set = charSet(['法治', '报告']);
    expect(inSet(set, '法'.charCodeAt(0))).toBe(true);
    expect(inSet(set, '报'.charCodeAt(0))).toBe(true);
    expect(inSet(set, '治'.charCodeAt(0))).toBe(false);
  });

  it('isWhiteSpace is what \\s matches and trim() takes away, on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/u.test(ch));
      if (isWhiteSpace(c)) expect(`a${ch}`.trim()).toBe('a');
    }
    expect(isWhiteSpace(Number.NaN)).toBe(false);
  });

  it('isAsciiDigit is 0-9 only (full-width digits are folded before)', () => {
    expect([...'0189'].every((d) => isAsciiDigit(d.charCodeAt(0)))).toBe(true);
    expect([...'/:a１'].some((d) => isAsciiDigit(d.charCodeAt(0)))).toBe(false);
    expect(isAsciiDigit(Number.NaN)).toBe(false);
  });
});

describe('characters looked for in a range of a text', () => {
  const LEVELS = bitTable('省市县');
  const text = '杭州市上城区';

  it('anyInBitTable: a character of the table inside [from, to) only', () => {
    expect(anyInBitTable(LEVELS, text, 0, text.length)).toBe(true);
    expect(anyInBitTable(LEVELS, text, 0, 2)).toBe(false); // 杭州
    expect(anyInBitTable(LEVELS, text, 2, 3)).toBe(true); // 市
    expect(anyInBitTable(LEVELS, text, 3, text.length)).toBe(false); // 上城区
  });

  it('anyInBitTable: a range past the end of the text reads no character', () => {
    expect(anyInBitTable(LEVELS, text, 3, text.length + 5)).toBe(false);
    expect(anyInBitTable(LEVELS, text, 4, 4)).toBe(false);
  });

  it('holdsCode: the code inside [from, to) only', () => {
    const hao = '号'.charCodeAt(0);
    const cited = '》(浙卫〔2024〕3号)';
    expect(holdsCode(cited, hao, 0, cited.length)).toBe(true);
    expect(holdsCode(cited, hao, 0, cited.indexOf('号'))).toBe(false);
    expect(holdsCode(cited, hao, cited.indexOf('号') + 1, cited.length + 3)).toBe(false);
  });
});
