// One table's rows on their way into DuckDB's appender: each cell checked against its column
// first (a record's rows go in whole or not at all), then appended with the call its type takes.
import type { DuckDBAppender } from '@duckdb/node-api';
import { DatasetRowError, fits } from './cells.js';
import type { ColumnType, Table, Value } from './columns.js';

type DuckDB = typeof import('@duckdb/node-api');
type Append = (appender: DuckDBAppender, value: Exclude<Value, null>) => void;

/**
 * Rows kept in the appender before it hands them to the table. DuckDB's own threshold is 100
 * chunks (204,800 rows), so a run of a few thousand reports did all of that work at the end, after
 * the last parse; handing them on every few chunks does it while the workers still parse.
 */
const FLUSH_ROWS = 8 * 2048;

/** How a cell that fits (see fits) goes into the appender. */
function appendFor(type: ColumnType, duckdb: DuckDB): Append {
  switch (type) {
    case 'VARCHAR':
    case 'DATE':
      return (a, v) => a.appendVarchar(v as string);
    case 'INTEGER':
      return (a, v) => a.appendInteger(v as number);
    case 'BIGINT':
      return (a, v) => a.appendBigInt(BigInt(v as number));
    case 'DOUBLE':
      return (a, v) => a.appendDouble(v as number);
    case 'BOOLEAN':
      return (a, v) => a.appendBoolean(v as boolean);
    case 'VARCHAR[]': {
      const listType = duckdb.LIST(duckdb.VARCHAR);
      return (a, v) => a.appendList(v as string[], listType);
    }
  }
}

export class TableAppender {
  private readonly types: ColumnType[];
  private readonly appends: Append[];
  /** Rows appended by this run. */
  rows = 0;
  private unflushed = 0;

  constructor(
    readonly table: Table<never>,
    private readonly appender: DuckDBAppender,
    duckdb: DuckDB,
  ) {
    this.types = table.columns.map((c) => c.type);
    this.appends = this.types.map((type) => appendFor(type, duckdb));
  }

  /** Throws DatasetRowError when a cell of `row` does not fit its column. */
  check(row: readonly Value[]): void {
    const { types } = this;
    for (let i = 0; i < types.length; i++) {
      if (!fits(types[i]!, row[i]!)) throw new DatasetRowError(this.table.name, this.table.columns[i]!.name, types[i]!, row[i]!);
    }
  }

  /** Appends a checked row. */
  append(row: readonly Value[]): void {
    const { appender, appends } = this;
    for (let i = 0; i < appends.length; i++) {
      const value = row[i]!;
      if (value === null) appender.appendNull();
      else appends[i]!(appender, value);
    }
    appender.endRow();
    this.rows += 1;
    if (++this.unflushed === FLUSH_ROWS) {
      appender.flushSync();
      this.unflushed = 0;
    }
  }

  /** Hands the last rows to the table and closes the appender. */
  close(): void {
    this.appender.flushSync();
    this.appender.closeSync();
  }
}
