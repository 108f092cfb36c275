// The chrome pass: finds the page chrome around (and, for unmistakable kinds, inside) the report,
// reads its metadata, and says where the report's own text begins and ends.
//
// The header zone runs from the top to the first line of prose or the first section heading; the
// footer zone from the bottom up to the last line that is not chrome. Weak kinds (navigation lists,
// footer labels, date lines) count only in those zones; strong kinds (breadcrumbs, share links,
// 版权所有 …) count anywhere.
import { isBlankLine, type Doc, type Line } from '../document.js';
import type { Chrome, MetaField, Pass } from '../pipeline.js';
import type { Span } from '../schema.js';
import { lineKind, mayBeStrongChromeAt, mayStartStrongTrigger, strongTriggerEndAt, type LineKind } from './lineKind.js';
import { endsWithEmptyLabel, isLabelAlone, readDateLine, readLabelledFields, readValueLine, startsWithLabel } from './metadata.js';
import { opensWithHeadingMarker, isProseLine, isTitleLike } from './text.js';
import { furnitureStart, RUN_ON_LAST_LINE_MIN } from './furniture.js';
import { NextOf } from '../nextOf.js';

/** Kinds of lines, worked out on first use (most lines in the middle need only a quick check). */
class Kinds {
  /** By line index; undefined: not worked out yet. */
  private readonly cache: (LineKind | null | undefined)[];

  constructor(private readonly doc: Doc) {
    this.cache = new Array<LineKind | null | undefined>(doc.lines.length);
  }

  /** The kind of line `i`, or null. */
  of(i: number): LineKind | null {
    let kind = this.cache[i];
    if (kind === undefined) {
      kind = lineKind(this.doc, this.doc.lines[i]!);
      this.cache[i] = kind;
    }
    return kind;
  }

  /** The kind of line `i` if it is a strong kind, else null (weak kinds last in the order not asked). */
  strong(i: number): LineKind | null {
    const kind = this.cache[i] ?? lineKind(this.doc, this.doc.lines[i]!, true);
    return kind?.strong ? kind : null;
  }
}

/** Page headers are shorter than this many non-blank lines: the zone never runs further. */
export const HEADER_MAX_LINES = 300;

/** The page's full stops, asked line by line. */
const STOPS = new NextOf('。');

/** Index of the first line that is the report's own prose or heading (the header zone ends there). */
function headerZoneEnd(doc: Doc, kinds: Kinds): number {
  const { view } = doc;
  let seen = 0;
  for (const line of doc.lines) {
    if (isBlankLine(line)) continue;
    if (++seen > HEADER_MAX_LINES) return line.index;
    // the first full stop at or after the line (lines asked in order: one walk of the page in all)
    const stop = STOPS.at(view, line.contentStart);
    // a sentence with a full stop is prose unless it is chrome and holds a word of strong chrome;
    // its kind is asked first: in a paragraph that is a look at its opening, the word search is not
    if (stop >= 0 && stop < line.contentEnd) {
      if (!kinds.of(line.index) || !mayBeStrongChromeAt(view, line.contentStart, line.contentEnd)) return line.index;
      continue;
    }
    if (kinds.of(line.index)) continue;
    const text = view.slice(line.contentStart, line.contentEnd);
    if (isProseLine(text) || opensWithHeadingMarker(text)) return line.index;
  }
  return doc.lines.length;
}

const FULL_STOP = '。'.charCodeAt(0);

interface Found {
  /**
   * Indexes of the chrome lines, in increasing order: the header zone's, then the body's (an
   * array pushed in order, not a set: no hash table to build, and nothing to sort).
   */
  readonly lines: number[];
  meta: MetaField[];
}

function readHeaderZone(doc: Doc, kinds: Kinds, end: number, found: Found): void {
  // the line read as the value of an empty label above it (the next non-blank line), or -1
  let valueLine = -1;
  for (let i = 0; i < end; i++) {
    const line = doc.lines[i]!;
    const kind = isBlankLine(line) ? null : kinds.of(i);
    if (!kind || i === valueLine) continue;
    found.lines.push(i);
    if (kind.kind === 'metadata') {
      found.meta.push(...readLabelledFields(doc, line));
      const empty = endsWithEmptyLabel(doc, line);
      if (!empty || (doc.view[empty.after - 1] !== ':' && !isLabelAlone(doc, line))) continue;
      let j = i + 1;
      while (j < end && isBlankLine(doc.lines[j]!)) j++;
      const next = doc.lines[j];
      const nextKind = j < end ? kinds.of(j) : null;
      if (!next || j >= end || (nextKind && nextKind.kind !== 'dateLine') || startsWithLabel(doc, next)) continue;
      const text = doc.view.slice(next.contentStart, next.contentEnd);
      if (text.length > 40 || isTitleLike(text)) continue;
      const field = readValueLine(doc, next, empty);
      if (field) found.meta.push(field);
      found.lines.push(j);
      valueLine = j;
    } else if (kind.kind === 'dateLine') {
      found.meta.push(...(readDateLine(doc, line) ?? []));
    }
  }
}

