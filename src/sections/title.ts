// Where a heading's title ends: at the end of its line, at the first 。 (or ! ? ; :) outside
// quotes and brackets when the heading runs into its text, or where a further marker starts on
// the same line: "(二)持续提高依法行政水平一是健全…" → 持续提高依法行政水平.
import { TITLE_QUOTES, TITLE_STOPS, TITLE_TRIM } from '../data/markers.js';
import { readMarker } from './marker.js';

export interface TitleEnd {
  /** Offset just past the title, closing punctuation and spaces trimmed. */
  readonly end: number;
  /** True when something ended the title (a stop or a further marker), false when the line did. */
  readonly closed: boolean;
}

/** Deepest nesting of quotes tracked; deeper text is treated as quoted. */
const MAX_QUOTE_DEPTH = 8;

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** A colon between digits is a time (9:30), not the end of a title. */
function isStop(view: string, i: number): boolean {
  const c = view[i]!;
  if (!TITLE_STOPS.includes(c)) return false;
  return !(c === ':' && isAsciiDigit(view[i - 1]) && isAsciiDigit(view[i + 1]));
}

/** Where, on the rest of a line, the last 二是 and the last "2." marker are (-1 if none). */
interface LineAhead {
  readonly lastTwoShi: number;
  readonly lastNumTwo: number;
}

function lookAhead(view: string, start: number, lineEnd: number): LineAhead {
  const rest = view.slice(start, lineEnd);
  const two = rest.lastIndexOf('二是');
  let numTwo = -1;
  for (let at = rest.lastIndexOf('2'); at >= 0 && numTwo < 0; at = at > 0 ? rest.lastIndexOf('2', at - 1) : -1) {
    if (!isAsciiDigit(rest[at - 1]) && readMarker(view, start + at, lineEnd)?.style === 'num') numTwo = start + at;
  }
  return { lastTwoShi: two < 0 ? -1 : start + two, lastNumTwo: numTwo };
}

/**
 * A further marker opening an enumeration inside the line: 一是 (when 二是 follows on the line),
 * (一) (1) ① and 1. 1、 (when a 2. follows on the line).
 */
function startsInlineEnumeration(view: string, i: number, lineEnd: number, ahead: () => LineAhead): boolean {
  if (view.startsWith('一是', i)) return ahead().lastTwoShi > i;
  if (isAsciiDigit(view[i - 1])) return false;
  const marker = readMarker(view, i, lineEnd);
  if (!marker || marker.ordinal !== 1 || marker.style === 'part' || marker.style === 'cn') return false;
  return marker.style !== 'num' || ahead().lastNumTwo > i;
}

/** Moves `end` back over spaces and closing punctuation, not before `start`. */
export function trimTitleEnd(view: string, start: number, end: number): number {
  let e = end;
  while (e > start && (view[e - 1] === ' ' || TITLE_TRIM.includes(view[e - 1]!))) e--;
  return e;
}

/** The end of the title that starts at `start` on a line ending at `lineEnd`. */
export function findTitleEnd(view: string, start: number, lineEnd: number): TitleEnd {
  const closers: string[] = [];
  let ahead: LineAhead | null = null; // read once, when a marker first asks for it
  const getAhead = (): LineAhead => (ahead ??= lookAhead(view, start, lineEnd));
  let firstQuotedStop = -1;
  for (let i = start; i < lineEnd; i++) {
    const c = view[i]!;
    if (closers.length > 0 && c === closers[closers.length - 1]) {
      closers.pop();
      continue;
    }
    if (i > start && closers.length === 0 && startsInlineEnumeration(view, i, lineEnd, getAhead)) {
      return { end: trimTitleEnd(view, start, i), closed: true };
    }
    const closer = TITLE_QUOTES[c];
    if (closer !== undefined) {
      if (closers.length < MAX_QUOTE_DEPTH) closers.push(closer);
      continue;
    }
    if (isStop(view, i)) {
      if (closers.length === 0) return { end: trimTitleEnd(view, start, i), closed: true };
      if (firstQuotedStop < 0) firstQuotedStop = i;
    }
  }
  // A quote that never closes on the line hides nothing: fall back to the first stop inside it.
  if (closers.length > 0 && firstQuotedStop >= 0) return { end: trimTitleEnd(view, start, firstQuotedStop), closed: true };
  return { end: trimTitleEnd(view, start, lineEnd), closed: false };
}
