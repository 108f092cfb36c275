// The dates the page's metadata gives: publication (发布日期, 发布时间, 公开日期, 时间 …, else
// 发文日期) and writing (成文日期, 生成日期, 印发日期, for a report no signature dates).
import { ISSUED_DATE_LABELS, META_LABELS, META_LABEL_LIST } from '../data/chromeLabels.js';
import { normalise, type Doc, type Line } from '../document.js';
import type { Chrome, MetaField } from '../pipeline.js';
import { findDates, isDateOnly, readDate } from './dates.js';
import { isOrgName } from './orgName.js';
import type { TopText } from './topText.js';

/** The first metadata date of a field `pick` accepts. */
function metaDate(doc: Doc, chrome: Chrome, pick: (field: MetaField) => boolean): string | null {
  for (const field of chrome.meta) {
    if (!pick(field)) continue;
    const date = readDate(doc.view.slice(field.span.start, field.span.end));
    if (date) return date.iso;
  }
  return null;
}

/** 发文日期 (the date a document was sent out), by its label as written. */
function isIssuedDate(field: MetaField): boolean {
  return ISSUED_DATE_LABELS.includes(normalise(field.label).replace(/ /gu, ''));
}

/** Labels of publication and of writing, longest first (发布时间 before 时间). */
const PUBLISHED_LABELS = META_LABEL_LIST.filter((l) => META_LABELS[l] === 'publishedAt');
const WRITTEN_LABELS = META_LABEL_LIST.filter((l) => META_LABELS[l] === 'writtenAt' && !ISSUED_DATE_LABELS.includes(l));
/** A page scraped into one line keeps its metadata in the line's opening characters. */
const RUN_ON_OPENING = 600;
/** The line is longer than any line of metadata (the chrome pass reads no labels there). */
const RUN_ON_LINE_MIN = 400;
/**
 * A date's label and its colon or closing bracket: 发布时间:, [ 发布日期 ], 【成文日期】. One pattern
 * for both kinds, longest first, so 成文日期 is read whole where 日期 would match inside it.
 */
const LABELLED_DATE = runOnLabels([...PUBLISHED_LABELS, ...WRITTEN_LABELS].sort((a, b) => b.length - a.length));

/** One of `labels` (tried in their order) with its colon or closing bracket, as a page scraped into one line writes its metadata: 发布时间:, [ 发布日期 ], 【来源】, 〔发布时间〕. */
export function runOnLabels(labels: readonly string[]): RegExp {
  return new RegExp(`(${labels.join('|')}) {0,2}[:\\]】〕] {0,2}`, 'gu');
}

/** True when no other line of the page holds text (a short page scraped into one line). */
function onlyLine(doc: Doc, line: Line): boolean {
  for (let i = line.index + 1; i < doc.lines.length; i++) if (doc.lines[i]!.contentEnd > doc.lines[i]!.contentStart) return false;
  return true;
}

/** The opening of a page scraped into one line: its offset and text. */
export interface RunOnOpening {
  readonly start: number;
  readonly text: string;
}

/**
 * The opening of a page scraped into one line (its first line, long or the only one), where its
 * metadata stands run on (the chrome pass reads no labels there): its offset and text; null for
 * a page of lines. Its readers ask TopText's copy, found once.
 */
export function runOnOpening(doc: Doc): RunOnOpening | null {
  const line = doc.lines.find((l) => l.contentEnd > l.contentStart);
  if (!line || (line.contentEnd - line.contentStart < RUN_ON_LINE_MIN && !onlyLine(doc, line))) return null;
  return { start: line.contentStart, text: doc.view.slice(line.contentStart, line.contentStart + RUN_ON_OPENING) };
}

/** True when `label` at `at` ends a label of the date a document was sent out (日期 of 发文日期). */
function endsIssuedLabel(text: string, at: number, label: string): boolean {
  return ISSUED_DATE_LABELS.some((k) => k.length > label.length && k.endsWith(label) && text.startsWith(k, at - (k.length - label.length)));
}

