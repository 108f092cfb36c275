// The `reports` table: one row per parsed input, with the header, the issuer's identity, the
// counts of every list, and the warnings.
import type { Column } from './columns.js';
import { defineTable } from './columns.js';
import { okRecords, sectionCount, type DatasetInput, type ReportRecord } from './rows.js';

const issuer = (r: ReportRecord) => r.report.issuer;
const region = (r: ReportRecord) => r.report.issuer?.region ?? null;

const HEADER: Column<ReportRecord>[] = [
  { name: 'file', type: 'VARCHAR', get: (r) => r.file },
  { name: 'title', type: 'VARCHAR', get: (r) => r.report.title },
  { name: 'year', type: 'INTEGER', get: (r) => r.report.year },
  { name: 'published_at', type: 'DATE', get: (r) => r.report.publishedAt },
  { name: 'signed_at', type: 'DATE', get: (r) => r.report.signedAt },
  { name: 'addressee', type: 'VARCHAR', get: (r) => r.report.addressee },
];

const ISSUER: Column<ReportRecord>[] = [
  { name: 'issuer', type: 'VARCHAR', get: (r) => issuer(r)?.name ?? null },
  { name: 'issuer_mention', type: 'VARCHAR', get: (r) => issuer(r)?.mention ?? null },
  { name: 'issuer_source', type: 'VARCHAR', get: (r) => issuer(r)?.source ?? null },
  { name: 'issuer_level', type: 'VARCHAR', get: (r) => issuer(r)?.level ?? null },
  { name: 'issuer_kind', type: 'VARCHAR', get: (r) => issuer(r)?.kind ?? null },
  { name: 'issuer_department', type: 'VARCHAR', get: (r) => issuer(r)?.department ?? null },
  { name: 'region_code', type: 'VARCHAR', get: (r) => region(r)?.code ?? null },
  { name: 'province', type: 'VARCHAR', get: (r) => region(r)?.province ?? null },
  { name: 'prefecture', type: 'VARCHAR', get: (r) => region(r)?.prefecture ?? null },
  { name: 'county', type: 'VARCHAR', get: (r) => region(r)?.county ?? null },
  { name: 'township', type: 'VARCHAR', get: (r) => region(r)?.township ?? null },
];

const COUNTS: Column<ReportRecord>[] = [
  { name: 'sections', type: 'INTEGER', get: (r) => sectionCount(r.report.sections) },
  { name: 'metrics', type: 'INTEGER', get: (r) => r.report.metrics.length },
  { name: 'problems', type: 'INTEGER', get: (r) => r.report.problems.length },
  { name: 'plans', type: 'INTEGER', get: (r) => r.report.plans.length },
  { name: 'citations', type: 'INTEGER', get: (r) => r.report.citations.length },
  // The four items the 督察工作规定 asks of a report: how many spans carry each (0: missing).
  { name: 'parts_measures', type: 'INTEGER', get: (r) => r.report.parts.measures.length },
  { name: 'parts_shortcomings', type: 'INTEGER', get: (r) => r.report.parts.shortcomings.length },
  { name: 'parts_leaders_duty', type: 'INTEGER', get: (r) => r.report.parts.leadersDuty.length },
  { name: 'parts_next_year', type: 'INTEGER', get: (r) => r.report.parts.nextYear.length },
  { name: 'warnings', type: 'VARCHAR[]', get: (r) => r.report.warnings },
];

/** How the input was read (absent from records written by other tools: null). */
const INPUT: Column<ReportRecord>[] = [
  { name: 'input_format', type: 'VARCHAR', get: (r) => r.input?.format ?? null },
  { name: 'encoding', type: 'VARCHAR', get: (r) => r.input?.encoding ?? null },
  { name: 'bytes', type: 'BIGINT', get: (r) => r.input?.bytes ?? null },
  { name: 'chars', type: 'INTEGER', get: (r) => r.input?.chars ?? null },
];

export const REPORTS = defineTable<DatasetInput, ReportRecord>({
  name: 'reports',
  about: 'one row per parsed input: header, issuer identity, counts, warnings',
  source: okRecords,
  columns: [...HEADER, ...ISSUER, ...COUNTS, ...INPUT],
});
