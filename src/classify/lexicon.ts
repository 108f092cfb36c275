// Words with what each stands for, indexed by the code of their first and last character (as
// WordIndex in src/metrics does for bare words): a look-up hands back the word's value with it, so
// the hot loops of the classify passes ask no second map keyed by the word they found.
import { addPair, inPairTable, pairTable } from '../charTable.js';

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
  private readonly byFirst = new Map<number, LexiconEntry<T>[]>();
  private readonly byLast = new Map<number, LexiconEntry<T>[]>();
  /** The first and last codes of the words, one bit per UTF-16 code: most places are answered here. */
  private readonly firsts = new Uint32Array(0x10000 >>> 5);
  private readonly lasts = new Uint32Array(0x10000 >>> 5);
  /**
   * By a hash of a word's first two characters (heads) and of its last two (tails), one bit each:
   * a place where no word can start or end is answered from 1 KB, not from the 8 KB tables above
   * (kept for a lexicon with words of one character, which have no pair).
   */
  private readonly heads = pairTable();
  private readonly tails = pairTable();
  private readonly pairs: boolean;

  /** `entries` in order of preference: the first value given for a word is its value; longer words are tried first. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Map<string, T>();
    for (const [text, value] of entries) if (text.length > 0 && !seen.has(text)) seen.set(text, value);
    const sorted = [...seen].sort((a, b) => b[0].length - a[0].length);
    this.pairs = sorted.every(([text]) => text.length >= 2);
    for (const [text, value] of sorted) {
      const first = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      const entry = { text, value, first, last, length: text.length };
      push(this.byFirst, first, entry);
      push(this.byLast, last, entry);
      this.firsts[first >>> 5]! |= 1 << (first & 31);
      this.lasts[last >>> 5]! |= 1 << (last & 31);
      if (text.length >= 2) {
        addPair(this.heads, first, text.charCodeAt(1));
        addPair(this.tails, text.charCodeAt(text.length - 2), last);
      }
    }
  }

  /** The longest word that starts at `at` in `s` and ends by `to`, or null. */
  startingAt(s: string, at: number, to = s.length): LexiconEntry<T> | null {
    if (at >= s.length) return null;
    const code = s.charCodeAt(at);
    if (this.pairs ? at + 1 >= s.length || !inPairTable(this.heads, code, s.charCodeAt(at + 1)) : !has(this.firsts, code)) return null;
    // a pair's hash may be another's: no word may open with this code at all
    const words = this.byFirst.get(code);
    if (words === undefined) return null;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const end = at + w.length;
      if (end <= to && s.charCodeAt(end - 1) === w.last && s.startsWith(w.text, at)) return w;
    }
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end: number): LexiconEntry<T> | null {
    if (end <= 0 || end > s.length) return null;
    const code = s.charCodeAt(end - 1);
    if (this.pairs ? end < 2 || !inPairTable(this.tails, s.charCodeAt(end - 2), code) : !has(this.lasts, code)) return null;
    const words = this.byLast.get(code);
    if (words === undefined) return null;
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