/** 发布时间:2024-03-28 (or [ 成文日期 ] 2017年03月24日) in the opening of a page scraped into one line. */
function runOnDate(runOn: RunOnOpening | null, key: 'publishedAt' | 'writtenAt'): string | null {
  const opening = runOn?.text;
  if (opening === undefined) return null;
  // 发布日期 before 发文日期 (the date the document was sent out), wherever each stands
  let issued: string | null = null;
  // the global pattern walked by exec (matchAll would copy it at every call)
  LABELLED_DATE.lastIndex = 0;
  for (let m = LABELLED_DATE.exec(opening); m !== null; m = LABELLED_DATE.exec(opening)) {
    if (META_LABELS[m[1]!] !== key) continue;
    const date = readDate(opening.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (!date || date.start !== 0) continue;
    if (!ISSUED_DATE_LABELS.includes(m[1]!) && !endsIssuedLabel(opening, m.index, m[1]!)) return date.iso;
    issued ??= date.iso;
  }
  return issued;
}

/** Fields whose value is a name: a date after it is no part of the name. */
const NAME_KEYS: ReadonlySet<MetaField['key']> = new Set(['source', 'publisher', 'author']);
/** Page furniture (字号:大 中 小, 浏览次数:12): a date after its value is no part of it either. */
const FURNITURE = /^(?:字号|字体|浏览|访问|阅读|点击)/u;

/**
 * A date closing the value of a name's field or of page furniture after a space (or, in a name's
 * field, right after the name), with no label of its own (来源:某某部网站  2020-03-31,
 * 来源:某镇人民政府2025-01-07, 【字号:大 中 小】 2020-02-20 14:31): the date the page was published.
 */
function unlabelledDate(doc: Doc, chrome: Chrome): string | null {
  for (const field of chrome.meta) {
    if (!NAME_KEYS.has(field.key) && !(field.key === 'other' && FURNITURE.test(normalise(field.label)))) continue;
    const value = doc.view.slice(field.span.start, field.span.end);
    const date = findDates(value).at(-1);
    if (!date || date.start === 0 || !isDateOnly(value.slice(date.start))) continue;
    // set apart by a space, or run on after the name itself (来源:某镇人民政府2025-01-07)
    if (value.charCodeAt(date.start - 1) === SPACE || (field.key !== 'other' && isOrgName(value.slice(0, date.start)))) return date.iso;
  }
  return null;
}

const SPACE = 0x20;

/** Lines from the top a publication stamp is looked for in, and how long such a line is at most. */
const STAMP_LINES = 8;
const STAMP_LINE_MAX = 60;
/** The time that follows a date in a publication stamp: 2025-01-23 09:30, 2020年04月02日08:57. */
const STAMP_TIME = /^ {0,3}\d{1,2}:\d{2}(?!\d)/u;
/** What sets a label off from its value: a colon, a table's bar, a bracket. */
const LABEL_MARKS = /[:|\]】]/u;

/** True when a colon stands in `view[from, to)`. */
function holdsColon(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.charCodeAt(i) === COLON) return true;
  return false;
}
const COLON = 0x3a;

/**
 * A date with its time of day on a short line near the top, with no label (a post copied from a
 * social account: 原创 某某发布 2025-01-23 09:30 广东): the date the page was published. A report's own
 * dates never carry a time.
 */
function stampedDate(doc: Doc): string | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.contentEnd === line.contentStart) continue;
    if (++seen > STAMP_LINES) break;
    // no time of day, no stamp: most lines need no slice nor date search
    if (line.contentEnd - line.contentStart > STAMP_LINE_MAX || !holdsColon(doc.view, line.contentStart, line.contentEnd)) continue;
    const text = doc.view.slice(line.contentStart, line.contentEnd);
    if (text.includes('。')) continue;
    for (const date of findDates(text)) {
      // a labelled date (生成日期 | 2026-01-16 18:00:00) is its label's, read or left by the labels' rules
      if (STAMP_TIME.test(text.slice(date.end)) && !LABEL_MARKS.test(text.slice(0, date.start))) return date.iso;
    }
  }
  return null;
}

/**
 * A date with its time of day, or followed by a metadata label, in the opening of a page scraped
 * into one line, with no label of its own (…某局2021年…报告2022-01-28 17:31:06 来源:…, …报告 2019-03-20
 * 来源:某局): the date the page was published.
 */
function runOnStamp(runOn: RunOnOpening | null): string | null {
  const opening = runOn?.text;
  if (opening === undefined || !opening.includes(':')) return null;
  for (const date of findDates(opening)) {
    if (LABEL_MARKS.test(opening.slice(Math.max(0, date.start - LABEL_REACH), date.start))) continue;
    if (STAMP_TIME.test(opening.slice(date.end, date.end + STAMP_TIME_MAX)) || labelFollows(opening, date.end)) return date.iso;
  }
  return null;
}

/** A metadata label and its colon after spaces at `at` (…2019-03-20 来源:某局, …2023-02-10 | 来源:某局). */
function labelFollows(text: string, at: number): boolean {
  let p = at;
  // spaces, perhaps a bar between them (2023-02-10 | 来源:某海关)
  while (p < text.length && p - at < LABEL_GAP && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === BAR)) p++;
  if (p === at) return false;
  const ahead = text.slice(p, p + LABEL_AHEAD);
  return META_LABEL_LIST.some((label) => ahead.startsWith(label) && ahead.charCodeAt(label.length) === COLON);
}
const LABEL_GAP = 4;
const BAR = 0x7c;
const LABEL_AHEAD = 9;
/** The longest time of day after a date (' 17:31:06'), and how far back a label before the date is looked for. */
const STAMP_TIME_MAX = 12;
const LABEL_REACH = 3;

/** The fields each date is read from (made once, not at every call). */
const isPublished = (f: MetaField): boolean => f.key === 'publishedAt';
const isIssued = (f: MetaField): boolean => f.key === 'writtenAt' && isIssuedDate(f);
const isWritten = (f: MetaField): boolean => f.key === 'writtenAt' && !isIssuedDate(f);

/** The page's publication date: 发布日期, 发布时间, 公开日期, 时间 …, else 发文日期, else a date after a source's name or page furniture. */
export function publishedAt(top: TopText): string | null {
  const { doc, chrome } = top;
  return (
    metaDate(doc, chrome, isPublished) ??
    metaDate(doc, chrome, isIssued) ??
    runOnDate(top.runOnOpening(), 'publishedAt') ??
    unlabelledDate(doc, chrome) ??
    stampedDate(doc) ??
    runOnStamp(top.runOnOpening())
  );
}

/** The date the metadata says the report was written: 成文日期, 生成日期, 印发日期. */
export function writtenAt(top: TopText): string | null {
  return metaDate(top.doc, top.chrome, isWritten) ?? runOnDate(top.runOnOpening(), 'writtenAt');
}
