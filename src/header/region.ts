// The top of a page, where title, addressee and issuer line stand: the lines before the report's
// first line of prose or first section heading, page chrome left out.
import { isHeadingLine, isProseLine } from '../chrome/text.js';
import type { Doc, Line } from '../document.js';
import { inChrome, type Chrome } from '../pipeline.js';

/** Text of a line's content in the view. */
export function lineText(doc: Doc, line: Line): string {
  return doc.view.slice(line.contentStart, line.contentEnd);
}

/** Non-blank lines that are not page chrome. */
export function isTextLine(doc: Doc, chrome: Chrome, line: Line): boolean {
  return line.contentEnd > line.contentStart && !inChrome(chrome, line.contentStart);
}

/** A title stands among the first lines of a page that are not chrome. */
const TOP_MAX_LINES = 40;

/** The non-chrome lines above the first prose line or heading. */
export function topLines(doc: Doc, chrome: Chrome): Line[] {
  const out: Line[] = [];
  for (const line of doc.lines) {
    if (out.length >= TOP_MAX_LINES) break;
    if (!isTextLine(doc, chrome, line)) continue;
    const text = lineText(doc, line);
    if (isProseLine(text) || isHeadingLine(text)) break;
    out.push(line);
  }
  return out;
}

/** The opening paragraphs stand among the body's first lines: no further lines are searched. */
const OPENING_LINES = 60;

/** The first `n` prose lines of the body (the opening paragraphs), chrome left out. */
export function openingLines(doc: Doc, chrome: Chrome, n: number): Line[] {
  const out: Line[] = [];
  let seen = 0;
  for (const line of doc.lines) {
    if (out.length >= n || seen > OPENING_LINES) break;
    if (line.contentStart < chrome.body.start || line.contentEnd > chrome.body.end) continue;
    if (!isTextLine(doc, chrome, line)) continue;
    seen++;
    if (isProseLine(lineText(doc, line))) out.push(line);
  }
  return out;
}
