// The page's text lines (not blank, not page chrome) from the top, found once for all the header's
// readers of the top (the title's lines, the opening paragraphs, the salutation, a covering
// letter's signature, the first headings), each as far down as it reads; each line's text and prose
// test made once.
import { isProseLine } from '../chrome/text.js';
import type { Doc, Line } from '../document.js';
import type { Chrome } from '../pipeline.js';
import { runOnOpening, type RunOnOpening } from './metaDates.js';

/** A prose test not made yet, and its two answers. */
const UNKNOWN = 0;
const PROSE = 1;
const NOT_PROSE = 2;

export class TopText {
  readonly doc: Doc;
  readonly chrome: Chrome;
  /** The text lines found so far, in order, and their texts in the view ('' until asked: no text line is blank). */
  private readonly lines: Line[] = [];
  private readonly texts: string[] = [];
  /** Their prose tests (UNKNOWN until asked). */
  private readonly prose: number[] = [];
  /** The next line of the document to look at. */
  private next = 0;
  /** The first chrome span that does not end before that line (lines come in order, spans are sorted). */
  private span = 0;
  /** The opening of a page scraped into one line (undefined until asked). */
  private opening: RunOnOpening | null | undefined = undefined;

  constructor(doc: Doc, chrome: Chrome) {
    this.doc = doc;
    this.chrome = chrome;
  }

  /** The `k`-th text line of the page (0-based), or undefined where it has fewer. */
  line(k: number): Line | undefined {
    // a line found already is read back (the small method every reader of the top inlines)
    return k < this.lines.length ? this.lines[k] : this.find(k);
  }

  /** Finds the text lines of the page up to the `k`-th. */
  private find(k: number): Line | undefined {
    const { lines } = this.doc;
    const { spans } = this.chrome;
    while (this.lines.length <= k && this.next < lines.length) {
      const line = lines[this.next++]!;
      if (line.contentEnd <= line.contentStart) continue;
      // the one span that may hold the line's start is the first that does not end before it
      while (this.span < spans.length && spans[this.span]!.end <= line.contentStart) this.span++;
      const span = spans[this.span];
      if (span !== undefined && span.start <= line.contentStart) continue;
      this.lines.push(line);
      this.texts.push('');
      this.prose.push(UNKNOWN);
    }
    return this.lines[k];
  }

  /** The view text of the `k`-th text line (asked after `line(k)`). */
  text(k: number): string {
    if (this.texts[k] === '') this.texts[k] = this.doc.view.slice(this.lines[k]!.contentStart, this.lines[k]!.contentEnd);
    return this.texts[k]!;
  }

  /** The opening of a page scraped into one line (runOnOpening), found once for its readers (dates, names, banner). */
  runOnOpening(): RunOnOpening | null {
    if (this.opening === undefined) this.opening = runOnOpening(this.doc);
    return this.opening;
  }

  /** True when the `k`-th text line is prose (isProseLine; asked after `line(k)`). */
  isProse(k: number): boolean {
    if (this.prose[k] === UNKNOWN) this.prose[k] = isProseLine(this.text(k)) ? PROSE : NOT_PROSE;
    return this.prose[k] === PROSE;
  }
}
