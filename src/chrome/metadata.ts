// Reads metadata fields from a chrome line: "来源:政宣科  发布日期: 2022-03-11  访问量:",
// "[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2021-11-30", "• 索引号:1137…", and the unlabeled
// date line "2026-01-20 17:01  |  武汉市水务局".
import { META_LABELS } from '../data/chromeLabels.js';
import type { Doc, Line } from '../document.js';
import { labelAt, scanLabels, type LabelAt } from './labels.js';
import type { MetaField } from '../pipeline.js';
import { isDateOnly, readDate } from '../header/dates.js';
import { CN_YEAR_DIGITS } from '../data/yearPattern.js';
import { bitTable, inBitTable, isAsciiDigit, isHan, isWhiteSpace } from '../charTable.js';
import { DOC_NUMBER_SOURCE } from '../citations/docNumber.js';

/** Longest line read as a date line. */
const MAX_DATE_LINE = 120;

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
  // a label alone on its line: a table whose cells stand on lines of their own (发布机构 / 某局)
  if (row.length === 1 && first.labelEnd === line.contentEnd) return { labels: row, marked: false };
  const gap = doc.view.slice(first.labelEnd, first.after);
  return row.length >= 2 || gap.length >= CELL_GAP || doc.input[first.labelEnd] === '\t' ? { labels: row, marked: false } : NO_LABELS;
}

/** True when the labels on the line are marked by colons or brackets (not a bare table row). */
export function hasMarkedLabels(doc: Doc, line: Line): boolean {
  return readLabels(doc, line).marked;
}

const LEAD_BULLETS = 6;
const LEAD_CHARS = new Set([' ', '[', '【', '〔', '(', '•', '·', '●', '◆', '■', '*', '-', '|'].map((c) => c.charCodeAt(0)));
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
  const c = view.charCodeAt(p);
  if (isHan(c) && docNumberLead(view, p, line.contentEnd) > 0) return true;
  // a date opens with a digit of its year: any other line is passed without a slice and a pattern
  if (!isAsciiDigit(c) && !CN_YEAR_DIGITS.includes(view[p]!)) return false;
  return DATE_START.test(view.slice(p, Math.min(line.contentEnd, p + DATE_START_MAX)));
}

/** True when the line's content begins with a metadata label (after a bullet or bracket). */
export function startsWithLabel(doc: Doc, line: Line): boolean {
  if (!mayStartWithLabel(doc, line)) return false;
  const labels = labelsOnLine(doc, line);
  const first = labels[0];
  if (!first) return false;
  const lead = doc.view.slice(line.contentStart, first.start);
  // or a document number and its spaces, the whole lead (宣政办秘〔2023〕9号  发布时间:…)
  const numbered = first.start > line.contentStart && docNumberLead(doc.view, line.contentStart, line.contentEnd) === first.start - line.contentStart;
  return LABEL_LEAD.test(lead) || numbered || leadingDate(doc, line, first) !== null;
}

/** A document number and the spaces after it (at least one), read at an offset. */
const DOC_NUMBER_AT = new RegExp(`${DOC_NUMBER_SOURCE} {1,6}`, 'uy');

/** The brackets a document number's year stands in, and how far the issuer's name before them may reach. */
const YEAR_BRACKETS = bitTable('〔[(【');
const DOC_ISSUER_MAX = 10;

/** The length of a document number and its spaces at `p`, or 0. */
function docNumberLead(view: string, p: number, end: number): number {
  // the year's bracket stands within the issuer's ten characters: most lines are passed without the regex
  let k = p + 1;
  while (k < end && k <= p + DOC_ISSUER_MAX && !inBitTable(YEAR_BRACKETS, view.charCodeAt(k))) k++;
  if (k >= end || k > p + DOC_ISSUER_MAX) return 0;
  DOC_NUMBER_AT.lastIndex = p;
  const m = DOC_NUMBER_AT.exec(view);
  return m && p + m[0].length < end ? m[0].length : 0;
}

