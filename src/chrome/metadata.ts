// Reads metadata fields from a chrome line: "来源:政宣科  发布日期: 2022-03-11  访问量:",
// "[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2021-11-30", "• 索引号:1137…", and the unlabeled
// date line "2026-01-20 17:01  |  武汉市水务局".
import { META_LABELS, META_LABEL_LIST } from '../data/chromeLabels.js';
import type { Doc, Line } from '../document.js';
import type { MetaField } from '../pipeline.js';
import { readDate } from '../header/dates.js';

const LABEL_BEFORE = new Set([' ', '[', '【', '|', '•', '·', ']', '】', '●', '◆', '■', '*']);
const LABEL_AFTER = new Set([':', ']', '】']);

export interface LabelAt {
  readonly label: string;
  /** Offset of the label in the view. */
  readonly start: number;
  /** Offset just past the label's colon or closing bracket. */
  readonly after: number;
}

/** The metadata label starting at `i` (with its colon or bracket after it), if any. */
function labelAt(view: string, i: number, lineStart: number, lineEnd: number): LabelAt | null {
  if (i > lineStart && !LABEL_BEFORE.has(view[i - 1]!)) return null;
  for (const label of META_LABEL_LIST) {
    if (!view.startsWith(label, i)) continue;
    let j = i + label.length;
    while (j < lineEnd && view[j] === ' ') j++;
    if (j < lineEnd && LABEL_AFTER.has(view[j]!)) return { label, start: i, after: j + 1 };
  }
  return null;
}

/** Every metadata label on the line, in order. */
export function labelsOnLine(doc: Doc, line: Line): LabelAt[] {
  const out: LabelAt[] = [];
  const { view } = doc;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const at = labelAt(view, i, line.contentStart, line.contentEnd);
    if (at) {
      out.push(at);
      i = at.after - 1;
    }
  }
  return out;
}

/** True when the line's content begins with a metadata label (after a bullet or bracket). */
export function startsWithLabel(doc: Doc, line: Line): boolean {
  const labels = labelsOnLine(doc, line);
  const first = labels[0];
  if (!first) return false;
  const lead = doc.view.slice(line.contentStart, first.start);
  return /^[\s[【•·●◆■*]{0,6}$/u.test(lead);
}

function trimmedSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s[\]【】|]/u.test(doc.view[s]!)) s++;
  while (e > s && /[\s[\]【】|]/u.test(doc.view[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The labelled fields on a line; a label whose value is empty gives no field. */
export function readLabelledFields(doc: Doc, line: Line): MetaField[] {
  const labels = labelsOnLine(doc, line);
  const out: MetaField[] = [];
  labels.forEach((at, k) => {
    const next = labels[k + 1];
    const span = trimmedSpan(doc, at.after, next ? next.start : line.contentEnd);
    if (span.end <= span.start) return;
    out.push({
      key: META_LABELS[at.label] ?? 'other',
      label: doc.input.slice(at.start, at.start + at.label.length),
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
    key: META_LABELS[label.label] ?? 'other',
    label: doc.input.slice(label.start, label.start + label.label.length),
    value: doc.input.slice(span.start, span.end),
    span,
  };
}

/**
 * A line made of a date (and time), perhaps followed by "| publisher": 2026-01-20 17:01 | 武汉市水务局.
 * Returns its fields, or null when the line is anything else.
 */
export function readDateLine(doc: Doc, line: Line): MetaField[] | null {
  const text = doc.view.slice(line.contentStart, line.contentEnd);
  const lead = /^[•·●◆■*\s]{0,4}/u.exec(text)![0].length;
  const date = readDate(text.slice(lead));
  if (!date || date.start !== 0) return null;
  const afterDate = lead + date.end;
  const rest = text.slice(afterDate);
  const m = /^(?: {0,4}\d{1,2} {0,2}: {0,2}\d{2}(?: {0,2}: {0,2}\d{2})?)? {0,6}(?:\| {0,6}([^\s|]{2,30}))? {0,6}$/u.exec(rest);
  if (!m) return null;
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
