// The thin DuckDB side of the dataset: opens the database, creates the tables of tables.ts (or
// checks them, to append), and appends each record's rows through DuckDB's appender, all in one
// transaction: a run that fails leaves the database as it was. DuckDB's official Node client
// (@duckdb/node-api) is an optional dependency, loaded on first use.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DatasetRowError } from './cells.js';
import type { Table, Value } from './columns.js';
import type { DatasetInput } from './rows.js';
import {
  commentSql,
  copyToParquetSql,
  CREATE_PANEL_SQL,
  createTableSql,
  DROP_PANEL_SQL,
  dropTableSql,
  PANEL_VIEW,
  TABLE_COLUMNS_SQL,
} from './sql.js';
import { TableAppender } from './tableAppender.js';
import { OPTIONAL_TABLES, TABLES } from './tables.js';

type DuckDB = typeof import('@duckdb/node-api');

export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** DuckDB's client is not installed, or cannot load on this platform. */
export class DuckDBUnavailableError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(
      `the dataset command needs DuckDB's Node client, the optional package ${DUCKDB_PACKAGE}, and it could not be loaded (${reason}).\n` +
        `Install it next to fazhi-report:  npm install ${DUCKDB_PACKAGE}\n` +
        '(npm installs it with fazhi-report unless optional dependencies are left out, as with --omit=optional; ' +
        'it ships prebuilt binaries for Linux, macOS and Windows on x64 and arm64.)',
    );
    this.name = 'DuckDBUnavailableError';
  }
}

/** The database cannot be opened, or an --append target has other tables than this version makes. */
export class DatasetTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetTargetError';
  }
}

export { DatasetRowError };

/** Throws DuckDBUnavailableError at once when @duckdb/node-api is not installed (a lookup, no load). */
export function checkDuckDBInstalled(): void {
  try {
    const specifier: string = DUCKDB_PACKAGE;
    createRequire(import.meta.url).resolve(specifier);
  } catch (error) {
    throw new DuckDBUnavailableError(error);
  }
}

/**
 * Loads @duckdb/node-api (CommonJS) with require: half the CPU of import(), which scans each of
 * its hundred modules for named exports. Throws DuckDBUnavailableError when it cannot.
 */
export function loadDuckDB(): DuckDB {
  try {
    // Resolved by Node at run time: the bundler leaves a require of a variable alone.
    const specifier: string = DUCKDB_PACKAGE;
    return createRequire(import.meta.url)(specifier) as DuckDB;
  } catch (error) {
    throw new DuckDBUnavailableError(error);
  }
}

export interface DatasetOptions {
  /** Add to the tables already there (they must have this version's columns); else replace them. */
  append: boolean;
  /** Tables besides TABLES whose rows come at the end of the run (see appendRows), such as keywords. */
  extra?: readonly Table<never>[];
}


export class DatasetWriter {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly sinks: TableAppender[],
    private readonly extras: TableAppender[],
  ) {}

  /** Opens (or creates) the database at `path` and starts the transaction the run writes in. */
  static async open(path: string, options: DatasetOptions): Promise<DatasetWriter> {
    const duckdb = loadDuckDB();
    let instance: DuckDBInstance;
    try {
      instance = await duckdb.DuckDBInstance.create(path);
    } catch (error) {
      throw new DatasetTargetError(`cannot open ${path} as a DuckDB database: ${(error as Error).message}`);
    }
    const connection = await instance.connect();
    try {
      await connection.run('BEGIN TRANSACTION');
      const extra = options.extra ?? [];
      if (options.append) await ensureTables(connection, path, [...TABLES, ...extra]);
      else await replaceTables(connection, extra);
      const sink = async (table: Table<never>) => new TableAppender(table, await connection.createAppender(table.name), duckdb);
      const sinks: TableAppender[] = [];
      for (const table of TABLES) sinks.push(await sink(table));
      const extras: TableAppender[] = [];
      for (const table of extra) extras.push(await sink(table));
      return new DatasetWriter(instance, connection, sinks, extras);
    } catch (error) {
      connection.closeSync();
      instance.closeSync();
      throw error;
    }
  }

  /**
   * Appends the rows of one record to every table; throws DatasetRowError, having appended none,
   * when a cell does not fit its column.
   */
  add(input: DatasetInput): void {
    const { sinks } = this;
    const rows = TABLES.map((table) => table.rows(input));
    for (let t = 0; t < sinks.length; t++) for (const row of rows[t]!) sinks[t]!.check(row);
    for (let t = 0; t < sinks.length; t++) for (const row of rows[t]!) sinks[t]!.append(row);
  }

  /** Appends rows to one of the `extra` tables; a row that does not fit throws DatasetRowError. */
  appendRows(name: string, rows: Iterable<Value[]>): void {
    const sink = this.extras.find((s) => s.table.name === name);
    if (!sink) throw new Error(`no table ${name} was opened for this run`);
    for (const row of rows) {
      sink.check(row);
      sink.append(row);
    }
  }

  /** Rows appended to each table by this run. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.sinks, ...this.extras].map((s) => [s.table.name, s.rows]));
  }

  /** Flushes, makes the panel view, commits, writes the Parquet files, and closes the database. */
  async finish(parquetDir?: string): Promise<void> {
    try {
      for (const sink of [...this.sinks, ...this.extras]) sink.close();
      await this.connection.run(CREATE_PANEL_SQL);
      await this.connection.run('COMMIT');
      if (parquetDir !== undefined) await this.writeParquet(parquetDir);
    } finally {
      this.connection.closeSync();
      this.instance.closeSync();
    }
  }

  /** Gives up: nothing of this run stays in the database. */
  async abort(): Promise<void> {
    try {
      await this.connection.run('ROLLBACK');
    } finally {
      this.connection.closeSync();
      this.instance.closeSync();
    }
  }

  private async writeParquet(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    for (const name of [...TABLES.map((t) => t.name), ...this.extras.map((s) => s.table.name), PANEL_VIEW]) {
      await this.connection.run(copyToParquetSql(name, join(dir, `${name}.parquet`)));
    }
  }
}

async function replaceTables(connection: DuckDBConnection, extra: readonly Table<never>[]): Promise<void> {
  await connection.run(DROP_PANEL_SQL);
  for (const table of OPTIONAL_TABLES) await connection.run(dropTableSql(table.name));
  for (const table of [...TABLES, ...extra]) {
    await connection.run(dropTableSql(table.name));
    await connection.run(createTableSql(table, false));
    await connection.run(commentSql(table));
  }
}

/** Creates the tables that are missing; refuses a table whose columns are not this version's. */
async function ensureTables(connection: DuckDBConnection, path: string, tables: readonly Table<never>[]): Promise<void> {
  for (const table of tables) {
    const reader = await connection.runAndReadAll(TABLE_COLUMNS_SQL, [table.name]);
    const found = reader.getRows().map(([name, type]) => `${String(name)} ${String(type)}`);
    if (found.length === 0) {
      await connection.run(createTableSql(table, true));
      await connection.run(commentSql(table));
      continue;
    }
    const expected = table.columns.map((c) => `${c.name} ${c.type}`);
    if (found.join(', ') !== expected.join(', ')) {
      throw new DatasetTargetError(
        `cannot --append to ${path}: its table ${table.name} has other columns than this version of fazhi-report writes ` +
          `(${found.join(', ')}); run without --append to rebuild it`,
      );
    }
  }
}
