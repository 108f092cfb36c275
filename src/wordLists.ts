// Short word lists asked of a short string (a name, a title): does it start, end or hold one of
// them, and which. Loops over the list, first match wins (lists are written in the order they are
// to be tried): no closure per call, as `.some`/`.find` with an arrow made at every call site.

/** True when `s` starts with one of `words`. */
export function startsWithOne(words: readonly string[], s: string): boolean {
  for (let i = 0; i < words.length; i++) if (s.startsWith(words[i]!)) return true;
  return false;
}

/** True when `s` ends with one of `words` (none when the list is undefined: a table's missing entry). */
export function endsWithOne(words: readonly string[] | undefined, s: string): boolean {
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) if (s.endsWith(words[i]!)) return true;
  return false;
}

/** True when `s` holds one of `words`. */
export function includesOne(words: readonly string[], s: string): boolean {
  for (let i = 0; i < words.length; i++) if (s.includes(words[i]!)) return true;
  return false;
}

/** The first of `words` that `s` starts with, or undefined. */
export function openingOf(words: readonly string[], s: string): string | undefined {
  for (let i = 0; i < words.length; i++) if (s.startsWith(words[i]!)) return words[i];
  return undefined;
}

/** The first of `words` that `s` ends with, or undefined. */
export function endingOf(words: readonly string[], s: string): string | undefined {
  for (let i = 0; i < words.length; i++) if (s.endsWith(words[i]!)) return words[i];
  return undefined;
}
