// Word lists indexed by the code of their first and last character, so that "which word starts
// (or ends) here" costs a handful of comparisons instead of one per word in the list, and no
// one-character strings are made to look a word up. Small filters over the first (and last) codes,
// and over the first (and last) two, answer most misses before the map is asked (see codeFilter.ts).

import { bitsHold, charFilter, codeFilter, mayHold, pairKey, type CodeFilter } from '../codeFilter.js';

/** An empty slot of a WordTable (codes are 0 … 0xffff). */
const EMPTY = -1;
/** Ints per slot: the code, where its words start and end in the word list, one unused (four slots to a cache line). */
const SLOT = 4;
/** Fibonacci hashing of a code to a slot (as codeFilter.ts hashes to a bit). */
const GOLDEN = 0x9e3779b1;

/**
 * Words grouped by a character code, as one open-addressed table of plain integers over one flat
 * list of words: a look-up reads a slot and the words, where a Map of arrays chased the map's
 * table, its entry, the array and its elements (each a cache line, and cold inside the whole parse).
 */
interface WordTable {
  readonly slots: Int32Array;
  readonly shift: number;
  /** The words of each code side by side, each group in the order given (longest first). */
  readonly words: readonly string[];
}

function wordTable(groups: Map<number, string[]>): WordTable {
  let log = 1;
  while (1 << log < groups.size * 2) log++;
  const slots = new Int32Array((1 << log) * SLOT).fill(EMPTY);
  const shift = 32 - log;
  const words: string[] = [];
  for (const [code, group] of groups) {
    let p = (Math.imul(code, GOLDEN) >>> shift) * SLOT;
    while (slots[p] !== EMPTY) p = (p + SLOT) % slots.length;
    slots[p] = code;
    slots[p + 1] = words.length;
    words.push(...group);
    slots[p + 2] = words.length;
  }
  return { slots, shift, words };
}

/** The slot of `code` in a WordTable's slots, or -1. */
function slotOf(slots: Int32Array, shift: number, code: number): number {
  let p = (Math.imul(code, GOLDEN) >>> shift) * SLOT;
  for (;;) {
    const k = slots[p]!;
    if (k === code) return p;
    if (k === EMPTY) return -1;
    p += SLOT;
    if (p === slots.length) p = 0;
  }
}

export class WordIndex {
  // the tables' parts in fields of their own, as the filters' are
  private readonly firstSlots: Int32Array;
  private readonly firstSlotShift: number;
  private readonly firstWords: readonly string[];
  private readonly lastSlots: Int32Array;
  private readonly lastSlotShift: number;
  private readonly lastWords: readonly string[];
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
    const byFirst = new Map<number, string[]>();
    const byLast = new Map<number, string[]>();
    const heads: number[] = [];
    const tails: number[] = [];
    const singles: number[] = [];
    for (const w of sorted) {
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(w.length - 1);
      push(byFirst, first, w);
      push(byLast, last, w);
      if (w.length === 1) singles.push(first);
      else {
        heads.push(pairKey(first, w.charCodeAt(1)));
        tails.push(pairKey(last, w.charCodeAt(w.length - 2)));
      }
    }
    const firstTable = wordTable(byFirst);
    const lastTable = wordTable(byLast);
    this.firstSlots = firstTable.slots;
    this.firstSlotShift = firstTable.shift;
    this.firstWords = firstTable.words;
    this.lastSlots = lastTable.slots;
    this.lastSlotShift = lastTable.shift;
    this.lastWords = lastTable.words;
    const firsts = codeFilter(byFirst.keys());
    const lasts = codeFilter(byLast.keys());
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
    const slots = this.firstSlots;
    const p = slotOf(slots, this.firstSlotShift, code);
    if (p < 0) return null;
    const words = this.firstWords;
    if (!longer) return oneCharacter(words[slots[p + 2]! - 1]!);
    for (let k = slots[p + 1]!, end = slots[p + 2]!; k < end; k++) {
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
    const slots = this.lastSlots;
    const p = slotOf(slots, this.lastSlotShift, code);
    if (p < 0) return null;
    const words = this.lastWords;
    if (!longer) return oneCharacter(words[slots[p + 2]! - 1]!);
    for (let k = slots[p + 1]!, last = slots[p + 2]!; k < last; k++) {
      const w = words[k]!;
      if (end - from >= w.length && s.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}

/** The last (shortest) word of a group sorted longest first, when it is of one character; else null. */
function oneCharacter(w: string): string | null {
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
