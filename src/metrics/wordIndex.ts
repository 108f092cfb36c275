// Word lists indexed by their first two and last two characters, so that "which word starts
// (or ends) here" costs a handful of comparisons instead of one per word in the list, and no
// one-character strings are made to look a word up. Small filters over the first (and last) codes,
// and over the first (and last) two, answer most misses before the map is asked (see codeFilter.ts).

import { bitsHold, charFilter, codeFilter, mayHold, pairKey, type CodeFilter } from '../codeFilter.js';

/**
 * The key of a word's first two characters (or last two, the last first) in the maps of the
 * words of two or more: a small integer (no boxed number), two pairs rarely sharing one; those
 * that do share a list, each word of which is still compared whole.
 */
function pairSlot(a: number, b: number): number {
  return ((a << 14) ^ b) & 0x3fffffff;
}

export class WordIndex {
  /**
   * The words of two or more by their first two characters, and by their last two, longest first:
   * a look-up compares only the words that start (end) as the text does there, where one list
   * per character holds every word ending in 了 or 为 (tens of them).
   */
  private readonly byHead = new Map<number, string[]>();
  private readonly byTail = new Map<number, string[]>();
  /** The words of one character, by code. */
  private readonly single = new Map<number, string>();
  // the filters' parts in fields of their own: a miss reads the index, then the bits
  private readonly firstBits: Int32Array;
  private readonly firstShift: number;
  private readonly lastBits: Int32Array;
  private readonly lastShift: number;
  /** The first two characters of the words of two or more (pairKey): most places whose first character starts a word go no further. */
  private readonly headBits: Int32Array;
  private readonly headShift: number;
  /** The last two characters of the words of two or more, the last first. */
  private readonly tailBits: Int32Array;
  private readonly tailShift: number;
  /** The words of one character. */
  private readonly singleBits: Int32Array;
  private readonly singleShift: number;

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    const heads: number[] = [];
    const tails: number[] = [];
    const singles: number[] = [];
    for (const w of sorted) {
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(w.length - 1);
      if (w.length === 1) {
        singles.push(first);
        this.single.set(first, w);
      } else {
        const second = w.charCodeAt(1);
        const beforeLast = w.charCodeAt(w.length - 2);
        heads.push(pairKey(first, second));
        tails.push(pairKey(last, beforeLast));
        push(this.byHead, pairSlot(first, second), w);
        push(this.byTail, pairSlot(last, beforeLast), w);
      }
    }
    const firsts = codeFilter(sorted.map((w) => w.charCodeAt(0)));
    const lasts = codeFilter(sorted.map((w) => w.charCodeAt(w.length - 1)));
    const head = codeFilter(heads);
    const tail = codeFilter(tails);
    const single = codeFilter(singles);
    this.firstBits = firsts.bits;
    this.firstShift = firsts.shift;
    this.lastBits = lasts.bits;
    this.lastShift = lasts.shift;
    this.headBits = head.bits;
    this.headShift = head.shift;
    this.tailBits = tail.bits;
    this.tailShift = tail.shift;
    this.singleBits = single.bits;
    this.singleShift = single.shift;
  }

  /** The longest word that starts at `at` in `s`, or null. */
  startingAt(s: string, at = 0): string | null {
    if (at >= s.length) return null;
    const code = s.charCodeAt(at);
    if (!bitsHold(this.firstBits, this.firstShift, code)) return null;
    // a word of two or more starts with these two characters only if the filter lets them through
    if (at + 1 < s.length) {
      const next = s.charCodeAt(at + 1);
      if (bitsHold(this.headBits, this.headShift, pairKey(code, next))) {
        const words = this.byHead.get(pairSlot(code, next));
        if (words !== undefined) {
          for (let k = 0; k < words.length; k++) {
            const w = words[k]!;
            if (s.startsWith(w, at)) return w;
          }
        }
      }
    }
    return bitsHold(this.singleBits, this.singleShift, code) ? (this.single.get(code) ?? null) : null;
  }

  /**
   * The longest word that ends right before `end` in `s`, or null; `from`: where the text read
   * starts (a word starting before it is not there), as if `s` were s.slice(from).
   */
  endingAt(s: string, end = s.length, from = 0): string | null {
    if (end <= from || end > s.length) return null;
    const code = s.charCodeAt(end - 1);
    if (!bitsHold(this.lastBits, this.lastShift, code)) return null;
    if (end - from >= 2) {
      const before = s.charCodeAt(end - 2);
      if (bitsHold(this.tailBits, this.tailShift, pairKey(code, before))) {
        const words = this.byTail.get(pairSlot(code, before));
        if (words !== undefined) {
          for (let k = 0; k < words.length; k++) {
            const w = words[k]!;
            if (end - from >= w.length && s.startsWith(w, end - w.length)) return w;
          }
        }
      }
    }
    return bitsHold(this.singleBits, this.singleShift, code) ? (this.single.get(code) ?? null) : null;
  }
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/**
 * Words read by longest match together with the words that merely look like them (3项目 is not 3项
 * + 目, 行为 not 行 + 为): where a lookalike is the longest word, none of the words is there. One list
 * instead of an exception check after each match.
 */
export class LongestMatch {
  private readonly all: WordIndex;
  private readonly lookalikes: ReadonlySet<string>;
  /** The lookalikes' first characters: most words found are no lookalike, and need not be hashed. */
  private readonly lookalikeFirst: CodeFilter;

  constructor(words: Iterable<string>, lookalikes: readonly string[]) {
    this.all = new WordIndex([...words, ...lookalikes]);
    this.lookalikes = new Set(lookalikes);
    this.lookalikeFirst = charFilter(lookalikes);
  }

  /** The word starting at `at` when it is the longest one there, or null. */
  startingAt(s: string, at = 0): string | null {
    const w = this.all.startingAt(s, at);
    return w !== null && !this.isLookalike(w) ? w : null;
  }

  /** The word ending right before `end` when it is the longest one there, or null. */
  endingAt(s: string, end = s.length): string | null {
    const w = this.all.endingAt(s, end);
    return w !== null && !this.isLookalike(w) ? w : null;
  }

  private isLookalike(w: string): boolean {
    return mayHold(this.lookalikeFirst, w.charCodeAt(0)) && this.lookalikes.has(w);
  }
}
