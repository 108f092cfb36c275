import { describe, expect, it } from 'vitest';
import { digitsValue, timesMultiplier } from '../src/metrics/figures.js';
import { scaled } from '../src/sections/numeral.js';
import { MULTIPLIERS } from '../src/data/numerals.js';

describe('digitsValue: a run of digits read as the scanner passes it', () => {
  it.each([
    ['共办理12件', 3, 5],
    ['007号', 0, 3],
    ['收案123456789012345件', 2, 17], // 15 digits: read by arithmetic
    ['编号9007199254740993', 2, 18], // 16 digits: past 2^53, read as Number reads it
    ['0', 0, 1],
  ])('%s [%i, %i) is worth what Number reads', (text, from, to) => {
    expect(digitsValue(text, from, to)).toBe(Number(text.slice(from, to)));
  });
});

describe('timesMultiplier: a figure times 万, 亿 … as scaled gives it', () => {
  const values = [0, 1, 3, 12, 999, 2969, 45000, 123456789, 99999999999, 1.5, 2.3, 156.7, 2.2699, 0.07, 1e15, 123456789012];
  for (const [word, scale] of Object.entries(MULTIPLIERS)) {
    it(`${word}: whole and decimal figures, small and past 1e15`, () => {
      for (const v of values) expect(timesMultiplier(v, scale)).toBe(scaled(v, scale));
    });
  }
});
