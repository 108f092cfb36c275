// Whether a cell fits its column: checked for every cell of a record before any goes in.
import type { ColumnType, Value } from './columns.js';

/** A cell whose type does not fit its column: the record's rows are refused before any goes in. */
export class DatasetRowError extends TypeError {
  constructor(table: string, column: string, type: ColumnType, value: Value) {
    super(`${table}.${column}: a ${type} column cannot hold ${JSON.stringify(value)}`);
    this.name = 'DatasetRowError';
  }
}

const INT32_MAX = 2 ** 31 - 1;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written yyyy-MM-dd (DuckDB would refuse 2023-02-30 mid-row). */
function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** Whether a cell fits a column of `type` (null fits any). */
export function fits(type: ColumnType, value: Value): boolean {
  if (value === null) return true;
  switch (type) {
    case 'VARCHAR':
      return typeof value === 'string';
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value);
    case 'INTEGER':
      return Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX;
    case 'BIGINT':
      return Number.isSafeInteger(value);
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value);
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'VARCHAR[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}
