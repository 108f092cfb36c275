// A set of characters as a table over UTF-16 code units, for loops that test every character of a
// text with view.charCodeAt: one array read, no one-character strings, no hashing.

/** A table over UTF-16 code units: 1 at the code of the first unit of each element of `chars`. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/**
 * The code unit at `i` of `s`, or 0 before its start and past its end: every table read stays in
 * bounds (a NaN index past the end would send optimised code back to the interpreter).
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
}
