// A table of the dataset as one list of columns { name, type, get }: the writer creates the table
// from the names and types and fills it through the getters. Names are fixed constants here; no
// value read from a report ever becomes SQL text.

/** The DuckDB types the tables use (and how the writer appends each). */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'VARCHAR[]';

/** A cell: DATE columns take an ISO yyyy-MM-dd string, VARCHAR[] a list of strings. */
export type Value = string | number | boolean | readonly string[] | null;

export interface Column<R> {
  name: string;
  type: ColumnType;
  get: (row: R) => Value;
}

/** What the writer needs of a table: its columns, and the rows one record gives it. */
export interface Table<In> {
  name: string;
  /** One line on what a row is (the docs and `COMMENT ON TABLE`). */
  about: string;
  columns: readonly Pick<Column<never>, 'name' | 'type'>[];
  /** The cells of each row `input` gives this table, in column order. */
  rows: (input: In) => Value[][];
}

/**
 * A table from its row source and columns: `source` lists the rows of one input (a report's
 * metrics, its sections …), each column's `get` reads one cell of a row.
 */
export function defineTable<In, R>(spec: {
  name: string;
  about: string;
  source: (input: In) => readonly R[];
  columns: readonly Column<R>[];
}): Table<In> {
  const getters = spec.columns.map((c) => c.get);
  return {
    name: spec.name,
    about: spec.about,
    columns: spec.columns.map(({ name, type }) => ({ name, type })),
    rows: (input) => spec.source(input).map((row) => getters.map((get) => get(row))),
  };
}

/** Columns `start` and `end` of a span read by `span`. */
export function spanColumns<R>(span: (row: R) => { start: number; end: number } | null, prefix = ''): Column<R>[] {
  return [
    { name: `${prefix}start`, type: 'INTEGER', get: (row) => span(row)?.start ?? null },
    { name: `${prefix}end`, type: 'INTEGER', get: (row) => span(row)?.end ?? null },
  ];
}
