// A set of characters as a table indexed by char code: one array read in a hot loop, no hashing.

/** A 64K table marking the char codes of the first character of each of `chars` (a string, or a list of words). */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** True when the char code `code` is in `table` (NaN past the end of a string reads as false). */
export function inTable(table: Uint8Array, code: number): boolean {
  return table[code] === 1;
}
