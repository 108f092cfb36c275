// A title written twice in a row in a page scraped into one line (a scraped page repeats it): the
// run of title characters that holds both copies, and where the window of the line may hold one.
import { GENRE_WORDS, TITLE_KEYWORDS } from '../chrome/text.js';
import { allTitleChars, RUN_ON_MIN, sameAt } from './runOnContext.js';

/** The title written twice in a row in the run of title characters `[s, run)` (a scraped page repeats it): its length, or 0. */
export function doubledAt(view: string, s: number, run: number): number {
  // both copies are made of title characters: the run from s holds the two
  if (run - s < 2 * RUN_ON_MIN) return 0;
  // the second copy starts where the first character comes again (indexOf, within the run only)
  const reach = view.slice(s, run);
  const first = reach[0]!;
  for (let n = reach.indexOf(first, RUN_ON_MIN); n >= 0 && 2 * n <= reach.length; n = reach.indexOf(first, n + 1)) {
    if (!sameAt(view, s, s + n, n)) continue;
    if (TITLE_KEYWORDS.test(reach.slice(0, n)) && allTitleChars(view, s, s + n)) return n;
  }
  return 0;
}

/**
 * True when the `window` of the view starting at `from` holds a word of the genre twice, RUN_ON_MIN
 * or more apart, with only title characters between (as a title written twice in a row does, a copy
 * in each half).
 */
export function genreWordTwiceInRun(view: string, window: string, from: number): boolean {
  for (const word of GENRE_WORDS) {
    // the first copy of the word in the run of title characters the last one stands in
    let first = -1;
    let previous = -1;
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) {
      const p = from + at;
      if (previous < 0 || !allTitleChars(view, previous, p)) first = p;
      else if (p - first >= RUN_ON_MIN) return true;
      previous = p;
    }
  }
  return false;
}

/**
 * The last offset from which the `window` of the view starting at `from` holds a word of the genre
 * twice (-1 where none is written twice): a title written twice holds its word of the genre in each
 * copy, so none starts later.
 */
export function lastDoubledStart(window: string, from: number): number {
  let last = -1;
  for (const word of GENRE_WORDS) {
    // the word's last copy but one, found from the end (no word of the genre overlaps a copy of itself)
    const final = window.lastIndexOf(word);
    const previous = final < word.length ? -1 : window.lastIndexOf(word, final - word.length);
    if (previous > last) last = previous;
  }
  return last < 0 ? -1 : from + last;
}
