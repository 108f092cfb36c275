// Inline enumerations in a section's own text: 一是…二是…, 第一,…第二,…, 其一…其二…
// A chain counts when it starts at 1 and goes on to 2, 3 … in order; a lone 一是 (统一是…) or a
// number out of sequence is ordinary text. An item's text runs from after its marker (and the
// comma after it) to the next item's marker or the end of its paragraph.
import { ENUM_MARKER_FORMS, type EnumMarkerForm } from '../data/markers.js';
import { parseCnInteger } from '../data/numerals.js';
import { lineAt, type Doc } from '../document.js';
import type { EnumItem } from '../schema.js';
import { CN_ORDINAL_CODES, CODE_SPACE, CodeSet } from './chars.js';

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly ordinal: number;
}

/** Longest numeral of an item marker: 九十九. */
const MAX_NUMERAL = 3;
/** Separators skipped between a marker and its text. */
const TEXT_SEPARATORS = new CodeSet(' ,、:');

/** A form with its followers as a code set (an empty set when anything may follow). */
interface Form {
  readonly form: EnumMarkerForm;
  readonly followedBy: CodeSet | null;
}

const FORMS: readonly Form[] = ENUM_MARKER_FORMS.map((form) => ({
  form,
  followedBy: form.followedBy ? new CodeSet(form.followedBy) : null,
}));

/**
 * The occurrence of a form in [from, end) whose numeral is [at, n) (a whole run of numeral
 * characters, at most MAX_NUMERAL long, worth `ordinal`), or null.
 */
function readAt(view: string, from: number, at: number, n: number, end: number, ordinal: number, { form, followedBy }: Form): Occurrence | null {
  const start = at - form.before.length;
  if (start < from || (form.before && !view.startsWith(form.before, start))) return null;
  if (form.after && !view.startsWith(form.after, n)) return null;
  const markerEnd = n + form.after.length;
  if (markerEnd > end) return null;
  // At the very end of the text a marker needs no follower.
  const next = view.charCodeAt(markerEnd);
  if (followedBy && !Number.isNaN(next) && !followedBy.has(next)) return null;
  return { start, end: markerEnd, ordinal };
}

/** Every occurrence of each form in [start, end), in order, one list per form. */
function occurrences(view: string, start: number, end: number): Occurrence[][] {
  const found: Occurrence[][] = FORMS.map(() => []);
  // A numeral counts from the start of its run; a run that began before `start` is not read.
  let previous = CN_ORDINAL_CODES.has(view.charCodeAt(start - 1));
  for (let i = start; i < end; i++) {
    const numeral = CN_ORDINAL_CODES.has(view.charCodeAt(i));
    if (numeral && !previous) readRun(view, start, i, end, found);
    previous = numeral;
  }
  return found;
}

/** The occurrences of every form whose numeral is the run starting at `at`, added to `found`. */
function readRun(view: string, from: number, at: number, end: number, found: Occurrence[][]): void {
  let n = at;
  while (n < end && n - at <= MAX_NUMERAL && CN_ORDINAL_CODES.has(view.charCodeAt(n))) n++;
  if (n - at > MAX_NUMERAL) return;
  const ordinal = parseCnInteger(view.slice(at, n));
  if (ordinal === null || ordinal < 1) return;
  for (let f = 0; f < FORMS.length; f++) {
    const occ = readAt(view, from, at, n, end, ordinal, FORMS[f]!);
    if (occ) found[f]!.push(occ);
  }
}

/** The occurrences that form chains 1, 2, 3 … (two items at least), in order. */
function chains(found: readonly Occurrence[]): Occurrence[] {
  const kept: Occurrence[] = [];
  let chain: Occurrence[] = [];
  const close = (): void => {
    if (chain.length >= 2) kept.push(...chain);
    chain = [];
  };
  for (const occ of found) {
    if (occ.ordinal === 1) {
      close();
      chain = [occ];
    } else if (chain.length > 0 && occ.ordinal === chain[chain.length - 1]!.ordinal + 1) {
      chain.push(occ);
    }
  }
  close();
  return kept;
}

/** The inline enumeration items of the text in [start, end). */
export function findItems(doc: Doc, start: number, end: number): EnumItem[] {
  const { view, input } = doc;
  const found = occurrences(view, start, end);
  const markers = found.length === 1 ? chains(found[0]!) : found.flatMap(chains).sort((a, b) => a.start - b.start);
  const items: EnumItem[] = [];
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k]!;
    let textStart = m.end;
    while (textStart < end && TEXT_SEPARATORS.has(view.charCodeAt(textStart))) textStart++;
    const lineEnd = lineAt(doc, textStart).end;
    let textEnd = Math.min(end, markers[k + 1]?.start ?? end, lineEnd);
    while (textEnd > textStart && view.charCodeAt(textEnd - 1) === CODE_SPACE) textEnd--;
    textEnd = Math.max(textStart, textEnd);
    items.push({ marker: input.slice(m.start, m.end), ordinal: m.ordinal, text: input.slice(textStart, textEnd), span: { start: textStart, end: textEnd } });
  }
  return items;
}
