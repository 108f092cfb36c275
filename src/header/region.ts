// The top of a page, where title, addressee and issuer line stand: the lines before the report's
// first line of prose or first section heading, page chrome left out.
import { opensWithHeadingMarker } from '../chrome/text.js';
import type { Doc, Line } from '../document.js';
import { inChrome, type Chrome } from '../pipeline.js';
import type { TopText } from './topText.js';

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
export function topLines(top: TopText): Line[] {
  const out: Line[] = [];
  for (let k = 0; out.length < TOP_MAX_LINES; k++) {
    const line = top.line(k);
    if (line === undefined) break;
    const text = top.text(k);
    // a news item's lead that hands over to the report (…公开了本关2019年度…报告,全文如下:) is passed
    if (top.isProse(k) && reposts(text)) continue;
    // and so is a salutation (各县、市、区人民政府,市政府各部门:): the notice's or the report's, no title
    if (isSalutation(text)) continue;
    if (top.isProse(k) || opensWithHeadingMarker(text)) break;
    out.push(line);
  }
  return out;
}

/**
 * A news item's lead that reposts a report (…全文如下:), or a notice's sentence that publishes it
 * (现将《某市…报告》予以公布。): the report's own title follows.
 */
const REPOSTS = /全文如下:$|现将《[^》]{4,80}》(?:予以)?(?:公布|印发|发布|公开|转发)/u;
const HANDS_OVER = '全文如下:';
const PUBLISHES_QUOTED = '现将《';

/** REPOSTS, tried only on a line that ends with 全文如下: or holds 现将《 (a prose line seldom does). */
function reposts(text: string): boolean {
  return (text.endsWith(HANDS_OVER) || text.includes(PUBLISHES_QUOTED)) && REPOSTS.test(text);
}

/** A salutation line: short, no full stop, ending with its colon. */
const SALUTATION_MAX = 60;
function isSalutation(text: string): boolean {
  return text.length <= SALUTATION_MAX && text.endsWith(':') && !text.includes('。');
}

/** The opening paragraphs stand among the body's first lines: no further lines are searched. */
const OPENING_LINES = 60;

/**
 * The first `max` prose lines of the body (the opening paragraphs), chrome left out, each found
 * when a reader first asks for it: a page whose first sentence names the issuer and the year has
 * its other opening lines never looked for.
 */
export class OpeningLines {
  private readonly top: TopText;
  private readonly max: number;
  private readonly found: Line[] = [];
  /** The next top line to look at, and how many body lines have been looked at. */
  private next = 0;
  private seen = 0;

  constructor(top: TopText, max: number) {
    this.top = top;
    this.max = max;
  }

  /** The `i`-th opening line (0-based), or undefined where the body has fewer (or `i` is `max` or more). */
  line(i: number): Line | undefined {
    const { top, found } = this;
    const { body } = top.chrome;
    while (found.length <= i && found.length < this.max && this.seen <= OPENING_LINES) {
      const k = this.next;
      const line = top.line(k);
      if (line === undefined) break;
      this.next++;
      if (line.contentStart < body.start || line.contentStart >= body.end) continue;
      this.seen++;
      if (top.isProse(k)) found.push(line);
    }
    return found[i];
  }
}

/** How far into the body a search sentence by sentence goes, in lines. */
const BODY_SENTENCE_LINES = 400;
const FULL_STOP = '。'.charCodeAt(0);

/**
 * Calls `visit` at the start of each sentence of the body's first lines (a line's start, and the
 * point after each 。 in it), with the end of its line, until `visit` returns something other than
 * null; for a page that says what is looked for nowhere else (an excerpt from a report's middle).
 */
export function findInBodySentences<T>(doc: Doc, chrome: Chrome, visit: (start: number, lineEnd: number) => T | null): T | null {
  const { view } = doc;
  let seen = 0;
  for (const line of doc.lines) {
    if (line.contentStart < chrome.body.start || line.contentEnd === line.contentStart) continue;
    if (line.contentStart >= chrome.body.end || ++seen > BODY_SENTENCE_LINES) break;
    if (!isTextLine(doc, chrome, line)) continue;
    for (let start = line.contentStart; start < line.contentEnd; ) {
      const found = visit(start, line.contentEnd);
      if (found !== null) return found;
      // the next sentence, looked for within the line (a search of the view could run on to its end)
      let stop = start;
      while (stop < line.contentEnd && view.charCodeAt(stop) !== FULL_STOP) stop++;
      start = stop + 1;
    }
  }
  return null;
}
