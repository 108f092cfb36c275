// Reads a heading marker at a position of the view: 一、 (一) 一) 1. 1、 (1) 1) ① 第一部分 第一章.
import { CIRCLED_NUMBERS, CN_ORDINAL_CHARS, MARKER_STOPS, NUMBER_LIST_FOLLOWERS, PART_WORDS } from '../data/markers.js';
import { parseCnInteger } from '../data/numerals.js';
import type { SectionStyle } from '../schema.js';

export interface MarkerMatch {
  readonly style: SectionStyle;
  readonly ordinal: number;
  /** Offset of the marker's first character. */
  readonly start: number;
  /** Offset just past the marker. */
  readonly end: number;
}

/** Longest numeral a marker holds: 99 / 九十九. */
const MAX_DIGITS = 2;
const MAX_CN_CHARS = 3;
const MAX_ORDINAL = 99;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isCnOrdinalChar = (c: string | undefined): boolean => c !== undefined && c !== '' && CN_ORDINAL_CHARS.includes(c);

/** A year opens the text at `at`: 2022年 (so 1、2022年工作情况 is a heading, 1、2月 is not). */
function startsWithYear(view: string, at: number): boolean {
  for (let i = at; i < at + 4; i++) if (!isDigit(view[i])) return false;
  return view[at + 4] === '年';
}

interface Numeral {
  readonly value: number;
  readonly end: number;
  readonly arabic: boolean;
}

/** A run of ASCII digits (at most 2) or of 一…十 (at most 3) at `at`, with its value. */
export function readNumeral(view: string, at: number, limit: number): Numeral | null {
  let end = at;
  if (isDigit(view[at])) {
    while (end < limit && end - at < MAX_DIGITS + 1 && isDigit(view[end])) end++;
    if (end - at > MAX_DIGITS) return null;
    const value = Number(view.slice(at, end));
    return value >= 1 && value <= MAX_ORDINAL ? { value, end, arabic: true } : null;
  }
  while (end < limit && end - at < MAX_CN_CHARS + 1 && isCnOrdinalChar(view[end])) end++;
  if (end === at || end - at > MAX_CN_CHARS) return null;
  const value = parseCnInteger(view.slice(at, end));
  return value !== null && value >= 1 && value <= MAX_ORDINAL ? { value, end, arabic: false } : null;
}

function readPart(view: string, at: number, limit: number): MarkerMatch | null {
  const numeral = readNumeral(view, at + 1, limit);
  if (!numeral) return null;
  const word = PART_WORDS.find((w) => view.startsWith(w, numeral.end));
  if (!word || numeral.end + word.length > limit) return null;
  return { style: 'part', ordinal: numeral.value, start: at, end: numeral.end + word.length };
}

/**
 * The heading marker starting at `at` (and ending before `limit`), or null. A marker that lost its
 * opening parenthesis (一) counts as (一). A 1. or 1、 followed by a digit is a quantity or a
 * date (1.5万人, 12.4宪法日, 1、2月), not a marker, unless a year follows (1、2022年工作情况); nor
 * is 一、 in a list of numbers (一、二季度).
 */
export function readMarker(view: string, at: number, limit: number): MarkerMatch | null {
  const first = view[at];
  if (first === undefined || at >= limit) return null;
  const circled = CIRCLED_NUMBERS.indexOf(first);
  if (circled >= 0) return { style: 'circled', ordinal: circled + 1, start: at, end: at + 1 };
  if (first === '第') return readPart(view, at, limit);
  const open = first === '(';
  const numeral = readNumeral(view, open ? at + 1 : at, limit);
  if (!numeral || numeral.end >= limit) return null;
  const next = view[numeral.end]!;
  if (next === ')') {
    return { style: numeral.arabic ? 'num-paren' : 'cn-paren', ordinal: numeral.value, start: at, end: numeral.end + 1 };
  }
  if (open || !MARKER_STOPS.includes(next)) return null;
  const after = view[numeral.end + 1];
  if (numeral.arabic && isDigit(after) && !startsWithYear(view, numeral.end + 1)) return null;
  if (!numeral.arabic && isCnOrdinalChar(after) && NUMBER_LIST_FOLLOWERS.includes(view[numeral.end + 2] ?? '')) return null;
  return { style: numeral.arabic ? 'num' : 'cn', ordinal: numeral.value, start: at, end: numeral.end + 1 };
}
