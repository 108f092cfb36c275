// Word lists indexed by the code of their first and last character, so that "which word starts
// (or ends) here" costs a handful of comparisons instead of one per word in the list, and no
// one-character strings are made to look a word up. Small filters over the first (and last) codes,
// and over the first (and last) two, answer most misses before the map is asked (see codeFilter.ts).

import { bitsHold, charFilter, codeFilter, mayHold, pairKey, type CodeFilter } from '../codeFilter.js';

export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
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
      push(this.byFirst, first, w);
      push(this.byLast, last, w);
      if (w.length === 1) singles.push(first);
      else {
        heads.push(pairKey(first, w.charCodeAt(1)));
        tails.push(pairKey(last, w.charCodeAt(w.length - 2)));
      }
    }
    const firsts = codeFilter(this.byFirst.keys());
    const lasts = codeFilter(this.byLast.keys());
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
    // no word of two or more starts with these two characters: only the word of one can be here
    const longer = at + 1 < s.length && bitsHold(this.headBits, this.headShift, pairKey(code, s.charCodeAt(at + 1)));
    if (!longer && !bitsHold(this.singleBits, this.singleShift, code)) return null;
    const words = this.byFirst.get(code);
    if (words === undefined) return null;
    if (!longer) return oneCharacter(words);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (s.startsWith(w, at)) return w;
    }
    return null;
  }

  /**
   * The longest word that ends right before `end` in `s`, or null; `from`: where the text read
   * starts (a word starting before it is not there), as if `s` were s.slice(from).
   */
  endingAt(s: string, end = s.length, from = 0): string | null {
    if (end <= from || end > s.length) return null;
    const code = s.charCodeAt(end - 1);
    if (!bitsHold(this.lastBits, this.lastShift, code)) return null;
    const longer = end - from >= 2 && bitsHold(this.tailBits, this.tailShift, pairKey(code, s.charCodeAt(end - 2)));
    if (!longer && !bitsHold(this.singleBits, this.singleShift, code)) return null;
    const words = this.byLast.get(code);
    if (words === undefined) return null;
    if (!longer) return oneCharacter(words);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (end - from >= w.length && s.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}

/** The word of one character of a list sorted longest first (its last), or null. */
function oneCharacter(words: readonly string[]): string | null {
  const w = words[words.length - 1]!;
  return w.length === 1 ? w : null;
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
