// Cue words found in a heading or a sentence: one scan, longest word first, words never overlap.
import type { WordIndex } from '../metrics/wordIndex.js';

/** Every word of `index` in `text`, left to right, each the longest one starting where it starts. */
export function wordsIn(index: WordIndex, text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at++) {
    const word = index.startingAt(text, at);
    if (word === null) continue;
    out.push(word);
    at += word.length - 1;
  }
  return out;
}

/** True when `text` holds any of `words`. */
export function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}
