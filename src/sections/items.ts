// Inline enumerations in a section's own text: 一是…二是…, 第一,…第二,…, 其一…其二…
// A chain counts when it starts at 1 and goes on to 2, 3 … in order; a lone 一是 (统一是…) or a
// number out of sequence is ordinary text. An item's text runs from after its marker (and the
// comma after it) to the next item's marker or the end of its paragraph.
import { CN_ORDINAL_CHARS, ENUM_MARKER_FORMS, type EnumMarkerForm } from '../data/markers.js';
import { parseCnInteger } from '../data/numerals.js';
import { lineAt, type Doc } from '../document.js';
import type { EnumItem } from '../schema.js';

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly ordinal: number;
}

/** Longest numeral of an item marker: 九十九. */
const MAX_NUMERAL = 3;
/** Separators skipped between a marker and its text. */
const TEXT_SEPARATORS = ' ,、:';

const NUMERAL_CHARS: ReadonlySet<string> = new Set(CN_ORDINAL_CHARS);
const isNumeralChar = (c: string | undefined): boolean => c !== undefined && NUMERAL_CHARS.has(c);

/** The occurrence of `form` in [from, end) whose numeral starts at `at`, or null. */
function readAt(view: string, from: number, at: number, end: number, form: EnumMarkerForm): Occurrence | null {
  const start = at - form.before.length;
  if (start < from || (form.before && !view.startsWith(form.before, start))) return null;
  if (!form.before && isNumeralChar(view[at - 1])) return null;
  let n = at;
  while (n < end && n - at <= MAX_NUMERAL && isNumeralChar(view[n])) n++;
  if (n - at > MAX_NUMERAL) return null;
  const ordinal = parseCnInteger(view.slice(at, n));
  if (ordinal === null || ordinal < 1) return null;
  if (form.after && !view.startsWith(form.after, n)) return null;
  const markerEnd = n + form.after.length;
  if (markerEnd > end || (form.followedBy && !form.followedBy.includes(view[markerEnd] ?? ''))) return null;
  return { start, end: markerEnd, ordinal };
}

/** Every occurrence of each form in [start, end), in order, one list per form. */
function occurrences(view: string, start: number, end: number): Occurrence[][] {
  const found: Occurrence[][] = ENUM_MARKER_FORMS.map(() => []);
  for (let i = start; i < end; i++) {
    if (!isNumeralChar(view[i]) || isNumeralChar(view[i - 1])) continue;
    ENUM_MARKER_FORMS.forEach((form, f) => {
      const occ = readAt(view, start, i, end, form);
      if (occ) found[f]!.push(occ);
    });
  }
  return found;
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
  const markers = occurrences(view, start, end)
    .flatMap(chains)
    .sort((a, b) => a.start - b.start);
  return markers.map((m, k) => {
    let textStart = m.end;
    while (textStart < end && TEXT_SEPARATORS.includes(view[textStart]!)) textStart++;
    const lineEnd = lineAt(doc, textStart).end;
    let textEnd = Math.min(end, markers[k + 1]?.start ?? end, lineEnd);
    while (textEnd > textStart && view[textEnd - 1] === ' ') textEnd--;
    textEnd = Math.max(textStart, textEnd);
    return { marker: input.slice(m.start, m.end), ordinal: m.ordinal, text: input.slice(textStart, textEnd), span: { start: textStart, end: textEnd } };
  });
}
