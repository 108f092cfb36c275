// The regular expressions of the metric scanner, built from small named pieces. Every piece has a
// bounded repetition, so a scan stays linear on long runs of digits or numerals.
import {
  CN_BIG_UNITS,
  CN_DECIMAL_DIGITS,
  CN_FINANCIAL_CHARS,
  CN_FRACTIONS,
  CN_NUMERAL_CHARS,
  CN_SMALL_UNITS,
  CN_VAGUE_DIGIT,
  MULTIPLIERS,
  TENTH,
} from '../data/numerals.js';
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INSIDE } from '../data/metricQualifiers.js';
import { QUOTE_PAIRS } from '../data/metricNamedTerms.js';
import { UNITS } from '../data/units.js';
import { bitTable, charSet, charTable, codeAt, inSet } from '../charTable.js';
import { charFilter, mayHold } from '../codeFilter.js';
import { WordIndex } from './wordIndex.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** 1,126 or 20,300 (groups of three after the first); not 1,2345. */
const ARABIC_GROUPED = String.raw`\d{1,3}(?:,\d{3}){1,4}(?!\d)`;
/** 2969, 277.2 */
const ARABIC_PLAIN = String.raw`\d{1,16}`;
const ARABIC = `(?:${ARABIC_GROUPED}|${ARABIC_PLAIN})(?:\\.\\d{1,8})?`;
/** The longest run of numeral characters NUMBER_RE reads as one Chinese numeral (its decimal part aside). */
const CN_RUN_MAX = 32;
const CN_POINT = '点';
/** Every character a Chinese numeral can start with: everyday and financial (壹万, 肆佰). */
export const CN_NUMBER_CHARS = CN_NUMERAL_CHARS + CN_FINANCIAL_CHARS;
/** Multipliers a Chinese decimal may end with: 三点五万. */
const CN_DECIMAL_SCALES = Object.keys(CN_BIG_UNITS).join('');
/**
 * 一百二十, 两千, 二十万, 九十九点八, 三点五万, 二十几万 (几 never leads: 几十 is vague). What the
 * characters are worth, and which runs are numbers at all, is the reader's business (readNumeral).
 */
const CN = `[${CN_NUMBER_CHARS}][${CN_NUMBER_CHARS}${CN_VAGUE_DIGIT}]{0,${CN_RUN_MAX - 1}}(?:${CN_POINT}[${CN_DECIMAL_DIGITS}]{1,6}[${CN_DECIMAL_SCALES}]{0,2})?`;
/** 百分之八十, 千分之三, 万分之三 */
const FRACTION_WORDS = Object.keys(CN_FRACTIONS);
const FRACTION = FRACTION_WORDS.join('|');
/** The second characters of the fraction words (分 of 百分之): most Chinese numerals are followed by none. */
const FRACTION_SECOND = charSet(FRACTION_WORDS.map((w) => w.slice(1, 2)));

/** True when a fraction word (百分之, 千分之 …) starts at `at`. */
export function fractionAt(view: string, at: number): boolean {
  if (!inSet(FRACTION_SECOND, codeAt(view, at + 1))) return false;
  for (const w of FRACTION_WORDS) if (view.startsWith(w, at)) return true;
  return false;
}

/**
 * The number at a position (sticky): groups 1 fraction prefix, 2 Arabic digits, 3 Chinese numeral.
 * The scanner only tries it where NUMBER_START says a number can start.
 */
export const NUMBER_RE = new RegExp(`(${FRACTION})?(?:(${ARABIC})|(${CN}))`, 'y');


/**
 * What the scanner stops at: where a number can start (1 for ASCII digits, the view has no
 * full-width ones; 2 for Chinese numerals), where a quotation opens (QUOTE_OPEN_KIND) and where a
 * document's title opens (TITLE_OPEN_KIND, 《, which opens a quotation too): the quotation and title
 * distractors ask where the last ones before a figure are.
 */
export const NUMBER_START = charTable('0123456789');
for (const ch of CN_NUMBER_CHARS) NUMBER_START[ch.charCodeAt(0)] = 2;
export const TITLE_OPEN_KIND = 3;
export const QUOTE_OPEN_KIND = 4;
for (const open of Object.keys(QUOTE_PAIRS)) NUMBER_START[open.charCodeAt(0)] = QUOTE_OPEN_KIND;
NUMBER_START['《'.charCodeAt(0)] = TITLE_OPEN_KIND;
/**
 * The codes NUMBER_START marks, a bit per code (8 KB where the table takes 64 KB): the scanner asks
 * it of every character, and inside the whole parse the table is cold when a report reaches the
 * pass, a cache line of it per few characters read; the table is read only where a bit is set.
 */
export const NUMBER_START_BITS = bitTable(Array.from(NUMBER_START.keys(), (code) => (NUMBER_START[code] === 0 ? '' : String.fromCharCode(code))));

/** 点 of a Chinese decimal and 几 of a vague numeral, by code. */
export const POINT_CODE = CN_POINT.charCodeAt(0);
export const VAGUE_CODE = CN_VAGUE_DIGIT.charCodeAt(0);

/**
 * Where the Chinese numeral starting at `at` ends when NUMBER_RE reads it as a plain run of numeral
 * characters (no fraction word before it, no decimal point after it: 二十, 一百二十几), else -1 (the
 * regex reads it). The scanner reads most numerals so, with no match made.
 */
