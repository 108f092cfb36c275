// CSV through csv-stringify (RFC 4180, CRLF records): fields with a comma, a quote, CR or LF are
// quoted. A text cell that starts with =, +, -, @, tab or CR is neutralised with a leading ' (as
// OWASP advises against formula injection), so a spreadsheet shows it as text instead of running
// it. Every CSV the package writes goes through csvRows.
import { createRequire } from 'node:module';
import type { Options } from 'csv-stringify/sync';

type Stringify = typeof import('csv-stringify/sync').stringify;
let stringify: Stringify | undefined;

/** csv-stringify, loaded on the first CSV row: an NDJSON batch never pays for it. */
function stringifier(): Stringify {
  stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as { stringify: Stringify }).stringify;
  return stringify;
}

export type CsvValue = string | number | null;

/** A column: its header name and how a row's value is read. */
export interface CsvColumn<Row> {
  readonly name: string;
  readonly get: (row: Row) => CsvValue;
}

const OPTIONS: Options = {
  escape_formulas: true,
  record_delimiter: 'windows',
  // csv-stringify quotes a field holding the record delimiter (CRLF), not a lone CR or LF.
  quoted_match: /[\r\n]/,
};

/** Rows of values → CSV text, one CRLF-ended record per row. */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length === 0 ? '' : stringifier()(rows as CsvValue[][], OPTIONS);
}

/** The header line of `columns`. */
export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvRows([columns.map((c) => c.name)]);
}

/** The CSV records of `rows` under `columns`. */
export function csvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvRows(rows.map((row) => columns.map((c) => c.get(row))));
}
