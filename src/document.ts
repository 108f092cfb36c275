// The document every pass reads: the input untouched, a normalised view of it, and its lines.
//
// Every normalisation here replaces one UTF-16 unit with one UTF-16 unit, so the view has the
// input's length and an offset into the view *is* an offset into the input: the map back is the
// identity, spans need no translation, and `input.slice(span.start, span.end)` is always the
// piece as written. What is folded: full-width ASCII (１２３ （一） ：％) to ASCII, ﹪ to %,
// NBSP / U+3000 / other spaces and tabs to a space, zero-width marks and a BOM to a space, CR to a
// space before LF and to LF alone, traditional characters to simplified ones, Kangxi radicals and
// CJK radicals-supplement look-alikes (⼀ ⼤ ⽣ ⻔, common in text taken from PDFs) to the ideograph
// they look like (一 大 生 门; then simplified, ⾨ → 門 → 门), a "." that ends a
// Chinese sentence to 。, an HTML entity left in the text (&nbsp; &ldquo; &#8220;) to the
// character it stands for, padded with spaces to its length, and the markup a converter left
// (HTML tags, Markdown headings, bold, links and images; see markup.ts) to spaces, a block tag
// to a line break and spaces.
import { CN_NUMERAL_CHARS } from './data/numerals.js';
import { RADICAL_IDEOGRAPHS, RADICALS } from './data/radicals.generated.js';
import { SIMPLIFIED, TRADITIONAL } from './data/t2s.js';
import { boldAt, headingHashesAt, linkAt, rawTextElementAt, rawTextMemo, tagAt, type RawTextMemo } from './markup.js';

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

interface Folding {
  /** 1 for every code unit the view changes. */
  readonly changes: Uint8Array;
  /** What each of them becomes. */
  readonly to: Uint16Array;
  /** `changes` as one bit per code (8 KB: the lines a text's characters touch stay in cache). */
  readonly bits: Uint32Array;
}

let folding: Folding | undefined;

/** One code unit → one code unit, as two 64K tables; built once, on first use. */
function getFolding(): Folding {
  if (folding) return folding;
  const changes = new Uint8Array(0x10000);
  const to = new Uint16Array(0x10000);
  const set = (from: number, into: number) => {
    changes[from] = 1;
    to[from] = into;
  };
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0); // full-width ASCII
  set(0xfe6a, 0x25); // ﹪
  set(0xfe50, 0x2c); // ﹐ small comma
  set(0xfe52, 0x2e); // ﹒ small full stop
  set(0xfe55, 0x3a); // ﹕
  set(0xfe54, 0x3b); // ﹔
  for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) set(c, 0x20);
  for (let c = 0x2000; c <= 0x200a; c++) set(c, 0x20);
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) set(c, 0x20);
  for (let i = 0; i < TRADITIONAL.length; i++) set(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
  for (let i = 0; i < RADICALS.length; i++) {
    const ideograph = RADICAL_IDEOGRAPHS.charCodeAt(i);
    set(RADICALS.charCodeAt(i), changes[ideograph] === 1 ? to[ideograph]! : ideograph); // ⾨ → 門 → 门
  }
  changes[0x0d] = 1; // CR: decided by what follows it
  changes[0x2e] = 1; // . and ．: a full stop after Chinese words (see fullStop), else themselves
  changes[0xff0e] = 1;
  changes[0x26] = 1; // &: an HTML entity left in the text (see entityAt), else itself
  // markup a converter left (see markup.ts): < of a tag, # of a Markdown heading, ** of bold, [ and ![ of a link, its ]
  for (const c of [0x3c, 0x23, 0x2a, 0x5b, 0x21, 0x5d]) {
    changes[c] = 1;
    to[c] = c;
  }
  const bits = new Uint32Array(0x800);
  for (let c = 0; c < 0x10000; c++) if (changes[c] === 1) bits[c >>> 5]! |= 1 << (c & 31);
  folding = { changes, to, bits };
  return folding;
}

