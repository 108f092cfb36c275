// A set of characters as a bit table indexed by char code: one array read in a hot loop, no
// hashing, and small (8 KB) so that its few touched cache lines stay warm between documents.

const WORDS = 0x10000 >>> 5;

/** A table marking the char code of the first character of each of `chars` (a string, or a list of words). */
export function charTable(chars: Iterable<string>): Uint32Array {
  const table = new Uint32Array(WORDS);
  for (const c of chars) {
    if (c === '') continue;
    const code = c.charCodeAt(0);
    table[code >>> 5]! |= 1 << (code & 31);
  }
  return table;
}

/** True when the char code `code` is in `table` (NaN, past the end of a string, reads as false). */
export function inTable(table: Uint32Array, code: number): boolean {
  return code >= 0 && code < 0x10000 && (table[code >>> 5]! & (1 << (code & 31))) !== 0;
}

/** A CJK unified ideograph (U+4E00–U+9FFF), by char code. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