/** What may stand before a line's first label: bullets, brackets, spaces. */
const LABEL_LEAD = /^[\s[【〔(•·●◆■*|-]{0,6}$/u;
/** Bullets and spaces before a leading date. */
const DATE_BULLETS = /^[•·●◆■*]{0,4} {0,4}/u;
const BRACKETS = ['[', ']', '【', '】', '〔', '〕', '|'].map((c) => c.charCodeAt(0));
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

/** True when the line is a label alone (发布机构, [ 生成日期 ]), whose value stands on the next line. */
export function isLabelAlone(doc: Doc, line: Line): boolean {
  const labels = labelsOnLine(doc, line);
  if (labels.length !== 1) return false;
  const { start, after } = labels[0]!;
  const before = trimmedSpan(doc, line.contentStart, start);
  const rest = trimmedSpan(doc, after, line.contentEnd);
  return before.end === before.start && rest.end === rest.start;
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

/** What may follow a date line's date: a time, then "| publisher". */
const DATE_LINE_REST = /^(?: {0,4}\d{1,2} {0,2}: {0,2}\d{2}(?: {0,2}: {0,2}\d{2})?)? {0,6}(?:\| {0,6}([^\s|]{2,30}))? {0,6}$/u;
/**
 * Or, after a time (a post's stamp), the publisher set apart by spaces and perhaps a counter:
 * 2022-01-20 10:05:31 某某街道办事处 阅读次数:96.
 */
const STAMP_LINE_REST = /^ {1,4}\d{1,2} {0,2}: {0,2}\d{2}(?: {0,2}: {0,2}\d{2})? {1,6}([^\s|:]{2,30})(?: {1,6}(?:阅读|浏览|点击|访问)[^\s:]{0,4} {0,2}:[ \d]{0,12})? {0,6}$/u;

/**
 * A post's stamp with its publisher first, as a social-media article gives it: the account or
 * body, the date and time, perhaps the province it was posted from (某街道办事处 2022-01-21 19:30 广东).
 */
const NAME_STAMP = /^([^\s\d|:]{2,30}) {1,4}(\d{4}-\d{1,2}-\d{1,2} {1,2}\d{1,2}:\d{2})(?: {1,4}[\u4e00-\u9fff]{2,3})?$/u;
/** Every such line ends with a digit or a Chinese character: most lines end otherwise or are long. */
const NAME_STAMP_MAX = 50;

/** The publisher and the date of a post's stamp that names its publisher first, or null. */
function nameStampLine(doc: Doc, line: Line): MetaField[] | null {
  const last = doc.view.charCodeAt(line.contentEnd - 1);
  if (line.contentEnd - line.contentStart > NAME_STAMP_MAX || (!isAsciiDigit(last) && !isHan(last))) return null;
  const m = NAME_STAMP.exec(doc.view.slice(line.contentStart, line.contentEnd));
  if (!m) return null;
  const name = { start: line.contentStart, end: line.contentStart + m[1]!.length };
  const dateAt = line.contentStart + m[0].indexOf(m[2]!, m[1]!.length);
  const date = { start: dateAt, end: dateAt + m[2]!.length };
  return [
    { key: 'publishedAt', label: '', value: doc.input.slice(date.start, date.end), span: date },
    { key: 'publisher', label: '', value: doc.input.slice(name.start, name.end), span: name },
  ];
}

/**
 * A line made of a date (and time), perhaps followed by "| publisher": 2026-01-20 17:01 | 武汉市水务局.
 * Returns its fields, or null when the line is anything else.
 */
export function readDateLine(doc: Doc, line: Line): MetaField[] | null {
  if (line.contentEnd - line.contentStart > MAX_DATE_LINE) return null;
  if (!DATE_LINE_FIRST.test(doc.view[line.contentStart] ?? '')) return nameStampLine(doc, line);
  const text = doc.view.slice(line.contentStart, line.contentEnd);
  const lead = /^[•·●◆■*\s]{0,4}/u.exec(text)![0].length;
  if (!DATE_START.test(text.slice(lead, lead + DATE_START_MAX))) return null;
  const date = readDate(text.slice(lead));
  if (!date || date.start !== 0) return null;
  const afterDate = lead + date.end;
  const rest = text.slice(afterDate);
  const m = DATE_LINE_REST.exec(rest) ?? STAMP_LINE_REST.exec(rest);
  if (!m) return null;
  // 2023年1月10日 alone under a title is the report's own date, not the page's
  if (/[年月日]/u.test(text.slice(lead, afterDate)) && !rest.includes(':')) return null;
  const fields: MetaField[] = [];
  // the date (and time) end at the bar, or where the publisher set apart by spaces starts
  const timeEnd = m[1] === undefined ? text.length : afterDate + (rest.includes('|') ? rest.indexOf('|') : rest.indexOf(m[1]));
  const dateSpan = trimmedSpan(doc, line.contentStart + lead, line.contentStart + timeEnd);
  fields.push({ key: 'publishedAt', label: '', value: doc.input.slice(dateSpan.start, dateSpan.end), span: dateSpan });
  if (m[1] !== undefined) {
    const at = line.contentStart + afterDate + rest.lastIndexOf(m[1]);
    const span = { start: at, end: at + m[1].length };
    fields.push({ key: 'publisher', label: '', value: doc.input.slice(span.start, span.end), span });
  }
  return fields;
}