/**
 * What a "." (or full-width "．") at `i` becomes: 。 where a page writes Chinese with ASCII
 * punctuation (…群众参与度不高.下一步,…), i.e. after a Chinese word (not a numeral: 一.加强领导) and
 * not before a digit, a letter or another dot (附件.pdf, 等...); else ".".
 */
function fullStop(input: string, i: number): number {
  if (i === 0) return 0x2e; // no word before it
  const before = input.charCodeAt(i - 1);
  if (before < 0x4e00 || before > 0x9fff || CN_NUMERAL_CHARS.includes(input[i - 1]!)) return 0x2e;
  const after = input.charCodeAt(i + 1);
  const word = (after >= 0x30 && after <= 0x39) || ((after | 0x20) >= 0x61 && (after | 0x20) <= 0x7a) || after === 0x2e || after === 0xff0e;
  return word ? 0x2e : 0x3002;
}

/** Named HTML entities that scraped text keeps (&nbsp;&gt;&nbsp;, &ldquo;八五&rdquo;), by name. */
const ENTITIES: Readonly<Record<string, number>> = {
  nbsp: 0x20, ensp: 0x20, emsp: 0x20, thinsp: 0x20, zwsp: 0x20, shy: 0x20,
  gt: 0x3e, lt: 0x3c, amp: 0x26, quot: 0x22, apos: 0x27,
  ldquo: 0x201c, rdquo: 0x201d, lsquo: 0x2018, rsquo: 0x2019, laquo: 0xab, raquo: 0xbb,
  mdash: 0x2014, ndash: 0x2013, middot: 0xb7, bull: 0x2022, hellip: 0x2026, copy: 0xa9, reg: 0xae,
  times: 0xd7, divide: 0xf7, deg: 0xb0, permil: 0x2030,
};
/** The longest entity read, from & to ; (&#1114111; is 10). */
const ENTITY_MAX = 10;
/**
 * Closing marks go to the entity's last unit, anything else to its first: a piece that starts at
 * an opening quote or ends at a closing one then takes the whole entity (&ldquo;八五&rdquo;).
 */
const CLOSING = new Set([0x201d, 0x2019, 0xbb]);

/**
 * An HTML entity starting at `i` (&nbsp; &gt; &ldquo; &#8220; &#x201C;): its length and the one
 * code unit it stands for, or null. Its other units become spaces in the view, so offsets stay.
 */
function entityAt(input: string, i: number): { length: number; code: number } | null {
  // looked for within ENTITY_MAX only: a search to the end of the text at every & would be quadratic
  let semi = -1;
  for (let k = i + 2; k < i + ENTITY_MAX && k < input.length; k++) {
    if (input.charCodeAt(k) === 0x3b) {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  const body = input.slice(i + 1, semi);
  let code: number | undefined;
  if (body.charCodeAt(0) === 0x23) {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-f]+$/iu : /^\d+$/u).test(digits)) return null;
    code = Number.parseInt(digits, hex ? 16 : 10);
    if (code >= 0xd800 && code <= 0xdfff) return null;
  } else {
    code = ENTITIES[body.toLowerCase()];
  }
  if (code === undefined || code > 0xffff) return null;
  if (code < 0x20 || code === 0x7f) code = 0x20; // &#13; &#10; &#0;: control characters read as a space
  const folded = getFolding();
  return { length: semi - i + 1, code: folded.changes[code] === 1 && code !== 0x26 && code !== 0x2e ? folded.to[code]! : code };
}

/** True when a block tag at [start, end) stands between text on its line: only there does it break the line (a tag at the line's start or end leaves one line). */
function midLine(input: string, start: number, end: number): boolean {
  const before = start > 0 ? input.charCodeAt(start - 1) : 0x0a;
  const after = end < input.length ? input.charCodeAt(end) : 0x0a;
  return before !== 0x0a && before !== 0x0d && after !== 0x0a && after !== 0x0d;
}

/**
 * The markup at `i` (see markup.ts) that reads as blank: a tag's length (negative for a block
 * tag), a heading's hashes, **; 0 for none.
 */
