// Reads a heading marker at a position of the view: 一、 (一) 一) 1. 1、 (1) 1) ① 第一部分 第一章.
import { CIRCLED_NUMBERS, MARKER_STOPS, NUMBER_LIST_FOLLOWERS, PART_WORDS } from '../data/markers.js';
import type { SectionStyle } from '../schema.js';
import { canStartMarker, CIRCLED_CODES, CN_ORDINAL_CODES, CODE_0, CODE_CLOSE, CODE_DI, CODE_OPEN, CodeSet, isDigitCode } from './chars.js';
import { cnOrdinalValue } from './numeral.js';

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

const STOP_CODES = new CodeSet(MARKER_STOPS);
const LIST_FOLLOWER_CODES = new CodeSet(NUMBER_LIST_FOLLOWERS);
const CODE_NIAN = 0x5e74; // 年

/** After 一、二 a list follower, or the end of the text (一、二 cut off: no heading either). */
const isListFollower = (code: number): boolean => Number.isNaN(code) || LIST_FOLLOWER_CODES.has(code);

/** A year opens the text at `at`: 2022年 (so 1、2022年工作情况 is a heading, 1、2月 is not). */
function startsWithYear(view: string, at: number): boolean {
  for (let i = at; i < at + 4; i++) if (!isDigitCode(view.charCodeAt(i))) return false;
  return view.charCodeAt(at + 4) === CODE_NIAN;
}

interface Numeral {
  readonly value: number;
  readonly end: number;
  readonly arabic: boolean;
}

/** A run of ASCII digits (at most 2) or of 一…十 (at most 3) at `at`, with its value. */
export function readNumeral(view: string, at: number, limit: number): Numeral | null {
  let end = at;
  if (isDigitCode(view.charCodeAt(at))) {
    let value = 0;
    while (end < limit && end - at < MAX_DIGITS + 1 && isDigitCode(view.charCodeAt(end))) value = value * 10 + view.charCodeAt(end++) - CODE_0;
    if (end - at > MAX_DIGITS) return null;
    return value >= 1 && value <= MAX_ORDINAL ? { value, end, arabic: true } : null;
  }
  while (end < limit && end - at < MAX_CN_CHARS + 1 && CN_ORDINAL_CODES.has(view.charCodeAt(end))) end++;
  if (end === at || end - at > MAX_CN_CHARS) return null;
  const value = cnOrdinalValue(view, at, end);
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
  if (at >= limit) return null;
  const first = view.charCodeAt(at);
  if (!canStartMarker(first)) return null; // NaN past the end too
  if (CIRCLED_CODES.has(first)) return { style: 'circled', ordinal: CIRCLED_NUMBERS.indexOf(view[at]!) + 1, start: at, end: at + 1 };
  if (first === CODE_DI) return readPart(view, at, limit);
  const open = first === CODE_OPEN;
  const numeral = readNumeral(view, open ? at + 1 : at, limit);
  if (!numeral || numeral.end >= limit) return null;
  const next = view.charCodeAt(numeral.end);
  if (next === CODE_CLOSE) {
    return { style: numeral.arabic ? 'num-paren' : 'cn-paren', ordinal: numeral.value, start: at, end: numeral.end + 1 };
  }
  if (open || !STOP_CODES.has(next)) return null;
  const after = view.charCodeAt(numeral.end + 1);
  if (numeral.arabic && isDigitCode(after) && !startsWithYear(view, numeral.end + 1)) return null;
  if (!numeral.arabic && CN_ORDINAL_CODES.has(after) && isListFollower(view.charCodeAt(numeral.end + 2))) return null;
  return { style: numeral.arabic ? 'num' : 'cn', ordinal: numeral.value, start: at, end: numeral.end + 1 };
}
