// What the scanner reads of a figure by arithmetic, where it would otherwise parse a string: each
// gives exactly what the reading it stands in for gives.
import { scaled } from '../sections/numeral.js';

/** The longest run of digits read into a value as it is passed: up to 15, every value is exact. */
const EXACT_DIGITS = 15;

/** What the plain run of digits [from, to) of `view` is worth, as Number would read it. */
export function digitsValue(view: string, from: number, to: number): number {
  if (to - from > EXACT_DIGITS) return Number(view.slice(from, to));
  let value = 0;
  for (let k = from; k < to; k++) value = value * 10 + (view.charCodeAt(k) - 0x30);
  return value;
}

/** Products below this have at most 15 digits: exact in a double, and left whole by scaled's rounding. */
const EXACT_PRODUCT_MAX = 1e15;

/**
 * scaled(value, scale) for a multiplier's scale (a whole number: 万, 亿): a whole figure (3万, 12亿)
 * is multiplied directly, as the product of two integers below 1e15 is exact and scaled gives it too.
 */
export function timesMultiplier(value: number, scale: number): number {
  const product = value * scale;
  return Number.isInteger(value) && value >= 0 && product < EXACT_PRODUCT_MAX ? product : scaled(value, scale);
}
