import { describe, expect, it } from 'vitest';
import { parseCnInteger } from '../src/data/numerals.js';

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
