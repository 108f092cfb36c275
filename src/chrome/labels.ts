// Metadata labels on a chrome line: where one may open (the line's start, after a bracket, a
// bullet, a date or the value of a label before it), and which label of the vocabulary stands
// there, perhaps spaced out (标  题), with its colon or closing bracket.
import { META_LABEL_LIST, META_LABELS } from '../data/chromeLabels.js';
import type { Doc, Line } from '../document.js';
import { bitTable, inBitTable } from '../charTable.js';

/** Characters a label may follow on its line, as char codes (no one-character strings per position). */
const LABEL_BEFORE = new Set([' ', '[', '【', '〔', '(', '|', '•', '·', ']', '】', '〕', '●', '◆', '■', '*'].map((c) => c.charCodeAt(0)));
/** A list's dash opens a label only as the line's first character (-发布机构:某局). */
const CODE_DASH = '-'.charCodeAt(0);
/**
 * A label may also follow a date or a time written right before it (日期:2022-03-29来源:区卫健委,
 * 2022-03-29 10:20来源:), never other figures (拨打12345时间:… is prose).
 */
const DATE_BEFORE = /(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$/u;
/** Labels of dates (发布日期, 成文日期 …), which a page may glue to their date with no colon. */
const DATE_LABELS: ReadonlySet<string> = new Set(META_LABEL_LIST.filter((l) => (META_LABELS[l] === 'publishedAt' || META_LABELS[l] === 'writtenAt') && l.length >= 4));
/** A whole date right after such a label: 2024-01-19, 2024年1月19日. */
const GLUED_DATE = /^\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)/u;
const GLUED_DATE_AHEAD = 11;
/** Longest date or time DATE_BEFORE reads: 2022-03-29. */
const DATE_BEFORE_MAX = 10;

function mayOpenLabel(view: string, i: number, lineStart: number): boolean {
  if (i === lineStart) return true;
  const c = view.charCodeAt(i - 1);
  if (LABEL_BEFORE.has(c)) return true;
  if (c === CODE_DASH) return i - 1 === lineStart;
  return c >= 0x30 && c <= 0x39 && DATE_BEFORE.test(view.slice(Math.max(lineStart, i - DATE_BEFORE_MAX), i));
}
/** What closes a label: a colon, a bracket (] 】 〕), or the bar of a table cell (| 发布机构 | 某局 |). */
const LABEL_AFTER = new Set([':', ']', '】', '〕', '|']);

export interface LabelAt {
  readonly label: string;
  /** Offset of the label in the view. */
  readonly start: number;
  /** Offset just past the label's last character. */
  readonly labelEnd: number;
  /** Offset just past the label's colon or closing bracket. */
  readonly after: number;
}

/**
 * The metadata label starting at `i`, with its colon or closing bracket after it, or, in a table
 * row (`table`), with spaces after it; null if none.
 */
/** Labels by the char code of their first character, longest first: only these need trying at a position. */
const LABELS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const label of META_LABEL_LIST) {
    const code = label.charCodeAt(0);
    map.set(code, [...(map.get(code) ?? []), label]);
  }
  return map;
})();

/** The first characters of the labels, as a bit table: most positions of a line are passed after one read. */
const LABEL_FIRSTS = bitTable(META_LABEL_LIST);

/**
 * The label at `i` (see above). `runOn`: a label of the line before it is read already, so this one
 * may follow any character as long as its colon follows it at once (作者:某局时间:2022-01-18).
 */
export function labelAt(view: string, i: number, lineStart: number, lineEnd: number, table: boolean, runOn = false): LabelAt | null {
  const code = view.charCodeAt(i);
  if (!inBitTable(LABEL_FIRSTS, code)) return null;
  const open = mayOpenLabel(view, i, lineStart);
  if (!open && !runOn) return null;
  const labels = LABELS_BY_FIRST.get(code);
  if (!labels) return null;
  for (const label of labels) {
    const end = matchLabel(view, i, lineEnd, label);
    if (end < 0) continue;
    if (!open) {
      if (end - i === label.length && view.charCodeAt(end) === COLON) return { label, start: i, labelEnd: end, after: end + 1 };
      continue;
    }
    let j = end;
    while (j < lineEnd && view.charCodeAt(j) === SPACE) j++;
    if (j < lineEnd && LABEL_AFTER.has(view[j]!)) return { label, start: i, labelEnd: end, after: j + 1 };
    // a date's label glued to its date with no colon (发布日期2024-01-19)
    if (j === end && DATE_LABELS.has(label) && GLUED_DATE.test(view.slice(end, end + GLUED_DATE_AHEAD))) return { label, start: i, labelEnd: end, after: end };
    // a table row's last cell may be a label with nothing after it (成文日期 2026-02-06 废止日期)
    if (table && (j > end || j === lineEnd)) return { label, start: i, labelEnd: end, after: j };
  }
  return null;
}

/** Pages space a label out to align it (标  题, 索 引 号, 标    题 beside a four-character label): at most this many spaces between characters. */
const LABEL_SPACES = 4;

/** The end of `label` written at `i`, perhaps spaced out, or -1. */
function matchLabel(view: string, i: number, lineEnd: number, label: string): number {
  let j = i;
  for (let k = 0; k < label.length; k++) {
    if (k > 0) {
      let spaces = 0;
      while (j < lineEnd && view.charCodeAt(j) === SPACE && spaces < LABEL_SPACES) {
        j++;
        spaces++;
      }
    }
    if (j >= lineEnd || view.charCodeAt(j) !== label.charCodeAt(k)) return -1;
    j++;
  }
  return j;
}
const SPACE = ' '.charCodeAt(0);
const COLON = ':'.charCodeAt(0);

/** Metadata lines are short; longer lines are not searched for labels. */
const MAX_META_LINE = 400;

export function scanLabels(doc: Doc, line: Line, table: boolean): LabelAt[] {
  const out: LabelAt[] = [];
  if (line.contentEnd - line.contentStart > MAX_META_LINE) return out;
  const { view } = doc;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const at = labelAt(view, i, line.contentStart, line.contentEnd, table, !table && out.length > 0);
    if (at) {
      out.push(at);
      i = at.after - 1;
    }
  }
  return out;
}
