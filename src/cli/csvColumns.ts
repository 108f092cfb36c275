// The columns of `parse --format csv`, by name: one row per metric; a report without metrics and a
// failed input get one row each, so every input has a row. To add a column, add an entry (new
// columns go at the end: older readers may still count positions).
import type { Metric, Report, Section } from '../index.js';
import type { CsvColumn, CsvValue } from './csv.js';
import type { ParseRecord } from './record.js';
import { SECTION_PATH_SEPARATOR, sectionsAt } from './sectionPath.js';

/** One CSV row: a record, and one of its metrics (null for a row without one). */
export interface MetricRow {
  record: ParseRecord;
  metric: Metric | null;
  /** The sections that contain the metric, outermost first. */
  sections: readonly Section[];
}

const report = (row: MetricRow): Report | null => (row.record.ok ? row.record.report : null);
const issuer = (row: MetricRow): Report['issuer'] => report(row)?.issuer ?? null;
const region = (row: MetricRow): NonNullable<Report['issuer']>['region'] => issuer(row)?.region ?? null;
const metric = <K extends keyof Metric>(key: K) => (row: MetricRow): CsvValue => (row.metric?.[key] ?? null) as CsvValue;

export const CSV_COLUMNS: readonly CsvColumn<MetricRow>[] = [
  { name: 'file', get: (row) => row.record.file },
  { name: 'issuer', get: (row) => issuer(row)?.name ?? null },
  { name: 'year', get: (row) => report(row)?.year ?? null },
  { name: 'section_path', get: (row) => (row.metric ? row.sections.map((s) => `${s.marker}${s.title}`).join(SECTION_PATH_SEPARATOR) : null) },
  { name: 'subject', get: metric('subject') },
  { name: 'value', get: metric('value') },
  { name: 'unit', get: metric('unit') },
  { name: 'approx', get: metric('approx') },
  { name: 'raw', get: metric('raw') },
  { name: 'start', get: (row) => row.metric?.span.start ?? null },
  { name: 'end', get: (row) => row.metric?.span.end ?? null },
  { name: 'ok', get: (row) => String(row.record.ok) },
  { name: 'error_code', get: (row) => (row.record.ok ? null : row.record.error.code) },
  { name: 'error_message', get: (row) => (row.record.ok ? null : row.record.error.message) },
  { name: 'issuer_level', get: (row) => issuer(row)?.level ?? null },
  { name: 'issuer_kind', get: (row) => issuer(row)?.kind ?? null },
  { name: 'issuer_department', get: (row) => issuer(row)?.department ?? null },
  { name: 'region_code', get: (row) => region(row)?.code ?? null },
  { name: 'region_province', get: (row) => region(row)?.province ?? null },
  { name: 'region_prefecture', get: (row) => region(row)?.prefecture ?? null },
  { name: 'region_county', get: (row) => region(row)?.county ?? null },
  { name: 'citations', get: (row) => report(row)?.citations.length ?? null },
  { name: 'metrics', get: (row) => report(row)?.metrics.length ?? null },
  { name: 'metric_kind', get: metric('kind') },
  { name: 'indicator', get: metric('indicator') },
  { name: 'section_topic', get: (row) => (row.metric ? (row.sections.findLast((s) => s.topic !== null)?.topic ?? null) : null) },
];

/** The rows of a record: one per metric, or one alone. */
export function metricRows(record: ParseRecord): MetricRow[] {
  if (!record.ok || record.report.metrics.length === 0) return [{ record, metric: null, sections: [] }];
  const { sections } = record.report;
  return record.report.metrics.map((m) => ({ record, metric: m, sections: sectionsAt(sections, m.span) }));
}
