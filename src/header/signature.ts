// The closing signature (落款): the issuer's name on a line of its own near the end of the report,
// with the date under it (or after it on the same line).
import type { Doc, Line } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import { findDates, isDateOnly, mayBeDateOnly, mayCloseWithDate, mayEndDate } from './dates.js';
import { isOrgName } from './orgName.js';
import { isTextLine, lineText } from './region.js';
import type { TopText } from './topText.js';
import { bitTable, inBitTable, isHan } from '../charTable.js';
import { FURNITURE_REACH, furnitureStart, RUN_ON_LAST_LINE_MIN } from '../chrome/furniture.js';

export interface Signature {
  readonly name: Span | null;
  readonly date: string;
  readonly dateSpan: Span;
}

const LAST_LINES = 4;
const NAME_MAX = 40;
const LINE_MAX = 80;

function lastBodyLines(doc: Doc, chrome: Chrome): Line[] {
  const out: Line[] = [];
  for (let i = doc.lines.length - 1; i >= 0 && out.length < LAST_LINES; i--) {
    const line = doc.lines[i]!;
    if (line.contentStart < chrome.body.start) break;
    if (line.contentStart >= chrome.body.end) continue;
    // a long line the body ends inside, before the page's furniture run on after it: its part in the body
    const piece = line.contentEnd > chrome.body.end ? { ...line, contentEnd: chrome.body.end } : line;
    if (!isTextLine(doc, chrome, piece)) continue;
    out.push(piece);
  }
  return out;
}

function nameSpan(doc: Doc, line: Line, end = line.contentEnd): Span | null {
  const text = doc.view.slice(line.contentStart, end).replace(/ {1,40}$/u, '');
  if (text.length > NAME_MAX || !isOrgName(text.replace(/ /gu, ''))) return null;
  return { start: line.contentStart, end: line.contentStart + text.length };
}

/** The signature at the end of the body, else that of a covering letter at its top, or null. */
export function findSignature(top: TopText): Signature | null {
  const { doc, chrome } = top;
  // the body's last lines are read once, for a signature on lines of its own and one run on
  const last = lastBodyLines(doc, chrome);
  return closingSignature(doc, last) ?? runOnSignature(doc, chrome, last[0]) ?? coverSignature(top);
}

function closingSignature(doc: Doc, lines: readonly Line[]): Signature | null {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    // a long line is no signature's, nor one that does not close with a date: not even sliced
    if (line.contentEnd - line.contentStart > LINE_MAX || !mayCloseWithDate(doc.view, line.contentStart, line.contentEnd)) continue;
    const text = lineText(doc, line);
    const dates = findDates(text);
    const date = dates[dates.length - 1];
    if (!date) continue;
    const dateSpan = { start: line.contentStart + date.start, end: line.contentStart + date.end };
    if (isDateOnly(text)) {
      const above = lines[k + 1];
      const name = above && above.index >= line.index - 2 ? nameSpan(doc, above) : null;
      return { name, date: date.iso, dateSpan };
    }
    // 某某局 2022年3月11日 on one line
    if (date.end === text.length && date.start > 0) {
      const name = nameSpan(doc, line, line.contentStart + date.start);
      if (name) return { name, date: date.iso, dateSpan };
    }
  }
  return null;
}

/** A name signing a page scraped into one line stands after the last sentence: …。某某局2024年1月5日. */
const RUN_ON_NAME_MAX = 40;
/** Spaces between that name and its date. */
const NAME_GAP = 4;
const SPACE = 0x20;

/**
 * The signature that ends a long last line (a page scraped into one line, or a signature run on
 * after the last sentence): the name between the last 。 (or space) and the date closing the line.
 */
function runOnSignature(doc: Doc, chrome: Chrome, line: Line | undefined): Signature | null {
  // what is cut off the line only shortens it: a short line is no such line
  if (!line || line.contentEnd - line.contentStart <= LINE_MAX) return null;
  const { view } = doc;
  const start = line.contentStart;
  // the page's furniture after the signature on that line (【打印本页】【关闭窗口】) is no part of it
  const content = furnitureCut(doc, chrome, line) ? line.contentEnd : furnitureStart(view, start, line.contentEnd);
  const close = buttonsStart(view, start, content);
  if (close - start <= LINE_MAX) return null;
  // the line must close with a date: its last character is 日 or a digit
  if (!mayEndDate(view.charCodeAt(close - 1))) return null;
  const at = close - LINE_MAX;
  const tail = view.slice(at, close);
  const dates = findDates(tail);
  const date = dates[dates.length - 1];
  if (!date || date.end !== tail.length) return null;
  // the name may stand apart from its date by spaces (…。 某某局 2022年1月28日)
  let end = at + date.start;
  while (end > start && end - (at + date.start) < NAME_GAP && view.charCodeAt(end - 1) === SPACE) end--;
  let b = end;
  while (b > start && end - b < RUN_ON_NAME_MAX && isHan(view.charCodeAt(b - 1))) b--;
  const dateSpan = { start: at + date.start, end: at + date.end };
  // a date alone after the last sentence (…加强基层统计队伍培训。   2024年1月29日): the signature's, its name left out
  if (b === end) return closesSentence(view, start, dateSpan.start) ? { name: null, date: date.iso, dateSpan } : null;
  if (isHan(view.charCodeAt(b - 1)) || !isOrgName(view.slice(b, end))) return null;
  return { name: { start: b, end }, date: date.iso, dateSpan };
}

