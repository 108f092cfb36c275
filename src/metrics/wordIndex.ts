// Word lists indexed by the code of their first and last character, so that "which word starts
// (or ends) here" costs a handful of comparisons instead of one per word in the list, and no
// one-character strings are made to look a word up.

export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
    }
  }

  /** The longest word that starts at `at` in `s`, or null. */
  startingAt(s: string, at = 0): string | null {
    if (at >= s.length) return null;
    const words = this.byFirst.get(s.charCodeAt(at));
    if (words === undefined) return null;
    for (const w of words) if (s.startsWith(w, at)) return w;
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end = s.length): string | null {
    if (end <= 0 || end > s.length) return null;
    const words = this.byLast.get(s.charCodeAt(end - 1));
    if (words === undefined) return null;
    for (const w of words) {
      if (end >= w.length && s.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}

/** A table over UTF-16 code units: 1 for each character of `chars`. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
