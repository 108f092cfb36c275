// Records → output text: NDJSON lines, a JSON array, or CSV rows (one per metric).
import { csvRow, type CsvValue } from './csv.js';
import type { ParseRecord } from './record.js';
import { SECTION_PATH_SEPARATOR, sectionPath } from './sectionPath.js';

export const OUTPUT_FORMATS = ['ndjson', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const CSV_COLUMNS = [
  'file',
  'issuer',
  'year',
  'section_path',
  'subject',
  'value',
  'unit',
  'approx',
  'raw',
  'start',
  'end',
] as const;

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

/** The CSV rows of a record: one per metric; none for a failed input or a report without metrics. */
export function csvRows(record: ParseRecord): string {
  if (!record.ok) return '';
  const { report, file } = record;
  const issuer = report.issuer?.name ?? null;
  return report.metrics
    .map((m) => {
      const row: CsvValue[] = [
        file,
        issuer,
        report.year,
        sectionPath(report.sections, m.span).join(SECTION_PATH_SEPARATOR),
        m.subject,
        m.value,
        m.unit,
        m.approx,
        m.raw,
        m.span.start,
        m.span.end,
      ];
      return csvRow(row);
    })
    .join('');
}

/** The output of one record in `format`, without the separators between records. */
export function formatRecord(record: ParseRecord, format: OutputFormat): string {
  switch (format) {
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      // An element of the top-level array, indented one step (JSON strings hold no raw newline).
      return `  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}`;
    case 'csv':
      return csvRows(record);
  }
}
