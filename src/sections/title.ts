// Where a heading's title ends: at the end of its line, at the first 。 (or ! ? ; :) outside
// quotes and brackets when the heading runs into its text, or where a further marker starts on
// the same line: "(二)持续提高依法行政水平一是健全…" → 持续提高依法行政水平.
import { TITLE_QUOTES, TITLE_STOPS, TITLE_TRIM } from '../data/markers.js';
import { canStartMarker, CODE_SPACE, CodeSet, isDigitCode, MARKER_START_CHARS } from './chars.js';
import { readMarker } from './marker.js';

export interface TitleEnd {
  /** Offset just past the title, closing punctuation and spaces trimmed. */
  readonly end: number;
  /** True when something ended the title (a stop or a further marker), false when the line did. */
  readonly closed: boolean;
}

/** Deepest nesting of quotes tracked; deeper text is treated as quoted. */
const MAX_QUOTE_DEPTH = 8;
/** The closers findTitleEnd awaits (it calls nothing that calls it again). */
const CLOSERS = new Int32Array(MAX_QUOTE_DEPTH);

const STOP_CODES = new CodeSet(TITLE_STOPS);
const TRIM_CODES = new CodeSet(TITLE_TRIM);
/** Opening quote → its closer, by code unit. */
const QUOTE_CLOSERS: ReadonlyMap<number, number> = new Map(
  Object.entries(TITLE_QUOTES).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]),
);
const OPENER_CODES = new CodeSet(Object.keys(TITLE_QUOTES).join(''));
/** Every character the scan of a title stops at: a stop, a quote or bracket, a marker's start. */
const SPECIAL_CODES = new CodeSet(TITLE_STOPS + Object.keys(TITLE_QUOTES).join('') + Object.values(TITLE_QUOTES).join('') + MARKER_START_CHARS);
const CODE_COLON = 0x3a;
const CODE_TWO = 0x32; // 2
const CODE_CN_ONE = 0x4e00; // 一
const CODE_SHI = 0x662f; // 是
const CODE_DI = 0x7b2c; // 第
const CODE_COMMA = 0x2c;
const CODE_DUN = 0x3001; // 、
/** 第二 then a comma or 、: the second item of a 第一,…第二,… enumeration. */
const SECOND_ITEM = /第二[,、]/gu;
const TWO_SHI_RE = /二是/gu;

/** A colon between digits is a time (9:30), not the end of a title. */
function isStop(view: string, i: number, c: number): boolean {
  if (!STOP_CODES.has(c)) return false;
  return !(c === CODE_COLON && isDigitCode(view.charCodeAt(i - 1)) && isDigitCode(view.charCodeAt(i + 1)));
}

/** Where, on the rest of a line, the last 二是, the last "2." marker and the last 第二, are (-1 if none). */
interface LineAhead {
  readonly lastTwoShi: number;
  readonly lastNumTwo: number;
  readonly lastSecond: number;
}

/** The last match of `re` (global) in the line's rest, as an offset into the view, or -1. */
function lastOnLine(line: string, start: number, re: RegExp): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) last = start + m.index;
  return last;
}

function lookAhead(view: string, start: number, lineEnd: number): LineAhead {
  // searched in the line's own text: a search of the view could run past the line, on every heading
  const line = view.slice(start, lineEnd);
  const two = lastOnLine(line, start, TWO_SHI_RE);
  let numTwo = -1;
  for (let at = lineEnd - 1; at >= start && numTwo < 0; at--) {
    if (view.charCodeAt(at) !== CODE_TWO) continue;
    if ((at === start || !isDigitCode(view.charCodeAt(at - 1))) && readMarker(view, at, lineEnd)?.style === 'num') numTwo = at;
  }
  return { lastTwoShi: two, lastNumTwo: numTwo, lastSecond: lastOnLine(line, start, SECOND_ITEM) };
}

/**
 * A further marker opening an enumeration inside the line: 一是 (when 二是 follows on the line),
 * 第一, (when 第二, follows), (一) (1) ① and 1. 1、 (when a 2. follows on the line).
 */
function startsInlineEnumeration(view: string, i: number, c: number, start: number, lineEnd: number): boolean {
  if (c === CODE_CN_ONE && view.charCodeAt(i + 1) === CODE_SHI) return aheadOf(view, start, lineEnd).lastTwoShi > i;
  if (c === CODE_DI && view.charCodeAt(i + 1) === CODE_CN_ONE) {
    const after = view.charCodeAt(i + 2);
    return (after === CODE_COMMA || after === CODE_DUN) && aheadOf(view, start, lineEnd).lastSecond > i;
  }
  if (isDigitCode(view.charCodeAt(i - 1))) return false;
  const marker = readMarker(view, i, lineEnd);
  if (!marker || marker.ordinal !== 1 || marker.style === 'part' || marker.style === 'cn') return false;
  return marker.style !== 'num' || aheadOf(view, start, lineEnd).lastNumTwo > i;
}

/**
 * The look ahead of the title findTitleEnd is reading, read once, when a marker first asks for it
 * (a slot of the module, emptied at each call: findTitleEnd calls nothing that calls it again, and
 * no closure is made per heading).
 */
let ahead: LineAhead | null = null;

function aheadOf(view: string, start: number, lineEnd: number): LineAhead {
  return (ahead ??= lookAhead(view, start, lineEnd));
}

/** Moves `end` back over spaces and closing punctuation, not before `start`. */
export function trimTitleEnd(view: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = view.charCodeAt(e - 1);
    if (c !== CODE_SPACE && !TRIM_CODES.has(c)) break;
    e--;
  }
  return e;
}

/** The end of the title that starts at `start` on a line ending at `lineEnd`. */
export function findTitleEnd(view: string, start: number, lineEnd: number): TitleEnd {
  // the closers awaited, innermost last: CLOSERS[0, depth) (one array for every call)
  const closers = CLOSERS;
  let depth = 0;
  ahead = null; // the look ahead of an earlier title is not this one's
  let firstQuotedStop = -1;
  for (let i = start; i < lineEnd; i++) {
    const c = view.charCodeAt(i);
    if (!SPECIAL_CODES.has(c)) continue; // plain text: one test
    if (depth > 0 && c === closers[depth - 1]) {
      depth--;
      continue;
    }
    // Only a character that can open a marker is read as one (one test for every other).
    if (i > start && depth === 0 && canStartMarker(c) && startsInlineEnumeration(view, i, c, start, lineEnd)) {
      return { end: trimTitleEnd(view, start, i), closed: true };
    }
    if (OPENER_CODES.has(c)) {
      if (depth < MAX_QUOTE_DEPTH) closers[depth++] = QUOTE_CLOSERS.get(c)!;
      continue;
    }
    if (isStop(view, i, c)) {
      if (depth === 0) return { end: trimTitleEnd(view, start, i), closed: true };
      if (firstQuotedStop < 0) firstQuotedStop = i;
    }
  }
  // A quote that never closes on the line hides nothing: fall back to the first stop inside it.
  if (depth > 0 && firstQuotedStop >= 0) return { end: trimTitleEnd(view, start, firstQuotedStop), closed: true };
  return { end: trimTitleEnd(view, start, lineEnd), closed: false };
}
