// Inline enumerations in a section's own text: 一是…二是…, 第一,…第二,…, 其一…其二…
// A chain counts when it starts at 1 and goes on to 2, 3 … in order; a lone 一是 (统一是…) or a
// number out of sequence is ordinary text. An item's text runs from after its marker (and the
// comma after it) to the next item's marker or the end of its paragraph.
//
// Every form has an anchor: the text before its numeral (第, 其) or after it (是). The anchors are
// found once in the whole document (ItemAnchors); a section reads only the anchors inside its own
// text, found by binary search, and looks at the numeral next to each.
import { ENUM_MARKER_FORMS, type EnumMarkerForm } from '../data/markers.js';
import { lineAt, type Doc } from '../document.js';
import type { EnumItem } from '../schema.js';
import { CN_ORDINAL_CODES, CODE_SPACE, CodeSet } from './chars.js';
import { cnOrdinalValue } from './numeral.js';

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly ordinal: number;
}

/** Longest numeral of an item marker: 九十九. */
const MAX_NUMERAL = 3;
/** Separators skipped between a marker and its text. */
const TEXT_SEPARATORS = new CodeSet(' ,、:');

/** A form with its followers as a code set (null when anything may follow). */
interface Form {
  readonly form: EnumMarkerForm;
  readonly followedBy: CodeSet | null;
}

const FORMS: readonly Form[] = ENUM_MARKER_FORMS.map((form) => ({
  form,
  followedBy: form.followedBy ? new CodeSet(form.followedBy) : null,
}));

const isNumeralAt = (view: string, i: number): boolean => CN_ORDINAL_CODES.has(view.charCodeAt(i));

/** Where each form's anchor occurs in the view, ascending (null for a form without an anchor). */
export interface ItemAnchors {
  readonly positions: readonly (readonly number[] | null)[];
}

/**
 * The anchors of every form in [start, end) of the view (all of it by default): one indexOf scan
 * per form. Ranges read with them must lie inside [start, end).
 */
export function findAnchors(view: string, start = 0, end = view.length): ItemAnchors {
  const positions: (number[] | null)[] = [];
  for (const { form } of FORMS) {
    const anchor = form.before || form.after;
    if (!anchor) {
      positions.push(null);
      continue;
    }
    // Only an anchor with a numeral next to it (after 第 / 其, before 是) can hold a marker.
    const numeralAt = form.before ? anchor.length : -1;
    const found: number[] = [];
    for (let p = view.indexOf(anchor, start); p >= 0 && p < end; p = view.indexOf(anchor, p + 1)) {
      if (isNumeralAt(view, p + numeralAt)) found.push(p);
    }
    positions.push(found);
  }
  return { positions };
}

