// Word lists indexed by their first and last character, so that "which word starts (or ends)
// here" costs a handful of comparisons instead of one per word in the list.

export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w[0]!, w);
      push(this.byLast, w[w.length - 1]!, w);
    }
  }

  /** The longest word that starts at `at` in `s`, or null. */
  startingAt(s: string, at = 0): string | null {
    for (const w of this.byFirst.get(s[at] ?? '') ?? []) if (s.startsWith(w, at)) return w;
    return null;
  }

  /** The longest word that ends right before `end` in `s`, or null. */
  endingAt(s: string, end = s.length): string | null {
    for (const w of this.byLast.get(s[end - 1] ?? '') ?? []) {
      if (end >= w.length && s.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
