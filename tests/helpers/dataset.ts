// What the subprocess tests of `fazhi-report dataset` share: the built CLI, the fixtures, and
// DuckDB's client to read the database back.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = process.env.FAZHI_CLI ?? join(ROOT, 'dist', 'cli.js');
/** fixtures/*.txt, sorted, as absolute paths. */
export const FIXTURES = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(ROOT, 'fixtures', f));

/** A package, or null where it truly cannot load here (the suites that need it are then skipped, and say so). */
export function optional<T>(name: string): T | null {
  try {
    return createRequire(import.meta.url)(name) as T;
  } catch {
    return null;
  }
}

type DuckDB = typeof import('@duckdb/node-api');
export const duckdb = optional<DuckDB>('@duckdb/node-api');

/** Runs SQL on a database and closes it again (the CLI needs the file to itself). */
export async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await duckdb!.DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
