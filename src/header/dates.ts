// Dates as Chinese government pages write them, read into ISO yyyy-MM-dd with date-fns:
// 2022年3月11日, 2022-03-11, 2021- 01- 25 11: 33, 2022/3/11 09:18, 2022.3.11, 二〇二二年三月十一日.
// Deep imports: the date-fns root module loads every function it has (about 200 ms cold).
import { formatISO } from 'date-fns/formatISO';
import { isExists } from 'date-fns/isExists';
import { CN_NUMERAL_CHARS, parseCnInteger } from '../data/numerals.js';
import { bitTable, inBitTable, isAsciiDigit, isWhiteSpace } from '../charTable.js';

export interface FoundDate {
  /** ISO date, yyyy-MM-dd. */
  readonly iso: string;
  /** Offsets of the date within the searched string. */
  readonly start: number;
  readonly end: number;
}

const SP = ' {0,2}';
const ARABIC_YMD = `(\\d{4})${SP}[-/.年]${SP}(\\d{1,2})${SP}[-/.月]${SP}(\\d{1,2})(?!\\d)(?:${SP}日)?`;
/** 〇 is often typed as ○ (a circle) or the letter O: 二○二四年. */
const CN_ZERO_LOOKALIKES = /[○O]/gu;
const CN_DIGIT = '[〇零一二三四五六七八九○O]';
const CN_SMALL = `[${CN_NUMERAL_CHARS.replace(/[百千万亿]/gu, '')}]`;
const CHINESE_YMD = `(${CN_DIGIT}{4})年(${CN_SMALL}{1,3})月(${CN_SMALL}{1,3})日`;

/** Arabic or Chinese-numeral dates, anywhere in a string (global, so exec walks them). */
const DATE = new RegExp(`${ARABIC_YMD}|${CHINESE_YMD}`, 'gu');
/** What every date holds. */
const MAY_HOLD_DATE = /[\d年]/u;
/** The same, at one position only (sticky). */
const DATE_AT = new RegExp(`${ARABIC_YMD}|${CHINESE_YMD}`, 'uy');

/** The ISO date for year, month, day, or null when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2200) return null;
  const key = (year * 100 + month) * 100 + day;
  const known = isoCache.get(key);
  if (known !== undefined) return known;
  const iso = isExists(year, month - 1, day) ? formatISO(new Date(year, month - 1, day), { representation: 'date' }) : null;
  if (isoCache.size >= ISO_CACHE_MAX) isoCache.clear();
  isoCache.set(key, iso);
  return iso;
}

/** Dates already read (a page repeats its few dates; date-fns builds a Date for each). */
const isoCache = new Map<number, string | null>();
const ISO_CACHE_MAX = 4096;

function fromMatch(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const y = parseCnInteger((m[4] ?? '').replace(CN_ZERO_LOOKALIKES, '〇'));
  const mo = parseCnInteger(m[5] ?? '');
  const d = parseCnInteger(m[6] ?? '');
  return y === null || mo === null || d === null ? null : isoDate(y, mo, d);
}

const NO_DATES: readonly FoundDate[] = [];

/** True when a written date may end with the character of code `code`: 日, or a digit (2023-01-05). */
export function mayEndDate(code: number): boolean {
  return code === DAY || isAsciiDigit(code);
}
const DAY = 0x65e5; // 日

/** The valid dates in `text`, in order (at most `limit` of them). */
export function findDates(text: string, limit = Infinity): readonly FoundDate[] {
  // every date holds a digit or 年: most strings asked about hold neither
  if (!MAY_HOLD_DATE.test(text)) return NO_DATES;
  const out: FoundDate[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m && out.length < limit; m = DATE.exec(text)) {
    const iso = fromMatch(m);
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first valid date in `text`, or null. */
export function readDate(text: string): FoundDate | null {
  return findDates(text, 1)[0] ?? null;
}

/** How a date starts: an Arabic digit or a Chinese one (the class CN_DIGIT without its brackets). */
const DATE_FIRST = bitTable(`0123456789${CN_DIGIT.slice(1, -1)}`);
const TIME_ONLY = /^ {0,4}(?:\d{1,2} {0,2}: {0,2}\d{2}(?: {0,2}: {0,2}\d{2})?)? {0,4}$/u;

/**
 * False when `view[start, end)` cannot close with a date (nor a date and its time of day): its last
 * character that is not white space is neither 日 nor a digit (read in place, nothing sliced).
 */
export function mayCloseWithDate(view: string, start: number, end: number): boolean {
  while (end > start && isWhiteSpace(view.charCodeAt(end - 1))) end--;
  return end > start && mayEndDate(view.charCodeAt(end - 1));
}

/** False when `view[start, end)` cannot be a date alone (isDateOnly): it starts or ends otherwise than a date does. */
export function mayBeDateOnly(view: string, start: number, end: number): boolean {
  while (start < end && isWhiteSpace(view.charCodeAt(start))) start++;
  return start < end && inBitTable(DATE_FIRST, view.charCodeAt(start)) && mayCloseWithDate(view, start, end);
}

/** True when `text` is only a date, perhaps with a time of day: 2026-01-29 09:57. */
export function isDateOnly(text: string): boolean {
  // a date starts with a digit: most lines asked about start otherwise (no trim, no match tried)
  let first = 0;
  while (first < text.length && isWhiteSpace(text.charCodeAt(first))) first++;
  if (!inBitTable(DATE_FIRST, text.charCodeAt(first))) return false;
  const t = text.trim();
  DATE_AT.lastIndex = 0;
  const m = DATE_AT.exec(t);
  if (!m || fromMatch(m) === null) return false;
  return TIME_ONLY.test(t.slice(m[0].length));
}
