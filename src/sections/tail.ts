// Where a section's content ends: before trailing spaces, page chrome and the closing signature.
import {
  COLOPHON_LABELS,
  NOT_IN_NAMES,
  SENTENCE_ENDS,
  SIGNATURE_DATE_AT_END,
  SIGNATURE_NAME_LINES,
  SIGNATURE_NAME_MAX,
  SIGNATURE_NOTE_LINES,
  SIGNATURE_TRAILER_LINES,
  SIGNATURE_TRAILER_MAX,
} from '../data/sectionsTail.js';
import { mayEndDate } from '../header/dates.js';
import { RUN_ON_LAST_LINE_MIN } from '../chrome/furniture.js';
import { lineAt, type Doc, type Line } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';

/** The chrome span holding `offset`, or null (binary search over the sorted spans). */
function chromeSpanAt(chrome: Chrome, offset: number): Span | null {
  let lo = 0;
  let hi = chrome.spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = chrome.spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a;

/** `end` moved back over spaces and page chrome, not before `start`. */
export function endBeforeChrome(doc: Doc, chrome: Chrome, start: number, end: number): number {
  let e = Math.min(end, chrome.body.end);
  while (e > start) {
    if (isSpace(doc.view.charCodeAt(e - 1))) {
      e--;
      continue;
    }
    const span = chromeSpanAt(chrome, e - 1);
    if (!span) break;
    e = Math.max(start, span.start);
  }
  return e;
}

function content(doc: Doc, line: Line): string {
  return doc.view.slice(line.contentStart, line.contentEnd);
}

/** The last non-blank line ending at or before `end`, not starting before `start`. */
function lineBefore(doc: Doc, start: number, end: number): Line | null {
  for (let i = lineAt(doc, Math.max(0, end - 1)).index; i >= 0; i--) {
    const line = doc.lines[i]!;
    if (line.contentStart < start) return null;
    if (line.contentEnd > line.contentStart && line.contentEnd <= end) return line;
  }
  return null;
}

/** A short line that does not end like a sentence: the issuer's name in a signature. */
function isName(text: string): boolean {
  if (text.length === 0 || text.length > SIGNATURE_NAME_MAX) return false;
  if (SENTENCE_ENDS.includes(text[text.length - 1]!)) return false;
  // by code point, as a spread of the string reads it (no array of its characters made)
  for (const c of text) if (NOT_IN_NAMES.includes(c)) return false;
  return true;
}

/** A date alone on its line, or after the issuer's name on the same line. */
function isDateLine(text: string): boolean {
  // every pattern ends with 日 or a digit: a paragraph's last line is turned away without a scan
  if (!mayEndDate(text.charCodeAt(text.length - 1))) return false;
  // the patterns in order, up to the first that matches (the others are not run)
  let date: RegExpExecArray | null = null;
  for (let k = 0; k < SIGNATURE_DATE_AT_END.length && date === null; k++) date = SIGNATURE_DATE_AT_END[k]!.exec(text);
  if (!date) return false;
  const before = text.slice(0, date.index).trim();
  return before === '' || isName(before);
}

/** A short line that ends no sentence: what a page may carry after the signature. */
function isTrailer(text: string): boolean {
  return text.length <= SIGNATURE_TRAILER_MAX && !SENTENCE_ENDS.includes(text[text.length - 1]!);
}

/** A note in brackets on its own line, (此件公开发布), or a line of the colophon: 抄送:区委办,…。 */
function isNote(text: string): boolean {
  if (text.startsWith('(') && text.endsWith(')') && text.length <= SIGNATURE_NAME_MAX * 2) return true;
  const bare = text.startsWith('(') ? text.slice(1) : text;
  for (const label of COLOPHON_LABELS) if (bare.startsWith(label) && (bare[label.length] === ':' || bare[label.length] === ' ')) return true;
  return false;
}

/** The longest signature run on after the last sentence: a name, spaces and a date. */
const RUN_ON_SIGNATURE_MAX = SIGNATURE_NAME_MAX + 20;

/**
 * Where a signature starts that a long line runs on after its last sentence (…规范化建设。某某县人民政府
 * 2024年2月20日, the end of a page scraped into one line), else -1.
 */
function runOnSignatureStart(doc: Doc, start: number, e: number): number {
  if (e <= start || !mayEndDate(doc.view.charCodeAt(e - 1))) return -1;
  const line = lineAt(doc, e - 1);
  if (line.contentEnd - line.contentStart < RUN_ON_LAST_LINE_MIN) return -1;
  const from = Math.max(start, line.contentStart, e - RUN_ON_SIGNATURE_MAX);
  const text = doc.view.slice(from, e);
  const stop = text.lastIndexOf('。');
  if (stop < 0) return -1;
  const tail = text.slice(stop + 1).trim();
  return tail.length > 0 && isDateLine(tail) ? from + stop + 1 : -1;
}

/**
 * The end of the report's content: `end` moved back over chrome and over a signature block (the
 * issuer's name on up to two short lines, the date under it, a note in brackets after it), not
 * before `start`.
 */
export function endBeforeSignature(doc: Doc, chrome: Chrome, start: number, end: number): number {
  const e = endBeforeChrome(doc, chrome, start, end);
  const runOn = runOnSignatureStart(doc, start, e);
  if (runOn >= 0) return runOn;
  // Up from the end: notes and a colophon ((此件公开发布), 抄送:…) and furniture the chrome pass left
  // (本站访问量:…), in any order, until a date line; none of it counts unless a date line is found.
  let dateLine = lineBefore(doc, start, e);
  for (let n = 0; n < SIGNATURE_NOTE_LINES + SIGNATURE_TRAILER_LINES && dateLine; n++) {
    const text = content(doc, dateLine);
    if (isDateLine(text) || !(isNote(text) || isTrailer(text))) break;
    dateLine = lineBefore(doc, start, dateLine.contentStart);
  }
  if (!dateLine || !isDateLine(content(doc, dateLine))) return e;
  let cut = dateLine.contentStart;
  for (let n = 0; n < SIGNATURE_NAME_LINES; n++) {
    const name = lineBefore(doc, start, cut);
    if (!name || !isName(content(doc, name))) break;
    cut = name.contentStart;
  }
  return endBeforeChrome(doc, chrome, start, cut);
}
