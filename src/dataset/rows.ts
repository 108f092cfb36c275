// A parse record → the row sources of each table: the report itself, its sections in document
// order with their paths, and each list (metrics, problems, plans, citations) with the section
// path of every entry. Pure: no I/O, no DuckDB.
import type { Report, Section, Span } from '../index.js';
import { SECTION_PATH_SEPARATOR, sectionsAt } from '../cli/sectionPath.js';

/** How the input was read (the record's `input`; absent from records of other tools). */
export interface InputSummary {
  format: string;
  encoding: string;
  bytes: number;
  chars: number;
  /** The text parsed (parse --with-text). */
  text?: string | undefined;
}

/** A parsed input as `fazhi-report parse` writes it (an OkRecord). */
export interface ReportRecord {
  file: string;
  ok: true;
  input?: InputSummary | undefined;
  report: Report;
  /** Each section's words (parse --words), as written; checked where they are read. */
  words?: unknown;
}

/** An input that failed (an ErrorRecord; codes from elsewhere are kept as they are). */
export interface FailedRecord {
  file: string;
  ok: false;
  error: { code: string; message: string };
}

/** What the dataset is built from: the records `fazhi-report parse` writes, one per input. */
export type DatasetInput = ReportRecord | FailedRecord;

/** An entry of one of a report's lists, with the record it came from and its place in the list. */
export interface Child<T> {
  /** The record's key (its `file`, or the `id` of an --ndjson-in line). */
  file: string;
  report: Report;
  /** 1 for the first entry of the list. */
  seq: number;
  item: T;
}

/** A section with its place in the tree. */
export interface SectionRow {
  section: Section;
  /** Marker and title of the section and every section above it, outermost first. */
  path: string;
  /** The path of the section it belongs to, or null at the top. */
  parentPath: string | null;
}

export function okRecords(input: DatasetInput): ReportRecord[] {
  return input.ok ? [input] : [];
}

export function errorRecords(input: DatasetInput): FailedRecord[] {
  return input.ok ? [] : [input];
}

/** The entries of `list(report)` for an ok record, numbered from 1; none for a failed input. */
export function children<T>(list: (report: Report) => readonly T[]): (input: DatasetInput) => Child<T>[] {
  return (input) => (input.ok ? list(input.report).map((item, i) => ({ file: input.file, report: input.report, seq: i + 1, item })) : []);
}

/** Every section of the tree in document order (a section before its children). */
export function flattenSections(sections: readonly Section[]): SectionRow[] {
  const out: SectionRow[] = [];
  const visit = (level: readonly Section[], parentPath: string | null): void => {
    for (const section of level) {
      const own = `${section.marker}${section.title}`;
      const path = parentPath === null ? own : `${parentPath}${SECTION_PATH_SEPARATOR}${own}`;
      out.push({ section, path, parentPath });
      visit(section.children, path);
    }
  };
  visit(sections, null);
  return out;
}

/** The path of each section of a report, made once per report and shared by every entry in it. */
const pathsOfReport = new WeakMap<Report, Map<Section, string>>();

function pathsOf(report: Report): Map<Section, string> {
  let paths = pathsOfReport.get(report);
  if (!paths) {
    paths = new Map(flattenSections(report.sections).map((row) => [row.section, row.path]));
    pathsOfReport.set(report, paths);
  }
  return paths;
}

/** The section path of a span in a report, as in the CSV output ("" outside every section). */
export function pathOf(report: Report, span: Span): string {
  const innermost = sectionsAt(report.sections, span).at(-1);
  return innermost ? pathsOf(report).get(innermost)! : '';
}

/** Number of sections at every level. */
export function sectionCount(sections: readonly Section[]): number {
  let n = 0;
  for (const section of sections) n += 1 + sectionCount(section.children);
  return n;
}