/** Chrome lines (indexes in increasing order) as spans, consecutive ones (blank lines between) merged. */
function toSpans(doc: Doc, lines: readonly number[]): Span[] {
  const spans: Span[] = [];
  let last = -1;
  for (const i of lines) {
    const line = doc.lines[i]!;
    const prev = spans[spans.length - 1];
    let joined = prev !== undefined && last >= 0;
    for (let k = last + 1; joined && k < i; k++) if (!isBlankLine(doc.lines[k]!)) joined = false;
    if (prev && joined) prev.end = line.contentEnd;
    else spans.push({ start: line.contentStart, end: line.contentEnd });
    last = i;
  }
  return spans;
}

/**
 * In a long line (a paragraph), only the kinds that open a line (breadcrumb, banner, metadata,
 * perhaps after bullets and a date) are strong chrome: a chrome word further in is the report's own.
 * So a paragraph is searched for chrome words over its first characters only.
 */
const START_TRIGGER_MAX = 32;
/** The longest chrome word (opyright): a word starting within the opening still counts whole. */
const TRIGGER_WORD_MAX = 8;
const SHORT_LINE = 90;

/**
 * False when the line cannot be strong chrome: a chrome word must stand in its opening, or, in a
 * line short enough for share links, footers and pagers (no full stop, at most 90 characters),
 * anywhere. The opening is read first, so most lines are read over their first characters only.
 */
function mayHoldStrongChrome(doc: Doc, line: Line): boolean {
  const { view } = doc;
  const { contentStart: start, contentEnd: end } = line;
  const opening = Math.min(end, start + START_TRIGGER_MAX + TRIGGER_WORD_MAX);
  if (end - start > SHORT_LINE) return mayBeStrongChromeAt(view, start, opening);
  // one reading of a short line: a word in the opening counts; a word after it counts when the
  // line holds no full stop, so a full stop past the opening settles the answer
  let stop = false;
  let late = false;
  for (let i = start; i < end; i++) {
    let c = view.charCodeAt(i);
    // most characters are neither a full stop nor the start of a chrome word: passed in a tight loop
    while (c !== FULL_STOP && !mayStartStrongTrigger(c) && ++i < end) c = view.charCodeAt(i);
    if (i >= end) break;
    if (c === FULL_STOP) {
      stop = true;
      if (i >= opening) return false;
      continue;
    }
    const wordEnd = strongTriggerEndAt(view, i, end);
    if (wordEnd < 0) continue;
    if (wordEnd <= opening) return true;
    late = true;
  }
  return late && !stop;
}

/** Indexes of the lines in [first, last) that may be strong chrome (a chrome word where it counts). */
function triggeredLines(doc: Doc, first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = first; i < last; i++) {
    const line = doc.lines[i]!;
    if (line.contentEnd === line.contentStart) continue;
    if (mayHoldStrongChrome(doc, line)) out.push(i);
  }
  return out;
}

/** True when the fields stand in order of their spans' starts (a stable sort would leave them as they are). */
function inOrder(meta: readonly MetaField[]): boolean {
  for (let k = 1; k < meta.length; k++) if (meta[k]!.span.start < meta[k - 1]!.span.start) return false;
  return true;
}

/** Finds the page chrome of `doc`. */
export function findChrome(doc: Doc): Chrome {
  const kinds = new Kinds(doc);
  const found: Found = { lines: [], meta: [] };
  const zoneEnd = headerZoneEnd(doc, kinds);
  readHeaderZone(doc, kinds, zoneEnd, found);

  let first = found.lines.length > 0 ? found.lines[found.lines.length - 1]! + 1 : 0;
  while (first < doc.lines.length && isBlankLine(doc.lines[first]!)) first++;

  // the footer's lines, found from the bottom up
  const footer: number[] = [];
  let last = doc.lines.length - 1;
  while (last >= first) {
    const line = doc.lines[last]!;
    const kind = isBlankLine(line) ? null : kinds.of(last);
    if (isBlankLine(line)) last--;
    else if (kind && kind.kind !== 'dateLine') {
      footer.push(last);
      // metadata some templates put under the report (发布日期:2018-03-12) is read as above it
      if (kind.kind === 'metadata') found.meta.push(...readLabelledFields(doc, line));
      last--;
    } else break;
  }
  for (const i of triggeredLines(doc, first, last)) {
    const kind = kinds.strong(i);
    if (!kind) continue;
    found.lines.push(i);
    if (kind.kind === 'metadata') found.meta.push(...readLabelledFields(doc, doc.lines[i]!));
  }

  const body: Span =
    last >= first
      ? { start: doc.lines[first]!.contentStart, end: runOnBodyEnd(doc, doc.lines[last]!) }
      : { start: doc.input.length, end: doc.input.length };
  for (let k = footer.length - 1; k >= 0; k--) found.lines.push(footer[k]!);
  // fields read in order (most pages) need no sort
  if (!inOrder(found.meta)) found.meta.sort((a, b) => a.span.start - b.span.start);
  return { spans: toSpans(doc, found.lines), body, meta: found.meta };
}

/** Where the body ends on its last line: before the furniture a long line runs on after its last sentence. */
function runOnBodyEnd(doc: Doc, line: Line): number {
  if (line.contentEnd - line.contentStart < RUN_ON_LAST_LINE_MIN) return line.contentEnd;
  let end = furnitureStart(doc.view, line.contentStart, line.contentEnd);
  while (end > line.contentStart && doc.view.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** Finds page chrome and reads its metadata. */
export const chromePass: Pass = {
  name: 'chrome',
  run(doc) {
    return { chrome: findChrome(doc) };
  },
};
