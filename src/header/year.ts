// The year a report covers: in its title, else in its opening sentence ("2021年,…", "2024年以来,…",
// "现将我局2022年度…"); dates (2021年9月), ranges (2021-2025年) and titles of documents 《…》 do not count.
import { parseCnInteger } from '../data/numerals.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import { opensWithHeadingMarker } from '../chrome/text.js';
import { bitTable, inBitTable, isAsciiDigit } from '../charTable.js';
import { findInBodySentences, lineText, type OpeningLines } from './region.js';
import type { TopText } from './topText.js';
import { headingRole } from '../data/listCues.js';
import { YEAR_PLAN_WORDS } from '../data/listParagraphCues.js';
import { CN_YEAR_DIGITS } from '../data/yearPattern.js';

const MONTH_AFTER = /^ {0,2}\d{1,2} {0,2}月|^[一二三四五六七八九十]{1,2}月/u;
const RANGE_AROUND = bitTable('-—–~～至到');
/** The year may stand in one of the first headings (一、2018年法治政府建设情况). */
const HEADINGS_SEARCHED = 5;

/** True when `digits` is four Arabic digits (read in place). */
function isArabicYear(digits: string): boolean {
  if (digits.length !== YEAR_DIGITS) return false;
  for (let i = 0; i < YEAR_DIGITS; i++) if (!isAsciiDigit(digits.charCodeAt(i))) return false;
  return true;
}

function readYear(digits: string): number | null {
  const y = isArabicYear(digits) ? Number(digits) : parseCnInteger(digits);
  return y !== null && y >= 1949 && y <= 2200 ? y : null;
}

/**
 * Tells whether offsets of `text`, asked in increasing order, lie inside a document title 《…》:
 * one pass over the text however many offsets are asked.
 */
const OPEN_BOOK = '《'.charCodeAt(0);
const CLOSE_BOOK = '》'.charCodeAt(0);

