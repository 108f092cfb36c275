// The characters the subject search tests one code unit at a time (view.charCodeAt), by name.
const code = (ch: string): number => ch.charCodeAt(0);

export const SPACE = code(' ');
export const OPEN_QUOTE = code('“');
export const CLOSE_QUOTE = code('”');
const ASCII_QUOTE = code('"');
const OPEN_TITLE = code('《');
export const OPEN_PAREN = code('(');
export const CLOSE_PAREN = code(')');
export const LIST_COMMA = code('、');
/** 的: ends a noun (128个社区的网格化管理 → 社区). */
export const DE = code('的');
/** 率 and 比: a rate or a ratio names its verb (调解成功率, 受理率). */
export const RATE = code('率');
export const RATIO = code('比');
/** 较: a comparison, or a degree adverb (较大数额). */
export const COMPARED = code('较');
/** 个: the measure word of 每个行政村. */
export const GE = code('个');
/** CJK unified ideographs, extension A included. */
const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;

/** True for an ASCII digit (the view has folded full-width ones). */
export { isAsciiDigit as isDigit } from '../../charTable.js';

/** A character a noun may start with: CJK, an opening quote or 《. */
export function startsNoun(c: number): boolean {
  return (c >= CJK_FIRST && c <= CJK_LAST) || c === OPEN_QUOTE || c === ASCII_QUOTE || c === OPEN_TITLE;
}
