// RFC 4180 CSV: fields with a comma, a double quote, CR or LF are quoted, quotes doubled; records
// end with CRLF.

const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