export function plainNumeralEnd(view: string, at: number): number {
  if (fractionAt(view, at)) return -1;
  let j = at + 1;
  for (let c = codeAt(view, j); j - at < CN_RUN_MAX && (NUMBER_START[c] === 2 || c === VAGUE_CODE); c = codeAt(view, j)) j++;
  return codeAt(view, j) === POINT_CODE ? -1 : j;
}

/**
 * What can follow the number of a quantity: a multiplier, 余/多, a range separator, a space, or a
 * unit. A number followed by anything else is no quantity, whatever it is.
 */
const FOLLOW_FIRSTS = [
  ...Object.keys(MULTIPLIERS).map((m) => m[0]!),
  ...Object.keys(APPROX_INSIDE).map((a) => a[0]!),
  ...'-~～—–至到 ',  // RANGE_SEPARATORS and a space
  TENTH, // 九成
  ...UNITS.map((u) => u.unit[0]!),
];
/** What joins a bare number to the figure after it whose unit it shares: 6.3和4.1个百分点 (Arabic digits only). */
export const SHARED_UNIT_JOINER_CHARS = '和、及与';
export const QUANTITY_FOLLOW = charTable([...FOLLOW_FIRSTS, ...SHARED_UNIT_JOINER_CHARS]);
/**
 * QUANTITY_FOLLOW as a filter of a few cache lines, asked first: the scanner asks what follows at
 * every number it stops at (一是, 统一, 2023年), and inside the whole parse the 64 KB table is cold
 * when a report reaches it, a line of it per character asked.
 */
const QUANTITY_FOLLOW_FILTER = charFilter([...FOLLOW_FIRSTS, ...SHARED_UNIT_JOINER_CHARS]);

/** True when the code can follow the number of a quantity (QUANTITY_FOLLOW). */
export function followsNumber(code: number): boolean {
  return mayHold(QUANTITY_FOLLOW_FILTER, code) && QUANTITY_FOLLOW[code] === 1;
}
/**
 * The followers of QUANTITY_FOLLOW that go on only after Arabic digits: the joiners of a shared
 * unit that start nothing else. A Chinese numeral before one is no quantity (一、 heads a section).
 */
export const ARABIC_ONLY_FOLLOW = charSet([...SHARED_UNIT_JOINER_CHARS].filter((ch) => !FOLLOW_FIRSTS.includes(ch)));

/** A multiplier after Arabic digits: 万, 亿, 万亿 … (longest first). */
export const MULTIPLIER_WORDS = new WordIndex(Object.keys(MULTIPLIERS));
/**
 * What may go on after a multiplier that follows Arabic digits, making a mixed numeral: 3万4000,
 * 5万4千6百, 2千零30万, 1千零1 (digits, numeral characters, multipliers, 零).
 */
export const MIXED_TAIL = charSet([
  ...'0123456789',
  ...CN_NUMBER_CHARS,
  ...Object.keys(CN_SMALL_UNITS),
  ...Object.keys(CN_BIG_UNITS),
]);
/** The longest mixed tail read after a multiplier. */
export const MIXED_TAIL_MAX = 24;
/** 余 or 多 between the number and its unit. */
export const APPROX_INSIDE_WORDS = new WordIndex(Object.keys(APPROX_INSIDE));
/** The unit, the longest one first: 人次 before 人. */
export const UNIT_WORDS = new WordIndex(UNITS.map((u) => u.unit));
/** The dash or word between the two ends of a range. */
export const RANGE_SEPARATORS = charSet('-~～—–至到');
/** The second number of a range (sticky): group 1 Arabic, group 2 Chinese. */
export const RANGE_END_RE = new RegExp(`(${ARABIC})|(${CN})`, 'y');
/** 以上, 左右 … after the unit. */
export const APPROX_AFTER_WORDS = new WordIndex(Object.keys(APPROX_AFTER));
/** Longest approximation words first, for matching right before the number. */
export const APPROX_BEFORE_WORDS = Object.keys(APPROX_BEFORE).sort((a, b) => b.length - a.length);
/** A Chinese numeral with its unit, where a noun after a figure stops: 3期百余人次 (sticky). */
export const CN_QUANTITY_RE = new RegExp(`[${CN_NUMERAL_CHARS}]{1,8}(?:余|多)?(?:${alternation(UNITS.map((u) => u.unit))})`, 'y');

/** What may follow a figure that ends its clause: 建成指挥中心一个。, 举办培训班七期, (not 、: 一期、二期 name phases) */
const CLAUSE_CLOSERS = charSet(',。;!?:\n');
/** Spaces passed over before the punctuation that closes a clause. */
const CLOSER_SPACES_MAX = 8;

/**
 * True when the clause ends at `i` (punctuation, a line break or the end of the text): a Chinese
 * numeral with a measure word standing there is a count (培训七期。, 中心一个。), not a name or an
 * article (二期工程, 一个平台).
 */
export function closesClause(view: string, i: number): boolean {
  // spaces first (a CR before LF reads as a space, so 一次\r\n ends its clause as 一次\n does)
  let j = i;
  while (j < view.length && j - i < CLOSER_SPACES_MAX && codeAt(view, j) === 0x20) j++;
  return j >= view.length || inSet(CLAUSE_CLOSERS, codeAt(view, j));
}