function markupAt(input: string, i: number, memo: RawTextMemo): number {
  const c = input.charCodeAt(i);
  if (c === 0x3c) return rawTextElementAt(input, i, memo) || tagAt(input, i);
  return c === 0x23 ? headingHashesAt(input, i) : boldAt(input, i);
}

/** The normalised view of `input` (see the file comment); same length, same offsets. */
export function normalise(input: string): string {
  const { bits, to } = getFolding();
  const n = input.length;
  const parts: string[] = [];
  let copied = 0;
  // the end of a Markdown link's text and of the whole link ([text](url)): its ](url) reads as spaces
  let linkClose = -1;
  let linkEnd = -1;
  let memo: RawTextMemo | undefined;
  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    // most characters change nothing: a tight loop of its own passes over them, a bit each
    while ((bits[c >>> 5]! & (1 << (c & 31))) === 0 && ++i < n) c = input.charCodeAt(i);
    if (i >= n) break;
    if (i === linkClose) {
      parts.push(input.slice(copied, i), ' '.repeat(linkEnd - i));
      copied = linkEnd;
      i = linkEnd - 1;
      linkClose = -1;
      continue;
    }
    if (c === 0x5b || c === 0x21) {
      const link = linkAt(input, i);
      if (link === null) continue;
      // a link: its [ a space, its text read on, its ](url) spaces when the scan reaches it; an
      // image (no text): spaces
      parts.push(input.slice(copied, i), ' '.repeat(link.textStart - i));
      copied = link.textStart;
      i = copied - 1;
      if (link.textEnd < link.end) {
        linkClose = link.textEnd;
        linkEnd = link.end;
      }
      continue;
    }
    if (c === 0x3c || c === 0x23 || c === 0x2a) {
      const blank = markupAt(input, i, (memo ??= rawTextMemo()));
      if (blank === 0) continue;
      // a tag (a block tag: a line break and spaces), a heading's hashes, **: spaces
      const length = Math.abs(blank);
      parts.push(input.slice(copied, i), (blank < 0 && midLine(input, i, i + length) ? '\n' : ' ') + ' '.repeat(length - 1));
      copied = i + length;
      i = copied - 1;
      continue;
    }
    if (c === 0x26) {
      const entity = entityAt(input, i);
      if (!entity) continue;
      const spaces = ' '.repeat(entity.length - 1);
      const mark = String.fromCharCode(entity.code);
      parts.push(input.slice(copied, i), CLOSING.has(entity.code) ? spaces + mark : mark + spaces);
      copied = i + entity.length;
      i = copied - 1;
      continue;
    }
    // CR: a space before LF (the line ends at the LF), else a line break of its own.
    const into = c === 0x0d ? (input.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a) : c === 0x2e || c === 0xff0e ? fullStop(input, i) : to[c]!;
    if (into === c) continue;
    parts.push(input.slice(copied, i), String.fromCharCode(into));
    copied = i + 1;
  }
  if (copied === 0) return input;
  parts.push(input.slice(copied));
  // join gives one flat string; a chain of += would leave every later read an indirection.
  return parts.join('');
}

function isSpace(c: number): boolean {
  return c === 0x20;
}

/**
 * A line as splitLines makes it: an instance of a class, not an object literal, so no allocation
 * site tracks it (V8 may send a literal's allocations to the old generation when its objects outlive
 * a scavenge, as a document's lines do its parse). Fields declared only: the constructor makes them.
 */
class TextLine implements Line {
  declare readonly index: number;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly contentStart: number;
  declare readonly contentEnd: number;

  constructor(index: number, start: number, end: number, contentStart: number, contentEnd: number) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
  }
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
    lines.push(new TextLine(lines.length, start, end, cs, ce));
    start = end + 1;
  }
  return lines;
}

/** True when the line holds nothing but spaces. */
export function isBlankLine(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

export function createDoc(input: string): Doc {
  const view = normalise(input);
  return { input, view, lines: splitLines(view) };
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
