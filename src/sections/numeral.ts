// The value of a short Chinese ordinal (一 … 九十九) read straight from the view: a run of at most
// three 一…十 characters has few forms, so each value is worked out once (by parseCnInteger, the
// one reading of Chinese numerals) and kept in a table indexed by the characters' places.
import { CN_ORDINAL_CHARS } from '../data/markers.js';
import { parseCnInteger } from '../data/numerals.js';
import { CN_ORDINAL_CODES } from './chars.js';

/** Longest run a value is kept for. */
export const MAX_CACHED_CHARS = 3;

const BASE = CN_ORDINAL_CHARS.length + 1; // a place is 1 + the character's index; 0: no character
const UNKNOWN = -2;
const NO_VALUE = -1;
/** Largest value the table holds (a larger one is worked out each time). */
const MAX_KEPT = 0x7fff;
let values: Int16Array | null = null;

/**
 * The value of the numeral in [at, end) of `view` (every character one of 一…十), or null when
 * it reads as no number. Runs longer than MAX_CACHED_CHARS are read by parseCnInteger directly.
 */
export function cnOrdinalValue(view: string, at: number, end: number): number | null {
  if (end - at > MAX_CACHED_CHARS || end <= at) return parseCnInteger(view.slice(at, end));
  let key = 0;
  for (let i = at; i < end; i++) {
    const index = CN_ORDINAL_CODES.indexOf(view.charCodeAt(i));
    if (index < 0) return parseCnInteger(view.slice(at, end));
    key = key * BASE + index + 1;
  }
  values ??= new Int16Array(BASE ** MAX_CACHED_CHARS).fill(UNKNOWN);
  const value = values[key]!;
  if (value !== UNKNOWN) return value === NO_VALUE ? null : value;
  const parsed = parseCnInteger(view.slice(at, end));
  if (parsed === null) values[key] = NO_VALUE;
  else if (parsed >= 0 && parsed <= MAX_KEPT) values[key] = parsed;
  return parsed;
}
