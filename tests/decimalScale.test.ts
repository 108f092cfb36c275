// A figure with a multiplier (万, 亿, 千) is exact to the decimal as written: the multiplier moves the
// decimal point, it does not multiply binary fractions (156.7亿 is 15670000000, not 15669999999.999998).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { scaled } from '../src/sections/numeral.js';

const RUNS = Number(process.env.PROPS_RUNS ?? 300);
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['千', 3],
  ['万', 4],
  ['亿', 8],
];

/** The exact value of `whole.frac` × 10^places, by moving the point in the digit string. */
function byString(whole: string, frac: string, places: number): number {
  const digits = whole + frac.padEnd(places, '0');
  return Number(`${digits.slice(0, whole.length + places)}.${digits.slice(whole.length + places) || '0'}`);
}

describe('values with a multiplier are exact to the written decimal', () => {
  it('scaled() moves the decimal point: random decimals with up to 4 fractional digits × 千/万/亿', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99999 }),
        fc.stringMatching(/^\d{1,4}$/),
        fc.constantFrom(...MULTIPLIERS),
        (whole, frac, [, places]) => {
          expect(scaled(Number(`${whole}.${frac}`), 10 ** places)).toBe(byString(String(whole), frac, places));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the same through parseReport: a figure with a multiplier and a unit reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.stringMatching(/^\d{0,3}[1-9]$/),
        fc.constantFrom(...MULTIPLIERS),
        (whole, frac, [word, places]) => {
          const raw = `${whole}.${frac}${word}元`;
          const text = `全年收缴罚没款${raw}。`;
          const m = parseReport(text).metrics.find((x) => x.raw === raw);
          expect(m?.value).toBe(byString(String(whole), frac, places));
          expect(text.slice(m!.span.start, m!.span.end)).toBe(raw);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('156.7亿元 is 15670000000 and 2.2699万 is 22699', () => {
    const text = '全区地区生产总值156.7亿元,新增市场主体2.2699万户。';
    const metrics = parseReport(text).metrics;
    expect(metrics.map((m) => [m.raw, m.value])).toEqual([
      ['156.7亿元', 15670000000],
      ['2.2699万户', 22699],
    ]);
  });

  it('other factors and sums keep no binary noise', () => {
    expect(scaled(0.1 + 0.2, 1)).toBe(0.3);
    expect(scaled(3.7, 0.01)).toBe(0.037);
  });
});
