// Reads metadata fields from a chrome line: "来源:政宣科  发布日期: 2022-03-11  访问量:",
// "[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2021-11-30", "• 索引号:1137…", and the unlabeled
// date line "2026-01-20 17:01  |  武汉市水务局".
import { META_LABELS, META_LABEL_LIST } from '../data/chromeLabels.js';
import type { Doc, Line } from '../document.js';
import type { MetaField } from '../pipeline.js';
import { isDateOnly, readDate } from '../header/dates.js';
import { CN_YEAR_DIGITS } from '../data/yearPattern.js';
import { bitTable, inBitTable, isWhiteSpace } from '../charTable.js';

/** Characters a label may follow on its line, as char codes (no one-character strings per position). */
const LABEL_BEFORE = new Set([' ', '[', '【', '|', '•', '·', ']', '】', '●', '◆', '■', '*'].map((c) => c.charCodeAt(0)));
/** A list's dash opens a label only as the line's first character (-发布机构:某局). */
const CODE_DASH = '-'.charCodeAt(0);
/**
 * A label may also follow a date or a time written right before it (日期:2022-03-29来源:区卫健委,
 * 2022-03-29 10:20来源:), never other figures (拨打12345时间:… is prose).
 */
const DATE_BEFORE = /(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$/u;
/** Longest date or time DATE_BEFORE reads: 2022-03-29. */
const DATE_BEFORE_MAX = 10;

function mayOpenLabel(view: string, i: number, lineStart: number): boolean {
  if (i === lineStart) return true;
  const c = view.charCodeAt(i - 1);
  if (LABEL_BEFORE.has(c)) return true;
  if (c === CODE_DASH) return i - 1 === lineStart;
  return c >= 0x30 && c <= 0x39 && DATE_BEFORE.test(view.slice(Math.max(lineStart, i - DATE_BEFORE_MAX), i));
}
/** What closes a label: a colon, a bracket, or the bar of a table cell (| 发布机构 | 某局 |). */
const LABEL_AFTER = new Set([':', ']', '】', '|']);

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
function labelAt(view: string, i: number, lineStart: number, lineEnd: number, table: boolean, runOn = false): LabelAt | null {
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
const MAX_DATE_LINE = 120;

function scanLabels(doc: Doc, line: Line, table: boolean): LabelAt[] {
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

/** Cells of a table row are set apart by a tab or by at least this many spaces. */
const CELL_GAP = 2;

/**
 * Every metadata label on the line, in order: labels with a colon or in brackets; failing those,
 * a table row that starts with a label, its cells set apart by spaces (索引号  0001/2022  发布机构  某局).
 */
export function labelsOnLine(doc: Doc, line: Line): readonly LabelAt[] {
  return readLabels(doc, line).labels;
}

interface LineLabels {
  readonly labels: readonly LabelAt[];
  /** Marked by colons or brackets (not a bare table row). */
  readonly marked: boolean;
}

const NO_LABELS: LineLabels = { labels: [], marked: false };
/**
 * Labels of the lines read so far, for the last document asked about (lineKind, startsWithLabel
 * and the readers share them): one slot, not a WeakMap, whose entries cost every young-generation
 * GC a walk of its ephemeron table.
 */
let labelsDoc: Doc | null = null;
let labelsByLine: (LineLabels | undefined)[] = [];

function readLabels(doc: Doc, line: Line): LineLabels {
  if (labelsDoc !== doc) {
    labelsDoc = doc;
    labelsByLine = new Array<LineLabels | undefined>(doc.lines.length);
  }
  let found = labelsByLine[line.index];
  if (found === undefined) {
    found = scanLine(doc, line);
    labelsByLine[line.index] = found;
  }
  return found;
}

function scanLine(doc: Doc, line: Line): LineLabels {
  const marked = scanLabels(doc, line, false);
  if (marked.length > 0) return { labels: marked, marked: true };
  const row = scanLabels(doc, line, true);
  const first = row[0];
  if (!first || first.start !== line.contentStart) return NO_LABELS;
  const gap = doc.view.slice(first.labelEnd, first.after);
  return row.length >= 2 || gap.length >= CELL_GAP || doc.input[first.labelEnd] === '\t' ? { labels: row, marked: false } : NO_LABELS;
}

/** True when the labels on the line are marked by colons or brackets (not a bare table row). */
export function hasMarkedLabels(doc: Doc, line: Line): boolean {
  return readLabels(doc, line).marked;
}

const LEAD_BULLETS = 6;
const LEAD_CHARS = new Set([' ', '[', '【', '•', '·', '●', '◆', '■', '*', '-', '|'].map((c) => c.charCodeAt(0)));
/** How a date a metadata line may open with begins: 2022-03-11, 2022年3月, 二〇二二年 (not 2022年,). */
const DATE_START = new RegExp(`^(?:\\d{4} {0,2}[-/.年] {0,2}\\d|[${CN_YEAR_DIGITS}]{4}年)`, 'u');
const DATE_START_MAX = 12;
/** A date line opens with a digit of its year or a bullet. */
const DATE_LINE_FIRST = /[\d〇零一二•·●◆■*]/u;

/**
 * False when the line can start with no label: after at most a few bullets, neither a label nor
 * a date stands (a quick test that spares scanning a line of prose for labels).
 */
function mayStartWithLabel(doc: Doc, line: Line): boolean {
  const { view } = doc;
  let p = line.contentStart;
  while (p < line.contentEnd && p - line.contentStart < LEAD_BULLETS && LEAD_CHARS.has(view.charCodeAt(p))) p++;
  if (p >= line.contentEnd) return false;
  if (labelAt(view, p, line.contentStart, line.contentEnd, true) !== null) return true;
  return DATE_START.test(view.slice(p, Math.min(line.contentEnd, p + DATE_START_MAX)));
}

/** True when the line's content begins with a metadata label (after a bullet or bracket). */
export function startsWithLabel(doc: Doc, line: Line): boolean {
  if (!mayStartWithLabel(doc, line)) return false;
  const labels = labelsOnLine(doc, line);
  const first = labels[0];
  if (!first) return false;
  const lead = doc.view.slice(line.contentStart, first.start);
  return LABEL_LEAD.test(lead) || leadingDate(doc, line, first) !== null;
}

/** What may stand before a line's first label: bullets, brackets, spaces. */
const LABEL_LEAD = /^[\s[【•·●◆■*|-]{0,6}$/u;
/** Bullets and spaces before a leading date. */
const DATE_BULLETS = /^[•·●◆■*]{0,4} {0,4}/u;
const BRACKETS = ['[', ']', '【', '】', '|'].map((c) => c.charCodeAt(0));
/** What a field's value is trimmed of: white space, brackets, bars (by code: no one-character strings). */
const isPadding = (code: number): boolean => isWhiteSpace(code) || BRACKETS.includes(code);

function trimmedSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  const { view } = doc;
  let s = start;
  let e = end;
  while (s < e && isPadding(view.charCodeAt(s))) s++;
  while (e > s && isPadding(view.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** What a label means, as a map (one look-up path for every label). */
const META_KEY: ReadonlyMap<string, MetaField['key']> = new Map(Object.entries(META_LABELS));

/** A date (and time) standing before the first label: "2022-03-11 09:18 来源:某局". */
function leadingDate(doc: Doc, line: Line, first: LabelAt): MetaField | null {
  const span = trimmedSpan(doc, line.contentStart, first.start);
  const bullet = DATE_BULLETS.exec(doc.view.slice(span.start, span.end))![0].length;
  const from = span.start + bullet;
  if (from >= span.end || !isDateOnly(doc.view.slice(from, span.end))) return null;
  return { key: 'publishedAt', label: '', value: doc.input.slice(from, span.end), span: { start: from, end: span.end } };
}

/** The labelled fields on a line; a label whose value is empty gives no field. */
export function readLabelledFields(doc: Doc, line: Line): MetaField[] {
  const labels = labelsOnLine(doc, line);
  const out: MetaField[] = [];
  const dated = labels[0] ? leadingDate(doc, line, labels[0]) : null;
  if (dated) out.push(dated);
  labels.forEach((at, k) => {
    const next = labels[k + 1];
    const span = trimmedSpan(doc, at.after, next ? next.start : line.contentEnd);
    if (span.end <= span.start) return;
    out.push({
      key: META_KEY.get(at.label) ?? 'other',
      label: doc.input.slice(at.start, at.labelEnd),
      value: doc.input.slice(span.start, span.end),
      span,
    });
  });
  return out;
}

/** A label with nothing after it on its line (its value may stand on the next line). */
export function endsWithEmptyLabel(doc: Doc, line: Line): LabelAt | null {
  const labels = labelsOnLine(doc, line);
  const last = labels[labels.length - 1];
  if (!last) return null;
  const rest = trimmedSpan(doc, last.after, line.contentEnd);
  return rest.end > rest.start ? null : last;
}

/** The value standing alone on the line after an empty label. */
export function readValueLine(doc: Doc, line: Line, label: LabelAt): MetaField | null {
  const span = trimmedSpan(doc, line.contentStart, line.contentEnd);
  if (span.end <= span.start) return null;
  return {
    key: META_KEY.get(label.label) ?? 'other',
    label: doc.input.slice(label.start, label.labelEnd),
    value: doc.input.slice(span.start, span.end),
    span,
  };
}

/**
 * A line made of a date (and time), perhaps followed by "| publisher": 2026-01-20 17:01 | 武汉市水务局.
 * Returns its fields, or null when the line is anything else.
 */
export function readDateLine(doc: Doc, line: Line): MetaField[] | null {
  if (line.contentEnd - line.contentStart > MAX_DATE_LINE) return null;
  if (!DATE_LINE_FIRST.test(doc.view[line.contentStart] ?? '')) return null;
  const text = doc.view.slice(line.contentStart, line.contentEnd);
  const lead = /^[•·●◆■*\s]{0,4}/u.exec(text)![0].length;
  if (!DATE_START.test(text.slice(lead, lead + DATE_START_MAX))) return null;
  const date = readDate(text.slice(lead));
  if (!date || date.start !== 0) return null;
  const afterDate = lead + date.end;
  const rest = text.slice(afterDate);
  const m = /^(?: {0,4}\d{1,2} {0,2}: {0,2}\d{2}(?: {0,2}: {0,2}\d{2})?)? {0,6}(?:\| {0,6}([^\s|]{2,30}))? {0,6}$/u.exec(rest);
  if (!m) return null;
  // 2023年1月10日 alone under a title is the report's own date, not the page's
  if (/[年月日]/u.test(text.slice(lead, afterDate)) && !rest.includes(':')) return null;
  const fields: MetaField[] = [];
  const timeEnd = m[1] === undefined ? text.length : afterDate + rest.indexOf('|');
  const dateSpan = trimmedSpan(doc, line.contentStart + lead, line.contentStart + timeEnd);
  fields.push({ key: 'publishedAt', label: '', value: doc.input.slice(dateSpan.start, dateSpan.end), span: dateSpan });
  if (m[1] !== undefined) {
    const at = line.contentStart + afterDate + rest.lastIndexOf(m[1]);
    const span = { start: at, end: at + m[1].length };
    fields.push({ key: 'publisher', label: '', value: doc.input.slice(span.start, span.end), span });
  }
  return fields;
}
