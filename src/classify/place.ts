// Where a figure stands for the indicator pass: the clause and sentence around it, found by short
// bounded scans, and whether its sentence speaks of law (法), found only when a law cue asks.
import { bitTable, inBitTable } from '../charTable.js';
import type { Span } from '../schema.js';

/**
 * A set of stop characters (punctuation, line breaks) and the highest code among them: the text
 * around a figure is Han characters mostly, above every stop, answered without reading the table.
 */
export interface Stops {
  readonly table: Uint32Array;
  readonly max: number;
}

/** The stops of `chars`. */
export function stops(chars: string): Stops {
  let max = 0;
  for (const c of chars) max = Math.max(max, c.charCodeAt(0));
  return { table: bitTable(chars), max };
}

/** True when `code` is one of `ends`. */
export function isStop(ends: Stops, code: number): boolean {
  return code <= ends.max && inBitTable(ends.table, code);
}

/** Characters that end a sentence. */
const SENTENCE_END = stops('。;!?\n');
/** A sentence is read at most this far on either side of its figure. */
const REACH_SENTENCE = 120;

/** The start of the run before `at` that no `ends` character breaks (back to `floor`, at most `reach`). */
export function backTo(view: string, at: number, floor: number, reach: number, ends: Stops): number {
  const limit = Math.max(floor, at - reach);
  let s = at;
  while (s > limit && !isStop(ends, view.charCodeAt(s - 1))) s--;
  return s;
}

/** The end of the run from `at` that no `ends` character breaks (up to `ceiling`, at most `reach`). */
export function forwardTo(view: string, at: number, ceiling: number, reach: number, ends: Stops): number {
  const limit = Math.min(ceiling, at + reach);
  let e = at;
  while (e < limit && !isStop(ends, view.charCodeAt(e))) e++;
  return e;
}

/**
 * Where the first 法 at or after a place stands in a view (view.length when none). Figures are
 * read left to right, so their sentences start left to right: a search picks up where the last one
 * stopped, and a whole document costs one scan however many figures it holds.
 */
export class LawCursor {
  private from = -1;
  private at = -1;

  constructor(private readonly view: string) {}

  /** The first 法 at or after `from`. */
  next(from: number): number {
    if (from < this.from || from > this.at) {
      const k = this.view.indexOf('法', from);
      this.from = from;
      this.at = k < 0 ? this.view.length : k;
    }
    return this.at;
  }
}

/** A figure's sentence: its start and whether it speaks of law, each found on first asking. */
export class Place {
  private sentenceStart = -1;
  private lawful = -1;

  /** `clause` is where the figure's clause starts: no sentence end stands between it and the figure. */
  constructor(
    private readonly view: string,
    private readonly cursor: LawCursor,
    private readonly clause: number,
    private readonly figure: Span,
  ) {}

  /** Where the sentence starts (at most REACH_SENTENCE before the figure). */
  start(): number {
    if (this.sentenceStart < 0) {
      this.sentenceStart = backTo(this.view, this.clause, 0, REACH_SENTENCE - (this.figure.start - this.clause), SENTENCE_END);
    }
    return this.sentenceStart;
  }

  /**
   * True when the sentence speaks of law (法): the sentence runs from its start to the first
   * sentence end after the figure, at most REACH_SENTENCE further on.
   */
  law(): boolean {
    if (this.lawful < 0) this.lawful = this.findLaw() ? 1 : 0;
    return this.lawful === 1;
  }

  private findLaw(): boolean {
    const { view } = this;
    const end = this.figure.end;
    const at = this.cursor.next(this.start());
    if (at < end) return true;
    if (at >= view.length || at >= end + REACH_SENTENCE) return false;
    for (let k = end; k < at; k++) if (isStop(SENTENCE_END, view.charCodeAt(k))) return false;
    return true;
  }
}
