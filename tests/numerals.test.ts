import { describe, expect, it } from 'vitest';
import { parseArabic, parseCnInteger, parseCnNumber } from '../src/data/numerals.js';

describe('parseCnInteger', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百', 3500],
    ['一万零十二', 10012],
    ['二十万', 200000],
    ['一亿二千万', 120000000],
    ['二〇二二', 2022],
    ['〇', 0],
  ])('%s → %d', (s, v) => expect(parseCnInteger(s)).toBe(v));

  it.each(['', 'a', '十a', '第一'])('rejects %j', (s) => expect(parseCnInteger(s)).toBeNull());
});

describe('parseCnNumber', () => {
  it.each([
    ['八十', 80],
    ['三点五', 3.5],
    ['九十九点八', 99.8],
    ['二十万', 200000],
  ])('%s → %d', (s, v) => expect(parseCnNumber(s)).toBe(v));

  it.each(['点五', '三点', '三点两', 'x'])('rejects %j', (s) => expect(parseCnNumber(s)).toBeNull());
});

describe('parseArabic', () => {
  it.each([
    ['1,126', 1126],
    ['20,300.5', 20300.5],
    ['277.2', 277.2],
  ])('%s → %d', (s, v) => expect(parseArabic(s)).toBe(v));
});
