// A set of characters as a table over UTF-16 code units, for loops that test every character of a
// text with view.charCodeAt: one array read, no one-character strings, no hashing.

/** A table over UTF-16 code units: 1 at the code of the first unit of each element of `chars`. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
