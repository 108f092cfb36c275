// The one reader of Chinese numerals, shared by sections (ordinals), the header (years, dates) and
// metrics (quantities): standard (一万零十二), financial (壹万, 肆佰陆拾), elliptical (一万三 =
// 13000), mixed with Arabic digits (5万4千6百, 2千零30万), vague (二十几万) and decimal (两千三点一,
// 三点五万). Every character's value comes from src/data/numerals.ts. A numeral that fits more than
// one reading (十四五, 一万三百, 2千30万) reads as nothing: no value is better than a wrong one.
import { CN_ORDINAL_CHARS } from '../data/markers.js';
import {
  CN_BIG_UNITS,
  CN_DECIMAL_DIGITS,
  CN_DIGITS,
  CN_FINANCIAL_DIGITS,
  CN_SMALL_UNITS,
  CN_VAGUE_DIGIT,
  parseArabic,
} from '../data/numerals.js';
import { CN_ORDINAL_CODES } from './chars.js';
import { scaled } from './decimal.js';

export { scaled };

/** What a numeral reads as: its value, and whether a vague digit (几) leaves it a lower bound. */
export interface Reading {
  readonly value: number;
  readonly vague: boolean;
}

/** The decimal point of a Chinese decimal (三点五). */
const POINT = '点';
/** The place of ones, the lowest one a multiplier names. */
const TEN = 10;
/** The highest place of a group. */
const THOUSAND = 1000;
/** 万: a group of four places; 亿: two groups. */
const WAN = 1e4;
const YI = 1e8;

const isAsciiDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isArabicPart = (ch: string): boolean => isAsciiDigit(ch) || ch === '.' || ch === ',';

/** The digit value of a character (standard or financial), undefined when it is none. */
function digitOf(ch: string): number | undefined {
  return CN_DIGITS[ch] ?? CN_FINANCIAL_DIGITS[ch];
}

/** Digits side by side (二〇二二): a year or a code, read place by place; only everyday digits. */
function positional(s: string): number | null {
  let v = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    v = v * TEN + d;
  }
  return v;
}

/** The state of a numeral read left to right. */
interface Places {
  /** Closed by 亿. */
  total: number;
  /** Closed by 万. */
  section: number;
  /** The places below 万 read so far. */
  group: number;
  /** The number waiting for its multiplier (a digit, 几 or Arabic digits), or null. */
  coef: number | null;
  /** True when `coef` is one digit (一, 伍, 4): only such a digit may stand for the next place down. */
  coefSingle: boolean;
  /** The smallest multiplier of the group (Infinity when none yet). */
  lowestSmall: number;
  /** The last multiplier read, small or big (0 when none yet). */
  lastPlace: number;
  /** A 零 since the last multiplier: the next figure skips places on purpose. */
  zero: boolean;
  vague: boolean;
}

/** Reads a multiplier of the group (十 百 千) into `p`; false when the numeral cannot go on. */
function smallUnit(p: Places, unit: number, atStart: boolean): boolean {
  let coef = p.coef;
  if (coef === null) {
    // a bare 十 starts a numeral (十二, 十万) or follows 零 (一万零十二); 百/千 only start one
    if (atStart) coef = 1;
    else if (unit === TEN && p.zero) coef = 1;
    else return false;
  }
  if (unit >= p.lowestSmall) return false; // 十百, 二百三百: places out of order
  // a place skipped without 零 (一千二十, 一万三百) reads two ways: 1020 or 1200
  // (after 万 or 亿 a group starts at its 千: 一亿二千万)
  const expected = p.lastPlace >= WAN ? THOUSAND : p.lastPlace / TEN;
  if (p.lastPlace !== 0 && unit < expected && !p.zero) return false;
  p.group += coef * unit;
  p.lowestSmall = unit;
  p.lastPlace = unit;
  p.coef = null;
  p.zero = false;
  return true;
}

/** Reads a group multiplier (万 亿) into `p`; false when the numeral cannot go on. */
function bigUnit(p: Places, unit: number): boolean {
  if (p.coef !== null && p.lowestSmall > TEN && p.lowestSmall !== Infinity && !p.zero) return false; // 一百五万
  if (p.coef === null && p.zero) return false;
  // the first group after a 亿 starts at 千 or after 零 (一亿零三万, not 一亿三万)
  // (Arabic digits that fill the group from its 千 are fine: 1亿5000万)
  if (p.lastPlace > unit && p.lowestSmall === Infinity && !p.zero && (p.coef ?? 0) < THOUSAND) return false;
  const group = p.group + (p.coef ?? 0);
  if (unit === YI) {
    if (p.total !== 0) return false;
    p.total = (p.section + group || 1) * unit;
    p.section = 0;
  } else {
    if (p.section !== 0) return false;
    p.section = (group || 1) * unit;
  }
  p.group = 0;
  p.coef = null;
  p.lowestSmall = Infinity;
  p.lastPlace = unit;
  p.zero = false;
  return true;
}

/** The ones left at the end: a plain digit, or one that stands for the next place down (一万三). */
function closeOnes(p: Places): number | null {
  const coef = p.coef;
  if (coef === null) return p.zero ? null : 0; // a 零 at the end holds no place
  if (p.zero || p.lastPlace <= TEN) return coef;
  const next = p.lastPlace / TEN;
  // 一万三 = 13000, 四百五 = 450: one digit right after a multiplier is the next place down
  if (p.coefSingle) return coef * next;
  // 3万4000: Arabic digits that fill the places below exactly; 3万400 (30400 or 34000?) reads as nothing
  return coef >= next && coef < p.lastPlace ? coef : null;
}

