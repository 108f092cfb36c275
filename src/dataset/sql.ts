// The SQL the writer runs, built only from the fixed table and column names of tables.ts (and,
// for COPY, the --parquet directory the user named): never from a report's content, which goes in
// through the appender.
import type { Table } from './columns.js';

/** A fixed identifier, quoted (every name here is a lower-case constant). */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal: for the COPY target, the one statement DuckDB takes no parameter in. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export const PANEL_VIEW = 'panel';

/**
 * One row per report, indicator and unit (行政复议纠错率 12% and 纠错 5件 share an id; `kind`
 * follows from the unit): the first such figure in the report and how many it has. Changes (同比增长 15%) are left out: they say by
 * how much a count moved, not the count.
 */
const PANEL_SELECT = `
SELECT r.file, r.issuer, r.issuer_level, r.issuer_kind, r.issuer_department,
       r.region_code, r.province, r.prefecture, r.county, r.year,
       m.indicator, m.kind, m.unit,
       arg_min(m.value, m.seq) AS value,
       count(*)::INTEGER AS figures
FROM metrics AS m JOIN reports AS r USING (file)
WHERE m.indicator IS NOT NULL AND m.kind <> 'change'
GROUP BY ALL`;

export function createTableSql(table: Table<never>, ifNotExists: boolean): string {
  const columns = table.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
  return `CREATE TABLE ${ifNotExists ? 'IF NOT EXISTS ' : ''}${ident(table.name)} (${columns})`;
}

export function commentSql(table: Table<never>): string {
  return `COMMENT ON TABLE ${ident(table.name)} IS ${literal(table.about)}`;
}

export function dropTableSql(name: string): string {
  return `DROP TABLE IF EXISTS ${ident(name)}`;
}

export const DROP_PANEL_SQL = `DROP VIEW IF EXISTS ${ident(PANEL_VIEW)}`;
export const CREATE_PANEL_SQL = `CREATE OR REPLACE VIEW ${ident(PANEL_VIEW)} AS ${PANEL_SELECT}`;

/** The columns of a table as the database has them (to check an --append target). */
export const TABLE_COLUMNS_SQL =
  'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position';

/** Writes a table or the panel view to a Parquet file. */
export function copyToParquetSql(name: string, path: string): string {
  return `COPY (SELECT * FROM ${ident(name)}) TO ${literal(path)} (FORMAT parquet)`;
}
