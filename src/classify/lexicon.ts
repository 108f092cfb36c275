// Words with what each stands for, indexed by their first two and their last two characters (as
// WordIndex in src/metrics does for bare words): a look-up hands back the word's value with it, so
// the hot loops of the classify passes ask no second map keyed by the word they found.
import { pairHash, pairTable } from '../charTable.js';

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
 * A pair's key takes at most this many bits (pairHash's default), at least MIN_KEY_LOG: a lexicon's
 * key tables have 2^log slots, about KEYS_PER_WORD per word (a small lexicon's tables are small:
 * fewer cold lines for the few look-ups a heading makes).
 */
const KEY_LOG = 13;
const MIN_KEY_LOG = 8;
const KEYS_PER_WORD = 8;

/** The key bits for a lexicon of `words` words. */
function keyLogFor(words: number): number {
  let log = MIN_KEY_LOG;
  while (log < KEY_LOG && 1 << log < words * KEYS_PER_WORD) log++;
  return log;
}

function has(set: Uint32Array, key: number): boolean {
  return ((set[key >>> 5]! >>> (key & 31)) & 1) === 1;
}

/**
 * Words grouped by a key, flat: the words of key k are words[from[k] .. from[k + 1]), longest
 * first, each with a tag (its length and the code of its character at the far end) that a look-up
 * compares before it reads the word: a place reads a few numbers in one array, not an object per
 * word of its key (18 words open with 法治).
 */
interface Buckets<T> {
  /** One bit per key that has words: most places are answered here (1 KB). */
  readonly keys: Uint32Array;
  readonly from: Uint16Array;
  readonly tags: Uint32Array;
  readonly words: readonly LexiconEntry<T>[];
}

/** `sorted` grouped by `keyOf`, the order kept within a key; `far` gives the code a tag holds. */
function buckets<T>(sorted: readonly LexiconEntry<T>[], log: number, keyOf: (w: LexiconEntry<T>) => number, far: (w: LexiconEntry<T>) => number): Buckets<T> {
  const slots = 1 << log;
  if (sorted.length >= 0x10000) throw new Error(`lexicon: ${sorted.length} words, more than a bucket table holds`);
  const keys = pairTable(log);
  const from = new Uint16Array(slots + 1);
  const keyed = sorted.map(keyOf);
  for (const key of keyed) from[key + 1]!++;
  for (let k = 0; k < slots; k++) from[k + 1]! += from[k]!;
  const next = from.slice(0, slots);
  const words = new Array<LexiconEntry<T>>(sorted.length);
  const tags = new Uint32Array(sorted.length);
  sorted.forEach((w, i) => {
    const key = keyed[i]!;
    const at = next[key]!++;
    words[at] = w;
    tags[at] = ((w.length << 16) | far(w)) >>> 0;
    keys[key >>> 5]! |= 1 << (key & 31);
  });
  return { keys, from, tags, words };
}

export class Lexicon<T> {
  /**
   * The words by the key of their first two characters and by that of their last two (pairHash):
   * a place is asked of the few words that share its pair, not of every word that shares its
   * character. A lexicon with words of one character keys them by their first (last) code alone.
   */
  private readonly byStart: Buckets<T>;
  private readonly byEnd: Buckets<T>;
  /** Every word has two characters at least: keyed by pairs. */
  private readonly pairs: boolean;
  /** The key bits (keyLogFor the number of words). */
  private readonly log: number;

  /** `entries` in order of preference: the first value given for a word is its value; longer words are tried first. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Map<string, T>();
    for (const [text, value] of entries) if (text.length > 0 && !seen.has(text)) seen.set(text, value);
    const sorted = [...seen]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([text, value]): LexiconEntry<T> => ({ text, value, first: text.charCodeAt(0), last: text.charCodeAt(text.length - 1), length: text.length }));
    const pairs = sorted.every((w) => w.length >= 2);
    this.pairs = pairs;
    const log = keyLogFor(sorted.length);
    this.log = log;
    this.byStart = buckets(sorted, log, (w) => pairHash(w.first, pairs ? w.text.charCodeAt(1) : 0, log), (w) => w.last);
    this.byEnd = buckets(sorted, log, (w) => pairHash(pairs ? w.text.charCodeAt(w.length - 2) : 0, w.last, log), (w) => w.first);
  }

  /** The longest word that starts at `at` in `s` and ends by `to`, or null. */
  startingAt(s: string, at: number, to = s.length): LexiconEntry<T> | null {
    if (at >= s.length) return null;
    let second = 0;
    if (this.pairs) {
      if (at + 1 >= s.length) return null;
      second = s.charCodeAt(at + 1);
    }
    const key = pairHash(s.charCodeAt(at), second, this.log);
    const b = this.byStart;
    if (!has(b.keys, key)) return null;
    for (let k = b.from[key]!, stop = b.from[key + 1]!; k < stop; k++) {
      const tag = b.tags[k]!;
      const end = at + (tag >>> 16);
      // a key may be another pair's: startsWith decides
      if (end <= to && s.charCodeAt(end - 1) === (tag & 0xffff) && s.startsWith(b.words[k]!.text, at)) return b.words[k]!;
    }
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end: number): LexiconEntry<T> | null {
    if (end <= 0 || end > s.length) return null;
    let before = 0;
    if (this.pairs) {
      if (end < 2) return null;
      before = s.charCodeAt(end - 2);
    }
    const key = pairHash(before, s.charCodeAt(end - 1), this.log);
    const b = this.byEnd;
    if (!has(b.keys, key)) return null;
    for (let k = b.from[key]!, stop = b.from[key + 1]!; k < stop; k++) {
      const tag = b.tags[k]!;
      const at = end - (tag >>> 16);
      if (at >= 0 && s.charCodeAt(at) === (tag & 0xffff) && s.startsWith(b.words[k]!.text, at)) return b.words[k]!;
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
