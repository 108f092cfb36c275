// Shapes of lines the chrome and header passes tell apart: prose, section headings, title-like lines.
import { isWhiteSpace } from '../charTable.js';
import type { SectionStyle } from '../schema.js';
import { readMarker } from '../sections/marker.js';

/** The markers that open a heading of the report's own (not a list's (1) or ①). */
const HEADING_STYLES: readonly SectionStyle[] = ['part', 'cn', 'cn-paren', 'num'];

/** Words of the genre a report's title holds. */
export const TITLE_KEYWORDS = /法治政府|依法行政|法治建设|法治工作|法治/u;
/** The genre's words every title keyword holds one of (法治政府, 法治建设 … hold 法治). */
export const GENRE_WORDS: readonly string[] = ['法治', '依法行政'];
/** What opens a title or follows its issuer: 某局关于2023年度…. */
export const ABOUT = '关于';
/** A text opening with the genre's words, no issuer before them: a column's name (法治政府建设年度报告, 依法行政). */
export const GENRE_OPENING = /^(?:法治政府|依法行政|法治建设)/u;
/** How a title line ends. */
export const TITLE_ENDINGS = /(?:报告|总结|情况|工作要点|汇报)$/u;

const PROSE_MIN = 20;

/** A clause of running text is longer than a menu item. */
const CLAUSE_MIN = 8;

/** A line of running text: a full stop, or a line of some length with a comma and a real clause. */
export function isProseLine(text: string): boolean {
  if (text.includes('。')) return true;
  if (text.length < PROSE_MIN || !/[,;]/u.test(text)) return false;
  return hasLongClause(text);
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/**
 * True when a piece between commas or semicolons is CLAUSE_MIN characters long or more, spaces
 * at its ends not counted (read in place: a line of a million commas splits into no array).
 */
function hasLongClause(text: string): boolean {
  let first = -1; // the first character of the piece that is not a space
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : COMMA;
    if (c === COMMA || c === SEMICOLON) {
      if (first >= 0 && last - first + 1 >= CLAUSE_MIN) return true;
      first = -1;
      last = -1;
    } else if (!isWhiteSpace(c)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return false;
}


/** A line that opens with a section marker (一、 (一) 1. 第一部分). */
export function opensWithHeadingMarker(text: string): boolean {
  const marker = readMarker(text, 0, text.length);
  return marker !== null && HEADING_STYLES.includes(marker.style);
}

/** A line that reads like a report title (keyword of the genre, or a title ending). */
export function isTitleLike(text: string): boolean {
  return !text.includes('。') && (TITLE_KEYWORDS.test(text) || TITLE_ENDINGS.test(text));
}

/** A line set apart letter by letter has at least this many pieces, most of one character. */
const SPACED_PIECES_MIN = 8;
/** The longest first piece of such a line (a year: 2019 年 度 …). */
const SPACED_FIRST_MAX = 4;

/** True when `text` is written letter by letter with spaces between (法 治 政 府 建 设 …, a PDF's title). */
export function isLetterSpaced(text: string): boolean {
  // its first piece is short: most lines asked about have no space near their start
  const space = text.indexOf(' ');
  if (space < 0 || space > SPACED_FIRST_MAX) return false;
  let pieces = 0;
  let singles = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x20) {
      run++;
      continue;
    }
    if (run === 0) continue;
    pieces++;
    if (run === 1) singles++;
    run = 0;
  }
  return pieces >= SPACED_PIECES_MIN && singles * 4 >= pieces * 3;
}
