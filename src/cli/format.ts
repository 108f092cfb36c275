// Records → output text: NDJSON lines, a JSON array, or CSV rows (see csvColumns.ts).
import { csvHeader as header, csvTable } from './csv.js';
import { CSV_COLUMNS, metricRows } from './csvColumns.js';
import type { ParseRecord } from './record.js';

export const OUTPUT_FORMATS = ['ndjson', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function csvHeader(): string {
  return header(CSV_COLUMNS);
}

/** The CSV rows of a record: one per metric; one for a failed input or a report without metrics. */
export function csvRows(record: ParseRecord): string {
  return csvTable(CSV_COLUMNS, metricRows(record));
}

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * JSON text that splits on \n only: U+2028 and U+2029 (line breaks to JavaScript before ES2019,
 * to Python's str.splitlines and others) written as \u escapes. JSON.stringify already escapes
 * lone surrogates and every control character.
 */
export function safeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return json.includes('\u2028') || json.includes('\u2029')
    ? json.replace(LINE_SEPARATORS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))
    : json;
}

/** The output of one record in `format`, without the separators between records. */
export function formatRecord(record: ParseRecord, format: OutputFormat): string {
  switch (format) {
    case 'ndjson':
      return `${safeJson(record)}\n`;
    case 'json':
      // An element of the top-level array, indented one step (JSON strings hold no raw newline).
      return `  ${safeJson(record, 2).replaceAll('\n', '\n  ')}`;
    case 'csv':
      return csvRows(record);
  }
}