/** Index of the first position not below `offset`. */
function lowerBound(positions: readonly number[], offset: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The occurrence of a form in [from, end) whose numeral starts at `at` (the start of a run of
 * numeral characters), or null: the whole run is at most MAX_NUMERAL long, worth 1 or more, with
 * the form's text before and after it and, when the form asks for one, a follower after that.
 */
function readAt(view: string, from: number, at: number, end: number, { form, followedBy }: Form): Occurrence | null {
  const start = at - form.before.length;
  if (start < from || at >= end || (form.before && !view.startsWith(form.before, start))) return null;
  if (isNumeralAt(view, at - 1)) return null;
  let n = at;
  while (n < end && n - at <= MAX_NUMERAL && isNumeralAt(view, n)) n++;
  if (n - at > MAX_NUMERAL) return null;
  const ordinal = cnOrdinalValue(view, at, n);
  if (ordinal === null || ordinal < 1) return null;
  if (form.after && !view.startsWith(form.after, n)) return null;
  const markerEnd = n + form.after.length;
  if (markerEnd > end) return null;
  // At the very end of the text a marker needs no follower.
  const next = view.charCodeAt(markerEnd);
  if (followedBy && !Number.isNaN(next) && !followedBy.has(next)) return null;
  return { start, end: markerEnd, ordinal };
}

/** Where the numeral before an anchor at `p` starts (the run of numerals ending there), or -1. */
function numeralBefore(view: string, p: number): number {
  let k = 0;
  while (k <= MAX_NUMERAL && isNumeralAt(view, p - 1 - k)) k++;
  return k === 0 || k > MAX_NUMERAL ? -1 : p - k;
}

/**
 * Reads the chains 1, 2, 3 … (two items at least) of one form in [start, end) and adds their
 * markers to `kept`, in order. A 1 starts a new chain; a number that continues the open chain
 * joins it; any other number is text.
 */
class ChainReader {
  private chain: Occurrence[] = [];

  constructor(private readonly kept: Occurrence[]) {}

  add(occ: Occurrence | null): void {
    if (occ === null) return;
    if (occ.ordinal === 1) {
      this.close();
      this.chain.push(occ);
    } else if (this.chain.length > 0 && occ.ordinal === this.chain[this.chain.length - 1]!.ordinal + 1) {
      this.chain.push(occ);
    }
  }

  close(): void {
    if (this.chain.length >= 2) for (const occ of this.chain) this.kept.push(occ);
    if (this.chain.length > 0) this.chain = [];
  }
}

/** True when a form without an anchor, or an anchor of a form, lies in [start, end). */
function anchorsWithin(anchors: ItemAnchors, start: number, end: number): boolean {
  for (let f = 0; f < FORMS.length; f++) {
    const positions = anchors.positions[f] ?? null;
    if (positions === null) return true;
    const k = lowerBound(positions, start);
    if (k < positions.length && positions[k]! < end) return true;
  }
  return false;
}

/** The chained markers of one form in [start, end), added to `kept` in order. */
function readChains(view: string, start: number, end: number, form: Form, anchors: readonly number[] | null, kept: Occurrence[]): void {
  const first = anchors === null ? 0 : lowerBound(anchors, start);
  // most sections hold no anchor of a form: no reader is made
  if (anchors !== null && (first >= anchors.length || anchors[first]! >= end)) return;
  const reader = new ChainReader(kept);
  if (anchors === null) {
    // No anchor: every run of numerals is read.
    for (let i = start; i < end; i++) if (isNumeralAt(view, i) && !isNumeralAt(view, i - 1)) reader.add(readAt(view, start, i, end, form));
  } else {
    const { before } = form.form;
    for (let k = first; k < anchors.length && anchors[k]! < end; k++) {
      const p = anchors[k]!;
      const at = before ? p + before.length : numeralBefore(view, p);
      if (at >= 0) reader.add(readAt(view, start, at, end, form));
    }
  }
  reader.close();
}

/**
 * The inline enumeration items of the text in [start, end). `anchors` (from findAnchors on the
 * same document) spares a scan of the text; pass it when reading many ranges of one document.
 */
export function findItems(doc: Doc, start: number, end: number, anchors: ItemAnchors = findAnchors(doc.view)): EnumItem[] {
  const { view, input } = doc;
  // most sections hold no anchor of any form: no list is made
  if (!anchorsWithin(anchors, start, end)) return [];
  const markers: Occurrence[] = [];
  let forms = 0;
  for (let f = 0; f < FORMS.length; f++) {
    const before = markers.length;
    readChains(view, start, end, FORMS[f]!, anchors.positions[f] ?? null, markers);
    if (markers.length > before) forms++;
  }
  if (markers.length === 0) return [];
  if (forms > 1) markers.sort((a, b) => a.start - b.start);
  const items: EnumItem[] = [];
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k]!;
    // the separators after a marker are skipped within its line only: a CR before the line's LF
    // is a space in the view, and never part of the item (其二,\r\n reads as 其二,\n)
    const line = lineAt(doc, m.start);
    const stop = Math.min(end, Math.max(line.contentEnd, m.end));
    let textStart = m.end;
    while (textStart < stop && TEXT_SEPARATORS.has(view.charCodeAt(textStart))) textStart++;
    const lineEnd = lineAt(doc, textStart).end;
    let textEnd = Math.min(end, markers[k + 1]?.start ?? end, lineEnd);
    while (textEnd > textStart && view.charCodeAt(textEnd - 1) === CODE_SPACE) textEnd--;
    textEnd = Math.max(textStart, textEnd);
    items.push({ marker: input.slice(m.start, m.end), ordinal: m.ordinal, text: input.slice(textStart, textEnd), span: { start: textStart, end: textEnd } });
  }
  return items;
}
