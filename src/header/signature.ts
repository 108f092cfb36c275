// The closing signature (落款): the issuer's name on a line of its own near the end of the report,
// with the date under it (or after it on the same line).
import type { Doc, Line } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import { findDates, isDateOnly } from './dates.js';
import { isOrgName } from './orgName.js';
import { isTextLine, lineText } from './region.js';

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
    if (line.contentEnd > chrome.body.end || !isTextLine(doc, chrome, line)) continue;
    out.push(line);
  }
  return out;
}

function nameSpan(doc: Doc, line: Line, end = line.contentEnd): Span | null {
  const text = doc.view.slice(line.contentStart, end).replace(/ {1,40}$/u, '');
  if (text.length > NAME_MAX || !isOrgName(text.replace(/ /gu, ''))) return null;
  return { start: line.contentStart, end: line.contentStart + text.length };
}

/** The signature at the end of the body, or null. */
export function findSignature(doc: Doc, chrome: Chrome): Signature | null {
  const lines = lastBodyLines(doc, chrome);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const text = lineText(doc, line);
    if (text.length > LINE_MAX) continue;
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
