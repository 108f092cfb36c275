// Headings inside a long line: a page scraped with no line breaks runs its headings on after the
// sentence before them (…法治保障。一、坚持党的领导,…引领法治政府建设。一是…). Only the markers of
// a report's own structure (一、 (一) 第一部分) count there, and only right after a full stop or
// after the colon of the sentence that announces the report (现将…报告如下:一、…).
import type { Line } from '../document.js';
import type { SectionStyle } from '../schema.js';
import { canStartMarker, CODE_SPACE } from './chars.js';
import { readMarker, type MarkerMatch } from './marker.js';
import { NextOf } from '../nextOf.js';

/** A line this long is a page (or much of one) run together, not a paragraph under a heading. */
export const RUN_ON_LINE_MIN = 300;
const FULL_STOP = '。'.charCodeAt(0);
const COLON = ':'.charCodeAt(0);
/** The words before the colon that announces what follows: 报告如下:, 总结如下:. */
const ANNOUNCE = '如下';

/** True when the character at `i` ends a sentence a heading may run on after. */
function endsSentence(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  return c === FULL_STOP || (c === COLON && view.startsWith(ANNOUNCE, i - ANNOUNCE.length));
}
const RUN_ON_STYLES: readonly SectionStyle[] = ['cn', 'cn-paren', 'part'];
/** The styles that count after a full stop only where spaces follow it (the page's line break). */
export const SPACED_STYLES: readonly SectionStyle[] = ['num', 'num-paren'];


const STOPS = new NextOf('。');
const COLONS = new NextOf(':');

/** The markers of structure that stand right after a full stop (or 如下:) inside `line` (not at its start). */
export function runOnMarkers(view: string, line: Line): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  if (line.contentEnd - line.contentStart < RUN_ON_LINE_MIN) return out;
  // the full stops and colons are found by indexOf (a native scan), not asked of every character
  const { contentStart: start, contentEnd: end } = line;
  let stop = STOPS.at(view, start);
  let colon = COLONS.at(view, start);
  for (;;) {
    if (stop < 0 || stop >= end) stop = end;
    if (colon < 0 || colon >= end) colon = end;
    const i = stop < colon ? stop : colon;
    if (i >= end) break;
    if (i === stop) stop = STOPS.at(view, i + 1);
    else colon = COLONS.at(view, i + 1);
    if (!endsSentence(view, i)) continue;
    let at = i + 1;
    if (!canStartMarker(view.charCodeAt(at)) && view.charCodeAt(at) !== CODE_SPACE) continue;
    while (at < line.contentEnd && view.charCodeAt(at) === CODE_SPACE) at++;
    const marker = readMarker(view, at, line.contentEnd);
    // after the spaces a line break left (…。 1.坚持党的领导。), numbered headings count too
    if (marker && (RUN_ON_STYLES.includes(marker.style) || (at > i + 1 && SPACED_STYLES.includes(marker.style)))) out.push(marker);
  }
  return out;
}

/**
 * Where a run-on heading's title ends at the latest: before a sentence that opens with its year
 * (一、基本情况2023年,我镇…: the title is 基本情况; a page that lost its line breaks ran the two on).
 */
export function beforeYearSentence(view: string, titleStart: number, titleEnd: number): number {
  // searched within the title only: a search on to the end of the page for every heading would be quadratic
  const at = view.slice(titleStart + 1, titleEnd).search(YEAR_SENTENCE);
  return at < 0 ? titleEnd : titleStart + 1 + at;
}
/** A year opening a sentence: 2023年, / 2023年度, (the comma tells it from a title's 2023年工作). */
const YEAR_SENTENCE = /\d{4}年度?,/u;

/**
 * Where a run-on heading's title ends at the latest: at the space that was its line break, where
 * a sentence follows (三、存在的问题 主要是执法力量薄弱,…。: the title is 存在的问题).
 */
export function beforeSpacedSentence(view: string, titleStart: number, titleEnd: number): number {
  // searched within the title only (a search on to the page's end for every heading would be quadratic)
  const title = view.slice(titleStart + 1, titleEnd);
  const at = title.indexOf(' ');
  if (at < 0 || at >= title.length - 1) return titleEnd;
  const space = titleStart + 1 + at;
  const rest = title.slice(at + 1);
  // a sentence after the space: it holds a mark of one, or runs long up to the 。 that ends the title
  const closed = view.charCodeAt(titleEnd) === FULL_STOP && rest.length >= SPACED_SENTENCE_MIN;
  return closed || SENTENCE_MARK.test(rest) || opensFirstItem(view, space + 1, titleEnd) ? space : titleEnd;
}

/** True when a numbered first sub-heading starts at `at` (一、工作安排 1.抓好…: 1. or (1) after the line break's space). */
function opensFirstItem(view: string, at: number, end: number): boolean {
  const marker = canStartMarker(view.charCodeAt(at)) ? readMarker(view, at, end) : null;
  return marker !== null && marker.ordinal === 1 && SPACED_STYLES.includes(marker.style);
}
const SENTENCE_MARK = /[,;。]/u;
/** Words after a heading's space this long, closed by 。, are a sentence (a heading's second phrase is short). */
const SPACED_SENTENCE_MIN = 16;
