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

/** The non-chrome lines above the first prose line or heading. */
export function topLines(doc: Doc, chrome: Chrome): Line[] {
  const out: Line[] = [];
  for (const line of doc.lines) {
    if (!isTextLine(doc, chrome, line)) continue;
    const text = lineText(doc, line);
    if (isProseLine(text) || isHeadingLine(text)) break;
    out.push(line);
  }
  return out;
}

/** The first `n` prose lines of the body (the opening paragraphs), chrome left out. */
export function openingLines(doc: Doc, chrome: Chrome, n: number): Line[] {
  const out: Line[] = [];
  for (const line of doc.lines) {
    if (out.length >= n) break;
    if (line.contentStart < chrome.body.start || line.contentEnd > chrome.body.end) continue;
    if (!isTextLine(doc, chrome, line)) continue;
    if (isProseLine(lineText(doc, line))) out.push(line);
  }
  return out;
}