/** What ends a sentence before a signature's date. */
const SENTENCE_END = bitTable('。;!');
/** The most spaces a page puts between the last sentence and a date set to the right. */
const DATE_GAP_MAX = 80;

/** True when only spaces stand between a sentence's end and `at`. */
function closesSentence(view: string, start: number, at: number): boolean {
  let p = at;
  while (p > start && at - p < DATE_GAP_MAX && view.charCodeAt(p - 1) === SPACE) p--;
  return p < at && p > start && inBitTable(SENTENCE_END, view.charCodeAt(p - 1));
}


/**
 * True when the chrome pass has already cut the page's furniture off `piece` (the body's last line,
 * clipped to the body): the body ends on that line and the line is long enough for chrome to look
 * (runOnBodyEnd). Then the furniture searched again in the piece starts at its end: the body ends
 * before the words chrome found, after the last 。 they were searched from, so the piece holds none
 * of them. Where the line runs longer than the reach of that search and was cut, the piece's own
 * search looks further back than chrome's did: it is made again.
 */
function furnitureCut(doc: Doc, chrome: Chrome, piece: Line): boolean {
  const line = doc.lines[piece.index]!;
  const { end } = chrome.body;
  const length = line.contentEnd - line.contentStart;
  if (length < RUN_ON_LAST_LINE_MIN || line.contentStart >= end || end > line.contentEnd) return false;
  return end === line.contentEnd || length <= FURNITURE_REACH;
}

/** The longest button of page furniture in brackets: 【打印本页】, 【关闭窗口】. */
const BUTTON_MAX = 8;

/** Where the buttons in 【】 (and the spaces between them) that close `view[start, end)` start, or its end without spaces. */
function buttonsStart(view: string, start: number, end: number): number {
  for (;;) {
    while (end > start && view.charCodeAt(end - 1) === SPACE) end--;
    if (end === start || view.charCodeAt(end - 1) !== CLOSE_BUTTON) return end;
    // the button's 【 within BUTTON_MAX characters, with no other 】 between
    let open = -1;
    for (let p = end - 2; p >= start && end - p - 2 <= BUTTON_MAX; p--) {
      const code = view.charCodeAt(p);
      if (code === CLOSE_BUTTON) break;
      if (code === OPEN_BUTTON) {
        open = p;
        break;
      }
    }
    if (open < 0) return end;
    end = open;
  }
}
const CLOSE_BUTTON = '】'.charCodeAt(0);
const OPEN_BUTTON = '【'.charCodeAt(0);

/** A covering letter (呈送…报告,请审阅) stands among the body's first lines. */
const COVER_LINES = 12;

/**
 * The signature of a covering letter at the top of the body (a name on a line of its own, the date
 * on the next), for a page whose closing signature is lost: its date is the report's.
 */
function coverSignature(top: TopText): Signature | null {
  const { doc, chrome } = top;
  let prev: Line | null = null;
  let seen = 0;
  for (let k = 0; ; k++) {
    const line = top.line(k);
    if (line === undefined) break;
    if (line.contentStart < chrome.body.start) continue;
    if (line.contentStart >= chrome.body.end || ++seen > COVER_LINES) break;
    // the date's line is short and starts and ends as a date does: most lines are not even sliced
    if (prev && line.contentEnd - line.contentStart <= LINE_MAX && mayBeDateOnly(doc.view, line.contentStart, line.contentEnd) && isDateOnly(top.text(k))) {
      const text = top.text(k);
      const name = nameSpan(doc, prev);
      const date = findDates(text)[0];
      if (name && date) return { name, date: date.iso, dateSpan: { start: line.contentStart + date.start, end: line.contentStart + date.end } };
    }
    prev = line;
  }
  return null;
}

/** A date in brackets on the line under the title: (2024年1月26日), as reports made to a meeting or an office are dated. */
const NOTE_OPEN = 0x28;
const NOTE_CLOSE = 0x29;

/** The date a report states in brackets right under its title, or null. */
export function titleNoteDate(doc: Doc, titleLines: readonly Line[]): string | null {
  const last = titleLines[titleLines.length - 1];
  if (!last) return null;
  let i = last.index + 1;
  while (i < doc.lines.length && doc.lines[i]!.contentEnd === doc.lines[i]!.contentStart) i++;
  const line = doc.lines[i];
  if (!line || line.contentEnd - line.contentStart > NOTE_MAX) return null;
  const { view } = doc;
  if (view.charCodeAt(line.contentStart) !== NOTE_OPEN || view.charCodeAt(line.contentEnd - 1) !== NOTE_CLOSE) return null;
  const inner = view.slice(line.contentStart + 1, line.contentEnd - 1);
  if (!isDateOnly(inner)) return null;
  return findDates(inner)[0]?.iso ?? null;
}
/** The longest such line: a date in Chinese numerals in brackets. */
const NOTE_MAX = 20;
