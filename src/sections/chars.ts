// Character tests on UTF-16 code units (view.charCodeAt), for the loops that read every character
// of a line or a section: no one-character strings are built, no string is searched per character.
import { CIRCLED_NUMBERS, CN_ORDINAL_CHARS } from '../data/markers.js';

/**
 * A small set of characters (at most 255): a bit per code over the range of their codes for
 * `has` (a set spanning ( to 第 is 4 KB, where a byte per code was 32 KB for the cache to hold),
 * and each one's index in the string plus one, a byte per code, for `indexOf`.
 */
export class CodeSet {
  private readonly min: number;
  private readonly size: number;
  private readonly bits: Uint32Array;
  private readonly index: Uint8Array;

  constructor(chars: string) {
    const codes = Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i));
    this.min = codes.length > 0 ? Math.min(...codes) : 0;
    const max = codes.length > 0 ? Math.max(...codes) : -1;
    this.size = max - this.min + 1;
    this.bits = new Uint32Array((this.size + 31) >>> 5);
    this.index = new Uint8Array(this.size);
    codes.forEach((c, i) => {
      const k = c - this.min;
      this.bits[k >>> 5]! |= 1 << (k & 31);
      if (this.index[k] === 0) this.index[k] = Math.min(i + 1, 255);
    });
  }

  /** True when `code` is one of the characters (NaN, i.e. past either end of a string, is not). */
  has(code: number): boolean {
    const k = code - this.min;
    return k >= 0 && k < this.size && (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }

  /** The index of `code`'s first place in the string, or -1. */
  indexOf(code: number): number {
    const k = code - this.min;
    return k >= 0 && k < this.size ? this.index[k]! - 1 : -1;
  }
}

export const CODE_0 = 0x30;
export const CODE_OPEN = 0x28; // (
export const CODE_CLOSE = 0x29; // )
export const CODE_SPACE = 0x20;
export const CODE_DI = 0x7b2c; // 第

export { isAsciiDigit as isDigitCode } from '../charTable.js';

/** 一 二 … 十: the characters a Chinese ordinal is written with. */
export const CN_ORDINAL_CODES = new CodeSet(CN_ORDINAL_CHARS);
export const CIRCLED_CODES = new CodeSet(CIRCLED_NUMBERS);

/** Every character a heading marker may start with: (, a digit, 一…十, 第, ①…⑳. */
export const MARKER_START_CHARS = `(0123456789${CN_ORDINAL_CHARS}第${CIRCLED_NUMBERS}`;
const MARKER_START_CODES = new CodeSet(MARKER_START_CHARS);

/** True when a heading marker may start with this character: every other line or position is skipped after this one test. */
export function canStartMarker(code: number): boolean {
  return MARKER_START_CODES.has(code);
}