function bookTitleTracker(text: string): (offset: number) => boolean {
  let depth = 0;
  let scanned = 0;
  return (offset) => {
    for (; scanned <= offset && scanned < text.length; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (ch === OPEN_BOOK) depth++;
      else if (ch === CLOSE_BOOK) depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  };
}

const NIAN = '年';
const SPACE = ' '.charCodeAt(0);
/** The spaces a year may stand apart from its 年 by (2021 年), and its digits. */
const SPACES_MAX = 2;
const YEAR_DIGITS = 4;
const CN_DIGIT = bitTable(CN_YEAR_DIGITS);

/** True when `text[from, from + YEAR_DIGITS)` is four Arabic or four Chinese digits (as YEAR_SOURCE). */
function yearDigitsAt(text: string, from: number): boolean {
  if (from < 0) return false;
  const arabic = isAsciiDigit(text.charCodeAt(from));
  for (let i = from; i < from + YEAR_DIGITS; i++) {
    const code = text.charCodeAt(i);
    if (arabic ? !isAsciiDigit(code) : !inBitTable(CN_DIGIT, code)) return false;
  }
  return true;
}

const NIAN_CODE = NIAN.charCodeAt(0);
const DU = '度'.charCodeAt(0);

/**
 * Where a year with its 年, perhaps 度 after it, that starts at `at` ends (2023年, 2023年度,
 * 二〇二三年度: as `${YEAR_SOURCE}年度?` matched there, no spaces), or -1: read in place.
 */
export function yearDuEnd(text: string, at: number): number {
  if (!yearDigitsAt(text, at) || text.charCodeAt(at + YEAR_DIGITS) !== NIAN_CODE) return -1;
  const end = at + YEAR_DIGITS + 1;
  return text.charCodeAt(end) === DU ? end + 1 : end;
}

/**
 * Where the year written before the 年 at `nian` starts (2021年, 2021 年, 二〇二一年), or -1: the
 * match of YEAR that ends there, found from the 年 (one native search for 年, no pattern tried at
 * every digit).
 */
function yearBefore(text: string, nian: number): number {
  let d = nian;
  while (nian - d < SPACES_MAX && text.charCodeAt(d - 1) === SPACE) d--;
  return yearDigitsAt(text, d - YEAR_DIGITS) ? d - YEAR_DIGITS : -1;
}

/**
 * Where the first year with its 年 (YEAR_NIAN: 2021年, 2021 年, 二〇二一年) that starts at or after
 * `from` starts, or -1: each 年 found by a native search, the year read back from it (as a global
 * YEAR_NIAN searched from `from`, without running the pattern at every character).
 */
export function yearNianAt(text: string, from: number): number {
  for (let nian = text.indexOf(NIAN, from); nian >= 0; nian = text.indexOf(NIAN, nian + 1)) {
    const start = yearBefore(text, nian);
    if (start >= from) return start;
  }
  return -1;
}

/** What may start a month after a year (MONTH_AFTER): a space, a digit or a numeral. */
const MONTH_FIRST = bitTable(' 0123456789一二三四五六七八九十');

/** The first year in `text` that is the year of the report, not a date, range or document title. */
export function yearIn(text: string, allowBookTitle = false): number | null {
  // most lines name no year: no tracker is made for them
  let nian = text.indexOf(NIAN);
  if (nian < 0) return null;
  const inBook = allowBookTitle ? null : bookTitleTracker(text);
  for (; nian >= 0; nian = text.indexOf(NIAN, nian + 1)) {
    const start = yearBefore(text, nian);
    if (start < 0) continue;
    const end = nian + 1;
    if (inBitTable(MONTH_FIRST, text.charCodeAt(end)) && MONTH_AFTER.test(text.slice(end, end + 4))) continue;
    if (inBitTable(RANGE_AROUND, text.charCodeAt(start - 1)) || inBitTable(RANGE_AROUND, text.charCodeAt(end))) continue;
    if (inBook?.(start)) continue;
    const y = readYear(text.slice(start, start + YEAR_DIGITS));
    if (y !== null) return y;
  }
  return null;
}

/** The year the report covers, from the title, the opening paragraphs, then the first headings. */
export function findYear(top: TopText, titleView: string | null, opening: OpeningLines, openingRead: number): number | null {
  const { doc, chrome } = top;
  const fromTitle = titleView === null ? null : yearIn(titleView, true);
  if (fromTitle !== null) return fromTitle;
  // the first `openingRead` opening lines
  for (let i = 0; i < openingRead; i++) {
    const line = opening.line(i);
    if (line === undefined) break;
    const text = lineText(doc, line);
    const y = yearIn(text);
    if (y !== null) return opensPlans(text, y) ? y - 1 : y;
  }
  let headings = 0;
  for (let k = 0; headings < HEADINGS_SEARCHED; k++) {
    const line = top.line(k);
    if (line === undefined) break;
    if (line.contentStart < chrome.body.start) continue;
    const text = top.text(k);
    if (!opensWithHeadingMarker(text)) continue;
    headings++;
    const y = yearIn(text);
    // 四、2025年工作打算: the plans of the year after the one reported on
    if (y !== null) return headingRole(text) === 'plans' ? y - 1 : y;
  }
  return sentenceYear(doc, chrome);
}

/** A sentence that opens with its year: 2020年市发改委作为被申请人…, 2022年,某区人民政府将… */
const YEAR_SENTENCE = /^(\d{4})年度?(?:以来)?,?/u;
/** How far into such a sentence a plan word (将继续…) makes it a plan for the next year. */
const PLAN_REACH = 30;

/**
 * For a page without title or opening (an excerpt from the middle or the end of a report): the
 * year a sentence of the body opens with; a sentence of plans (2022年,…将…) gives the year before.
 */
function sentenceYear(doc: Doc, chrome: Chrome): number | null {
  const { view } = doc;
  return findInBodySentences(doc, chrome, (start): number | null => {
    if (!inBitTable(YEAR_DIGIT, view.charCodeAt(start))) return null;
    const m = YEAR_SENTENCE.exec(view.slice(start, start + 8));
    const y = m ? readYear(m[1]!) : null;
    const afterYear = start + 5; // 2020年|3月 is a date
    if (y === null || MONTH_AFTER.test(view.slice(afterYear, afterYear + 4))) return null;
    return turnsToPlans(view, start) ? y - 1 : y;
  });
}

/** True when a sentence of `text` opens with `year` and turns to plans: 2022年,某区人民政府将重点抓好… */
function opensPlans(text: string, year: number): boolean {
  const at = text.indexOf(`${year}年`);
  if (at < 0 || (at > 0 && text.charCodeAt(at - 1) !== FULL_STOP)) return false;
  return turnsToPlans(text, at);
}

/** True when the sentence starting at `at` turns to plans within PLAN_REACH: 2022年,…将继续… */
function turnsToPlans(text: string, at: number): boolean {
  return YEAR_PLAN_WORDS.test(text.slice(at, at + PLAN_REACH));
}

const YEAR_DIGIT = bitTable('12');
const FULL_STOP = '。'.charCodeAt(0);