/** Reads a whole numeral without a decimal part: Chinese, financial, mixed with Arabic digits. */
function readWhole(s: string): Reading | null {
  if (s.length === 0) return null;
  let onlyDigits = true;
  for (const ch of s) if (digitOf(ch) === undefined) onlyDigits = false;
  if (onlyDigits) return positionalReading(s);
  const p: Places = {
    total: 0,
    section: 0,
    group: 0,
    coef: null,
    coefSingle: false,
    lowestSmall: Infinity,
    lastPlace: 0,
    zero: false,
    vague: false,
  };
  for (let i = 0; i < s.length; ) {
    const ch = s[i]!;
    if (isArabicPart(ch)) {
      let j = i + 1;
      while (j < s.length && isArabicPart(s[j]!)) j++;
      const text = s.slice(i, j);
      const value = parseArabic(text);
      if (!isAsciiDigit(text[0]!) || !Number.isFinite(value) || p.coef !== null) return null;
      p.coef = value;
      p.coefSingle = text.length === 1;
      i = j;
      continue;
    }
    const atStart = i === 0;
    i++;
    const d = digitOf(ch);
    if (d !== undefined || ch === CN_VAGUE_DIGIT) {
      // two figures in a row (十四五, 二十五零) are a rough range or a name, not one number; 几
      // cannot lead (几十 is no number)
      if (p.coef !== null || (atStart && d === undefined)) return null;
      if (d === 0) p.zero = true;
      else {
        p.coef = d ?? 0;
        p.coefSingle = true;
        if (d === undefined) p.vague = true;
      }
      continue;
    }
    const small = CN_SMALL_UNITS[ch];
    if (small !== undefined) {
      if (!smallUnit(p, small, atStart)) return null;
      continue;
    }
    const big = CN_BIG_UNITS[ch];
    if (big === undefined || !bigUnit(p, big)) return null;
  }
  const ones = closeOnes(p);
  if (ones === null) return null;
  return { value: p.total + p.section + p.group + ones, vague: p.vague };
}

function positionalReading(s: string): Reading | null {
  if (s.length === 1) {
    const d = digitOf(s);
    return d === undefined ? null : { value: d, vague: false };
  }
  const v = positional(s);
  return v === null ? null : { value: v, vague: false };
}

/** Numerals repeat (一次, 两个, 十二月): each one is read once and its reading kept, up to a bound. */
const READINGS_KEPT = 4096;
const readings = new Map<string, Readonly<Reading> | null>();

/**
 * The value of any numeral the reader knows, with a decimal part (三点五, 两千三点一) and multipliers
 * after it (三点五万); null when it reads as no number or as more than one.
 */
export function readNumeral(s: string): Reading | null {
  let r = readings.get(s);
  if (r === undefined) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    r = readUncached(s);
    readings.set(s, r);
  }
  return r;
}

function readUncached(s: string): Reading | null {
  const dot = s.indexOf(POINT);
  if (dot < 0) return readWhole(s);
  const whole = readWhole(s.slice(0, dot));
  if (whole === null || whole.vague) return null;
  let end = s.length;
  let scale = 1;
  while (end > dot + 1 && CN_BIG_UNITS[s[end - 1]!] !== undefined) scale *= CN_BIG_UNITS[s[--end]!]!;
  // 三点五万 is 35000, but 一千二点五万 has places on both sides of the point: no reading
  if (scale !== 1 && whole.value >= 100) return null;
  const fraction = s.slice(dot + 1, end);
  if (fraction.length === 0) return null;
  let digits = '';
  for (const ch of fraction) {
    if (!CN_DECIMAL_DIGITS.includes(ch)) return null;
    digits += String(CN_DIGITS[ch]);
  }
  return { value: scaled(Number(`${whole.value}.${digits}`), scale), vague: false };
}

/** The value of a Chinese numeral with an optional decimal part (三点五 → 3.5), or null. */
export function parseCnNumber(s: string): number | null {
  for (const ch of s) if (isArabicPart(ch) || ch === CN_VAGUE_DIGIT) return null;
  const r = readNumeral(s);
  return r === null ? null : r.value;
}

/**
 * The value of a Chinese integer numeral: 十 → 10, 一百二十 → 120, 一万零十二 → 10012, 一万三 →
 * 13000, 壹仟零伍拾 → 1050; a run of digit characters reads positionally: 二〇二二 → 2022. Returns
 * null when `s` is empty, holds anything else, or reads more than one way.
 */
export function parseCnInteger(s: string): number | null {
  return s.includes(POINT) ? null : parseCnNumber(s);
}

/** Longest run a value is kept for. */
export const MAX_CACHED_CHARS = 3;

const BASE = CN_ORDINAL_CHARS.length + 1; // a place is 1 + the character's index; 0: no character
const UNKNOWN = -2;
const NO_VALUE = -1;
/** Largest value the table holds (a larger one is worked out each time). */
const MAX_KEPT = 0x7fff;
let values: Int16Array | null = null;

/**
 * The value of the short ordinal numeral in [at, end) of `view` (every character one of 一…十),
 * or null when it reads as no number. A run of at most three such characters has few forms, so
 * each value is worked out once (by parseCnInteger) and kept in a table indexed by the characters'
 * places; longer runs are read by parseCnInteger directly.
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
