// Sets of characters as tables over UTF-16 code units, for loops that test every character of a
// text with view.charCodeAt: one array read, no one-character strings, no hashing. Two layouts of
// the one idea: a byte per code (charTable, 64 KB: the fastest read) and a bit per code (bitTable,
// 8 KB: few cache lines, for the many small sets of the header).

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

/** A bit table marking the code of the first character of each of `chars` (a string, or a list of words). */
export function bitTable(chars: Iterable<string>): Uint32Array {
  const table = new Uint32Array(0x10000 >>> 5);
  for (const c of chars) {
    if (c === '') continue;
    const code = c.charCodeAt(0);
    table[code >>> 5]! |= 1 << (code & 31);
  }
  return table;
}

/** True when the code `code` is in the bit table (NaN, past the end of a string, reads as false). */
export function inBitTable(table: Uint32Array, code: number): boolean {
  return code >= 0 && code < 0x10000 && (table[code >>> 5]! & (1 << (code & 31))) !== 0;
}

/** True when a character of `text[from, to)` is in the bit table (read in place; past the end reads as none). */
export function anyInBitTable(table: Uint32Array, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (inBitTable(table, text.charCodeAt(i))) return true;
  return false;
}

/** True when the code `code` stands in `text[from, to)` (read in place, where indexOf would search on to the end). */
export function holdsCode(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** A CJK unified ideograph (U+4E00–U+9FFF), by code. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** An ASCII digit, by code (the view has folded full-width ones). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** White space and line terminators, by code: what \s matches and String.prototype.trim takes away. */
export function isWhiteSpace(code: number): boolean {
  return (code <= 0x20 && (code === 0x20 || (code >= 0x09 && code <= 0x0d))) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff;
}

/**
 * A set of characters as one bit of a word per UTF-16 code, the words shared by every set made
 * (32 sets to an array): a character's membership in all of them sits in one cache line, where a
 * byte table per set would spread a text's characters over dozens of 64 KB tables.
 */
export interface CharSet {
  readonly words: Uint32Array;
  readonly mask: number;
}

const SET_WORDS: Uint32Array[] = [];
let setsMade = 0;

/** A character set marking the code of the first unit of each element of `chars`. */
export function charSet(chars: Iterable<string>): CharSet {
  const group = setsMade >>> 5;
  const mask = 1 << (setsMade & 31);
  setsMade++;
  const words = (SET_WORDS[group] ??= new Uint32Array(0x10000));
  for (const ch of chars) if (ch !== '') words[ch.charCodeAt(0)]! |= mask;
  return { words, mask };
}

/** True when `code` is in `set` (NaN, read past the end of a string, is in none). */
export function inSet(set: CharSet, code: number): boolean {
  return (set.words[code]! & set.mask) !== 0;
}

/** A pair table holds 2^PAIR_LOG bits by default (1 KB): a few hundred words fill a few per cent of it. */
const PAIR_LOG = 13;

/** A hash of two adjacent codes (a word's first two, or its last two): `log` bits. */
export function pairHash(a: number, b: number, log = PAIR_LOG): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - log);
}

/** An empty pair table of 2^`log` bits (a bit per pairHash), for a few per cent of them set. */
export function pairTable(log = PAIR_LOG): Uint32Array {
  return new Uint32Array((1 << log) >>> 5);
}

/** Marks the pair of codes `a`, `b` in `table` (made by pairTable with the same `log`). */
export function addPair(table: Uint32Array, a: number, b: number, log = PAIR_LOG): void {
  const key = pairHash(a, b, log);
  table[key >>> 5]! |= 1 << (key & 31);
}

/**
 * True when the pair `a`, `b` may be in `table` (a clear bit: it is not; a set bit may be another
 * pair's, so the words are still compared). A filter in front of a look-up of words of two or
 * more characters: 1 KB, where a bit table by first character is 8 KB.
 */
export function inPairTable(table: Uint32Array, a: number, b: number, log = PAIR_LOG): boolean {
  const key = pairHash(a, b, log);
  return ((table[key >>> 5]! >>> (key & 31)) & 1) === 1;
}
