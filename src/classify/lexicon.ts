// Words with what each stands for, indexed by the code of their first and last character (as
// WordIndex in src/metrics does for bare words): a look-up hands back the word's value with it, so
// the hot loops of the classify passes ask no second map keyed by the word they found.

export interface LexiconEntry<T> {
  readonly text: string;
  readonly value: T;
  /** The codes of the word's first and last characters: one compare before startsWith is asked. */
  readonly first: number;
  readonly last: number;
  /** The word's length, kept beside the codes: a miss reads the entry only, not the word. */
  readonly length: number;
}

/**
 * The words that share a first (or last) character, longest first, with each one's length and the
 * code of its other end packed in an array of numbers: a miss is told from that array alone, no
 * entry object is read.
 */
interface Bucket<T> {
  readonly words: LexiconEntry<T>[];
  /** `length * 0x10000 + code` of the other end (the last character by first, the first by last). */
  readonly keys: number[];
}

function push<T>(map: Map<number, Bucket<T>>, key: number, entry: LexiconEntry<T>, otherEnd: number): void {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = { words: [], keys: [] };
    map.set(key, bucket);
  }
  bucket.words.push(entry);
  bucket.keys.push(entry.length * 0x10000 + otherEnd);
}

function has(set: Uint32Array, code: number): boolean {
  return ((set[code >>> 5]! >>> (code & 31)) & 1) === 1;
}

/** Bits of the pair table (64K: 8 KB). */
const PAIR_MASK = 0xffff;

/** A hash of two adjacent codes, for the pair table. */
function pairOf(a: number, b: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16) & PAIR_MASK;
}

export class Lexicon<T> {
  private readonly byFirst = new Map<number, Bucket<T>>();
  private readonly byLast = new Map<number, Bucket<T>>();
  /** The first and last codes of the words, one bit per UTF-16 code: most places are answered here. */
  private readonly firsts = new Uint32Array(0x10000 >>> 5);
  private readonly lasts = new Uint32Array(0x10000 >>> 5);
  /** The codes that are a word of one character by themselves. */
  private readonly singles = new Uint32Array(0x10000 >>> 5);
  /**
   * One bit per hash of a word's first two characters, and of its last two: a place whose first
   * character opens some word but whose pair opens none is passed without a map look-up.
   */
  private readonly openingPairs = new Uint32Array((PAIR_MASK + 1) >>> 5);
  private readonly closingPairs = new Uint32Array((PAIR_MASK + 1) >>> 5);

  /** `entries` in order of preference: the first value given for a word is its value; longer words are tried first. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Map<string, T>();
    for (const [text, value] of entries) if (text.length > 0 && !seen.has(text)) seen.set(text, value);
    const sorted = [...seen].sort((a, b) => b[0].length - a[0].length);
    for (const [text, value] of sorted) {
      const first = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      const entry = { text, value, first, last, length: text.length };
      push(this.byFirst, first, entry, last);
      push(this.byLast, last, entry, first);
      this.firsts[first >>> 5]! |= 1 << (first & 31);
      this.lasts[last >>> 5]! |= 1 << (last & 31);
      if (text.length === 1) this.singles[first >>> 5]! |= 1 << (first & 31);
      else {
        const opening = pairOf(first, text.charCodeAt(1));
        const closing = pairOf(text.charCodeAt(text.length - 2), last);
        this.openingPairs[opening >>> 5]! |= 1 << (opening & 31);
        this.closingPairs[closing >>> 5]! |= 1 << (closing & 31);
      }
    }
  }

  /** The longest word that starts at `at` in `s` and ends by `to`, or null. */
  startingAt(s: string, at: number, to = s.length): LexiconEntry<T> | null {
    if (at >= s.length) return null;
    const code = s.charCodeAt(at);
    if (!has(this.firsts, code)) return null;
    // past the end, charCodeAt gives NaN: its pair is some hash, and a word would run past the text anyway
    if (!has(this.singles, code) && !has(this.openingPairs, pairOf(code, s.charCodeAt(at + 1)))) return null;
    const { words, keys } = this.byFirst.get(code)!;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const end = at + (key >>> 16);
      if (end <= to && s.charCodeAt(end - 1) === (key & 0xffff) && s.startsWith(words[k]!.text, at)) return words[k]!;
    }
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end: number): LexiconEntry<T> | null {
    if (end <= 0 || end > s.length) return null;
    const code = s.charCodeAt(end - 1);
    if (!has(this.lasts, code)) return null;
    if (!has(this.singles, code) && (end < 2 || !has(this.closingPairs, pairOf(s.charCodeAt(end - 2), code)))) return null;
    const { words, keys } = this.byLast.get(code)!;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const at = end - (key >>> 16);
      if (at >= 0 && s.charCodeAt(at) === (key & 0xffff) && s.startsWith(words[k]!.text, at)) return words[k]!;
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
