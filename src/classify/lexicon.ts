// Words with what each stands for, indexed by their first two and their last two characters (as
// WordIndex in src/metrics does for bare words): a look-up hands back the word's value with it, so
// the hot loops of the classify passes ask no second map keyed by the word they found.
import { pairKey, pairTable } from '../charTable.js';

export interface LexiconEntry<T> {
  readonly text: string;
  readonly value: T;
  /** The codes of the word's first and last characters: one compare before startsWith is asked. */
  readonly first: number;
  readonly last: number;
  /** The word's length, kept beside the codes: a miss reads the entry only, not the word. */
  readonly length: number;
}

function push<T>(map: Map<number, LexiconEntry<T>[]>, key: number, entry: LexiconEntry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function has(set: Uint32Array, code: number): boolean {
  return ((set[code >>> 5]! >>> (code & 31)) & 1) === 1;
}

export class Lexicon<T> {
  /**
   * The words by the key of their first two characters and by that of their last two (pairKey):
   * a place is asked of the few words that share its pair, not of every word that shares its
   * character. A lexicon with words of one character keys them by their first and last codes.
   */
  private readonly byStart = new Map<number, LexiconEntry<T>[]>();
  private readonly byEnd = new Map<number, LexiconEntry<T>[]>();
  /** The keys of byStart and byEnd, one bit each: most places are answered here (1 KB by pairs, 8 KB by codes). */
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  /** Every word has two characters at least: keyed by pairs. */
  private readonly pairs: boolean;

  /** `entries` in order of preference: the first value given for a word is its value; longer words are tried first. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Map<string, T>();
    for (const [text, value] of entries) if (text.length > 0 && !seen.has(text)) seen.set(text, value);
    const sorted = [...seen].sort((a, b) => b[0].length - a[0].length);
    this.pairs = sorted.every(([text]) => text.length >= 2);
    this.starts = this.pairs ? pairTable() : new Uint32Array(0x10000 >>> 5);
    this.ends = this.pairs ? pairTable() : new Uint32Array(0x10000 >>> 5);
    for (const [text, value] of sorted) {
      const first = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      const entry = { text, value, first, last, length: text.length };
      const start = this.pairs ? pairKey(first, text.charCodeAt(1)) : first;
      const end = this.pairs ? pairKey(text.charCodeAt(text.length - 2), last) : last;
      push(this.byStart, start, entry);
      push(this.byEnd, end, entry);
      this.starts[start >>> 5]! |= 1 << (start & 31);
      this.ends[end >>> 5]! |= 1 << (end & 31);
    }
  }

  /** The longest word that starts at `at` in `s` and ends by `to`, or null. */
  startingAt(s: string, at: number, to = s.length): LexiconEntry<T> | null {
    if (at >= s.length) return null;
    const code = s.charCodeAt(at);
    let key = code;
    if (this.pairs) {
      if (at + 1 >= s.length) return null;
      key = pairKey(code, s.charCodeAt(at + 1));
    }
    if (!has(this.starts, key)) return null;
    const words = this.byStart.get(key)!;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const end = at + w.length;
      // a pair's key may be another pair's: startsWith decides
      if (end <= to && s.charCodeAt(end - 1) === w.last && s.startsWith(w.text, at)) return w;
    }
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end: number): LexiconEntry<T> | null {
    if (end <= 0 || end > s.length) return null;
    const code = s.charCodeAt(end - 1);
    let key = code;
    if (this.pairs) {
      if (end < 2) return null;
      key = pairKey(s.charCodeAt(end - 2), code);
    }
    if (!has(this.ends, key)) return null;
    const words = this.byEnd.get(key)!;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const at = end - w.length;
      if (at >= 0 && s.charCodeAt(at) === w.first && s.startsWith(w.text, at)) return w;
    }
    return null;
  }

  /** The first word of `s` between `from` and `to` (the longest one starting at its place), or null. */
  firstIn(s: string, from = 0, to = s.length): LexiconEntry<T> | null {
    for (let at = from; at < to; at++) {
      const w = this.startingAt(s, at, to);
      if (w !== null) return w;
    }
    return null;
  }
}
