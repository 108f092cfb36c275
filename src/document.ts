// The document every pass reads: the input untouched, a normalised view of it, and its lines.
//
// Every normalisation here replaces one UTF-16 unit with one UTF-16 unit, so the view has the
// input's length and an offset into the view *is* an offset into the input: the map back is the
// identity, spans need no translation, and `input.slice(span.start, span.end)` is always the
// piece as written. What is folded: full-width ASCII (１２３ （一） ：％) to ASCII, ﹪ to %,
// NBSP / U+3000 / other spaces and tabs to a space, zero-width marks and a BOM to a space, CR to a
// space before LF and to LF alone, and traditional characters to simplified ones.
import { SIMPLIFIED, TRADITIONAL } from './data/t2s.js';
import type { Span } from './schema.js';

export interface Line {
  /** Index of the line, 0-based. */
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character of the line (before its LF). */
  readonly end: number;
  /** Offset of the first character that is not a space. */
  readonly contentStart: number;
  /** Offset just past the last character that is not a space (equal to contentStart when blank). */
  readonly contentEnd: number;
}

export interface Doc {
  /** The exact string given to parseReport. */
  readonly input: string;
  /** The normalised view: same length as `input`, same offsets. */
  readonly view: string;
  readonly lines: readonly Line[];
}

let foldTable: Uint16Array | undefined;

/** One code unit → one code unit; built once, on first use. */
function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0; // full-width ASCII
  table[0xfe6a] = 0x25; // ﹪
  table[0xfe50] = 0x2c; // ﹐ small comma
  table[0xfe52] = 0x2e; // ﹒ small full stop
  table[0xfe55] = 0x3a; // ﹕
  table[0xfe54] = 0x3b; // ﹔
  for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) table[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 0x20;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) table[c] = 0x20;
  for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  foldTable = table;
  return table;
}

/** The normalised view of `input` (see the file comment); same length, same offsets. */
export function normalise(input: string): string {
  const table = getFoldTable();
  const n = input.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) out[i] = input.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a;
    else out[i] = table[c]!;
  }
  return decodeUtf16(out);
}

const CHUNK = 0x2000;

function decodeUtf16(units: Uint16Array): string {
  // String.fromCharCode keeps lone surrogates as they are (a TextDecoder would not).
  let s = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

function isSpace(c: number): boolean {
  return c === 0x20;
}

/** Splits the view into lines, with each line's content bounds (spaces trimmed). */
export function splitLines(view: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = view.length;
  while (start <= n) {
    let end = view.indexOf('\n', start);
    if (end < 0) end = n;
    let cs = start;
    while (cs < end && isSpace(view.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpace(view.charCodeAt(ce - 1))) ce--;
    lines.push({ index: lines.length, start, end, contentStart: cs, contentEnd: ce });
    start = end + 1;
  }
  return lines;
}

export function createDoc(input: string): Doc {
  const view = normalise(input);
  return { input, view, lines: splitLines(view) };
}

/** The piece of the input under `span`, as written. */
export function sliceSpan(doc: Doc, span: Span): string {
  return doc.input.slice(span.start, span.end);
}

/** Index of the line holding `offset` (binary search). */
export function lineAt(doc: Doc, offset: number): Line {
  const { lines } = doc;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]!;
}

/** `span` with spaces (in the view) trimmed from both ends. */
export function trimSpan(doc: Doc, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(doc.view[start]!)) start++;
  while (end > start && /\s/.test(doc.view[end - 1]!)) end--;
  return { start, end };
}
