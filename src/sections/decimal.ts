// Exact decimal arithmetic for figures as written: a multiplier moves the decimal point.

const TEN = 10;

/** Significant digits a written figure keeps: more than any report writes, fewer than binary noise. */
const SIGNIFICANT_DIGITS = 15;

/**
 * The decimal `s` (plain digits with an optional point, as `String` writes a number) with its
 * point moved `places` to the right (left when negative): '156.7', 8 → '15670000000'.
 */
function shiftPoint(s: string, places: number): string {
  const dot = s.indexOf('.');
  const whole = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  const digits = whole + frac;
  const point = whole.length + places;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * value × scale exact to the written decimal: 156.7 × 10⁸ → 15670000000 (not 15669999999.999998),
 * 2.2699 × 10000 → 22699. A power of ten moves the decimal point of the figure as written; any
 * other factor, and sums (scale 1), are rounded to the significant digits a figure can have.
 */
export function scaled(value: number, scale: number): number {
  const places = Math.round(Math.log10(scale));
  const written = String(Math.abs(value));
  if (TEN ** places === scale && /^[\d.]+$/.test(written)) {
    const v = Number(shiftPoint(written, places));
    return Number((value < 0 ? -v : v).toPrecision(SIGNIFICANT_DIGITS));
  }
  return Number((value * scale).toPrecision(SIGNIFICANT_DIGITS));
}
