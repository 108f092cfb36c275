// Word lists indexed by the char code of their first character, so a line is searched for them
// by reading char codes in place: no slice, no pattern, and at most a few words tried per position.
import { codeFilter, mayHold, type CodeFilter } from '../codeFilter.js';

export interface WordIndex {
  /** Words by the char code of their first character. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  /** The words' first characters as a small filter that rules out most characters with one load. */
  readonly first: CodeFilter;
}

/** Indexes `words` by their first char code. */
export function indexWords(words: readonly string[]): WordIndex {
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), word]);
  }
  return { byFirst, first: codeFilter(byFirst.keys()) };
}

/** True when one of the words stands wholly inside `text[start, end)`. */
export function holdsWord(index: WordIndex, text: string, start: number, end: number): boolean {
  const { first, byFirst } = index;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!mayHold(first, code)) continue;
    const words = byFirst.get(code);
    if (!words) continue;
    for (const word of words) {
      if (i + word.length <= end && text.startsWith(word, i)) return true;
    }
  }
  return false;
}

/** The end of the shortest word standing at `i` wholly before `end`, or -1 when none stands there. */
export function wordEndAt(index: WordIndex, text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (!mayHold(index.first, code)) return -1;
  const words = index.byFirst.get(code);
  if (!words) return -1;
  let best = -1;
  for (const word of words) {
    const wordEnd = i + word.length;
    if (wordEnd <= end && (best < 0 || wordEnd < best) && text.startsWith(word, i)) best = wordEnd;
  }
  return best;
}

/** A word of one or more lists that open a line, with those lists as bits (list k: bit 1 << k). */
interface Opening {
  readonly word: string;
  readonly lists: number;
}

/**
 * Several lists of words that open a line, in one index: a line is asked once which of them it
 * opens with, where a look-up per list read as many filters and maps (one filter rules out most
 * lines for all the lists at once).
 */
export interface OpeningIndex {
  readonly byFirst: ReadonlyMap<number, readonly Opening[]>;
  readonly first: CodeFilter;
  /** What may follow a word of each list (one character, or nothing), by list. */
  readonly follows: readonly RegExp[];
}

/** Indexes the lists (at most 31), each with what may follow its words. */
export function indexOpenings(lists: readonly { readonly words: readonly string[]; readonly follow: RegExp }[]): OpeningIndex {
  const bits = new Map<string, number>();
  lists.forEach(({ words }, k) => {
    for (const word of words) bits.set(word, (bits.get(word) ?? 0) | (1 << k));
  });
  const byFirst = new Map<number, Opening[]>();
  for (const [word, inLists] of bits) {
    const code = word.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), { word, lists: inLists }]);
  }
  return { byFirst, first: codeFilter(byFirst.keys()), follows: lists.map((l) => l.follow) };
}

/**
 * The lists `text` opens with a word of, as bits: list k's bit is set when `text` starts with one
 * of its words and the character after that word (or '' at the end) passes its `follow` (one look-up
 * answers for every list).
 */
export function openingsOf(index: OpeningIndex, text: string): number {
  const code = text.charCodeAt(0);
  // most lines open with a character no word does: told by the filter, without a map look-up
  if (!mayHold(index.first, code)) return 0;
  const words = index.byFirst.get(code);
  if (!words) return 0;
  let found = 0;
  for (let k = 0; k < words.length; k++) {
    const { word, lists } = words[k]!;
    if (!text.startsWith(word)) continue;
    const next = text.slice(word.length, word.length + 1);
    for (let l = 0; l < index.follows.length; l++) {
      const bit = 1 << l;
      if ((lists & bit) !== 0 && (found & bit) === 0 && index.follows[l]!.test(next)) found |= bit;
    }
  }
  return found;
}
