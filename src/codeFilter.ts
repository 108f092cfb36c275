// A small hashed bit set over UTF-16 code units that answers "certainly not" for most codes of a
// text: a few hundred bytes where a table over every code takes 8 or 64 KB. Inside the whole parse
// the big tables and maps are cold by the time a report reaches a pass (the passes before it filled
// the caches), and a miss costs a trip to memory per character asked; a filter of a few cache lines
// stays warm. It has no false negatives; a code it lets through (about one in 16 of those not in
// the set) is asked of the exact table or map behind it. Used by the metrics pass's word lists and
// tables and by the chrome pass's word index.

/** The bits of a filter and the shift that turns a code's hash into a bit number. */
export interface CodeFilter {
  readonly bits: Int32Array;
  readonly shift: number;
}

/** Fibonacci hashing: consecutive codes (a block of CJK) spread over the whole filter. */
const GOLDEN = 0x9e3779b1;
/** Bits per code kept: one code in BITS_PER_CODE not in the set gets through. */
const BITS_PER_CODE = 16;
const MIN_LOG_BITS = 9; // 64 bytes, one cache line
const MAX_LOG_BITS = 16;

/** A filter holding every code of `codes`. */
export function codeFilter(codes: Iterable<number>): CodeFilter {
  const unique = new Set(codes);
  let log = MIN_LOG_BITS;
  while (log < MAX_LOG_BITS && 1 << log < unique.size * BITS_PER_CODE) log++;
  const bits = new Int32Array((1 << log) >>> 5);
  const shift = 32 - log;
  for (const code of unique) {
    const h = Math.imul(code, GOLDEN) >>> shift;
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return { bits, shift };
}

/** A filter holding the code of the first unit of each element of `chars` (a string, or a list of words). */
export function charFilter(chars: Iterable<string>): CodeFilter {
  const codes: number[] = [];
  for (const ch of chars) if (ch !== '') codes.push(ch.charCodeAt(0));
  return codeFilter(codes);
}

/** Two character codes as one key of a filter: the first two (or last two) characters of a word. */
export function pairKey(a: number, b: number): number {
  return (a << 16) | b;
}

/** False when `code` is certainly not in the filter's set; true when it may be. */
export function mayHold(filter: CodeFilter, code: number): boolean {
  return bitsHold(filter.bits, filter.shift, code);
}

/** mayHold on a filter's parts, for an owner that keeps them in its own fields (one load fewer). */
export function bitsHold(bits: Int32Array, shift: number, code: number): boolean {
  const h = Math.imul(code, GOLDEN) >>> shift;
  return ((bits[h >>> 5]! >>> (h & 31)) & 1) === 1;
}
