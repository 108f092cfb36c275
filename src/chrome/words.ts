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

/**
 * True when `text` starts with one of the words and the character after it (or '' at the end)
 * passes `follow`.
 */
export function startsWithWord(index: WordIndex, text: string, follow: RegExp): boolean {
  const code = text.charCodeAt(0);
  // most lines open with a character no word does: told by the filter, without a map look-up
  if (!mayHold(index.first, code)) return false;
  const words = index.byFirst.get(code);
  if (!words) return false;
  // a loop, not words.some: no closure made per line asked
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (text.startsWith(w) && follow.test(text.slice(w.length, w.length + 1))) return true;
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
