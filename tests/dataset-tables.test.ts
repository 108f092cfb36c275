// The pure side of the dataset: a record → rows per table, NDJSON lines → records, cell checks, SQL
// made only of fixed names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { sectionPath } from '../src/cli/sectionPath.js';
import { fits } from '../src/dataset/cells.js';
import { recordFromLine } from '../src/dataset/records.js';
import { recordSink } from '../src/dataset/sink.js';
import { flattenSections, type DatasetInput } from '../src/dataset/rows.js';
import { copyToParquetSql, createTableSql, literal } from '../src/dataset/sql.js';
import { TABLES } from '../src/dataset/tables.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const text = fixture('seed-001.txt');
const report: Report = parseReport(text);
const ok: DatasetInput = { file: 'seed-001.txt', ok: true, report };
const failed: DatasetInput = { file: 'gone.txt', ok: false, error: { code: 'not-found', message: 'no such file or directory' } };
const table = (name: string) => TABLES.find((t) => t.name === name)!;
/** A table's rows as objects keyed by column name. */
const rowsOf = (name: string, input: DatasetInput) => {
  const t = table(name);
  return t.rows(input).map((row) => Object.fromEntries(t.columns.map((c, i) => [c.name, row[i]])));
};

describe('tables: one list of columns each', () => {
  it('names each table once, keys each by file first, names no column twice', () => {
    expect(TABLES.map((t) => t.name)).toEqual(['reports', 'sections', 'metrics', 'problems', 'plans', 'citations', 'errors']);
    for (const t of TABLES) {
      expect(t.columns[0]).toEqual({ name: 'file', type: 'VARCHAR' });
      expect(new Set(t.columns.map((c) => c.name)).size).toBe(t.columns.length);
      for (const c of t.columns) expect(c.name).toMatch(/^[a-z][a-z_]*$/);
    }
  });

  it('gives every row one cell per column, and every cell fits its column', () => {
    for (const t of TABLES) {
      for (const row of [...t.rows(ok), ...t.rows(failed)]) {
        expect(row.length).toBe(t.columns.length);
        t.columns.forEach((c, i) => expect(fits(c.type, row[i]!), `${t.name}.${c.name}`).toBe(true));
      }
    }
  });

  it('an ok record gives one reports row and no errors row; a failed one the reverse', () => {
    expect(rowsOf('reports', ok)).toHaveLength(1);
    expect(rowsOf('errors', ok)).toEqual([]);
    expect(rowsOf('reports', failed)).toEqual([]);
    expect(rowsOf('metrics', failed)).toEqual([]);
    expect(rowsOf('errors', failed)).toEqual([{ file: 'gone.txt', code: 'not-found', message: 'no such file or directory' }]);
  });

  it('reports: header, issuer and counts of the report', () => {
    const [row] = rowsOf('reports', ok);
    expect(row).toMatchObject({
      file: 'seed-001.txt',
      title: report.title,
      year: report.year,
      issuer: report.issuer?.name ?? null,
      metrics: report.metrics.length,
      sections: flattenSections(report.sections).length,
      plans: report.plans.length,
      warnings: report.warnings,
      input_format: null,
    });
    expect(row!.sections).toBeGreaterThan(report.sections.length);
  });

  it('metrics: each figure numbered from 1 with its section path and span', () => {
    const rows = rowsOf('metrics', ok);
    expect(rows).toHaveLength(report.metrics.length);
    rows.forEach((row, i) => {
      const m = report.metrics[i]!;
      expect(row).toMatchObject({ seq: i + 1, raw: m.raw, value: m.value, unit: m.unit, indicator: m.indicator });
      expect(row.section_path).toBe(sectionPath(report.sections, m.span).join(' > '));
      expect(text.slice(row.start as number, row.end as number)).toBe(m.raw);
    });
    expect(rows.some((r) => (r.section_path as string).includes(' > '))).toBe(true);
  });

  it('sections: document order, a child after its parent, paths that extend the parent', () => {
    const rows = rowsOf('sections', ok);
    const byPath = new Map(rows.map((r) => [r.path, r]));
    for (const row of rows) {
      expect(text.slice(row.heading_start as number, row.heading_end as number)).toContain(row.title as string);
      if (row.parent_path === null) {
        expect(row.level).toBe(1);
        continue;
      }
      const parent = byPath.get(row.parent_path)!;
      expect(parent.seq as number).toBeLessThan(row.seq as number);
      expect(row.path).toBe(`${String(row.parent_path)} > ${String(row.marker)}${String(row.title)}`);
      expect(row.level).toBe((parent.level as number) + 1);
    }
  });

  it('citations: title, kind, document number and the span of 《…》', () => {
    const cited: Report = {
      ...report,
      citations: [{ title: '行政复议法', kind: 'law', docNumber: null, span: { start: 3, end: 10 } }],
    };
    expect(rowsOf('citations', { file: 'x', ok: true, report: cited })).toEqual([
      { file: 'x', seq: 1, section_path: '', title: '行政复议法', kind: 'law', doc_number: null, start: 3, end: 10 },
    ]);
  });
});

describe('recordFromLine: NDJSON records of parse', () => {
  it('takes an ok record and a failed record as they are', () => {
    const line = JSON.stringify({ file: 'a.txt', ok: true, input: { format: 'text', encoding: 'utf-8', encodingSource: 'default', bytes: 9, chars: 3 }, report });
    expect(recordFromLine(line, 'in.ndjson:1')).toMatchObject({ file: 'a.txt', ok: true, input: { bytes: 9, chars: 3 } });
    for (const format of ['html', 'pdf', 'docx', 'doc']) {
      const other = JSON.stringify({ file: `a.${format}`, ok: true, input: { format, encoding: 'utf-8', encodingSource: 'default', bytes: 9, chars: 3 }, report });
      expect(recordFromLine(other, 'in.ndjson:1')).toMatchObject({ ok: true, input: { format } });
    }
    expect(recordFromLine('{"file":"b.txt","ok":false,"error":{"code":"timeout","message":"slow"}}', 'in.ndjson:2')).toEqual({
      file: 'b.txt',
      ok: false,
      error: { code: 'timeout', message: 'slow' },
    });
  });

  it('turns a line that is no record into a bad-record failure named by the record or the line', () => {
    expect(recordFromLine('{"file": "a.txt", "ok": tru', 'in.ndjson:7')).toMatchObject({ file: 'in.ndjson:7', ok: false, error: { code: 'bad-record' } });
    expect(recordFromLine('[1, 2]', 'in.ndjson:8')).toMatchObject({ file: 'in.ndjson:8', error: { code: 'bad-record' } });
    const wrong = structuredClone(report) as unknown as { metrics: { value: unknown }[] };
    wrong.metrics[0]!.value = 'many';
    const bad = recordFromLine(JSON.stringify({ file: 'c.txt', ok: true, report: wrong }), 'in.ndjson:9');
    expect(bad).toMatchObject({ file: 'c.txt', ok: false, error: { code: 'bad-record' } });
    expect(!bad.ok && bad.error.message).toContain('report.metrics.0.value');
  });
});

describe('cells and SQL', () => {
  it('fits: a DATE is a real day, an INTEGER a 32-bit whole number, a list holds strings', () => {
    expect(fits('DATE', '2024-02-29')).toBe(true);
    expect(fits('DATE', '2023-02-29')).toBe(false);
    expect(fits('DATE', '2023-2-1')).toBe(false);
    expect(fits('INTEGER', 2 ** 31)).toBe(false);
    expect(fits('INTEGER', 1.5)).toBe(false);
    expect(fits('DOUBLE', Number.NaN)).toBe(false);
    expect(fits('VARCHAR[]', ['a', 'b'])).toBe(true);
    expect(fits('VARCHAR[]', 'a')).toBe(false);
    expect(fits('VARCHAR', null)).toBe(true);
  });

  it('builds statements from the fixed names only; a path becomes an escaped literal', () => {
    expect(createTableSql(table('errors'), false)).toBe('CREATE TABLE "errors" ("file" VARCHAR, "code" VARCHAR, "message" VARCHAR)');
    expect(createTableSql(table('errors'), true)).toMatch(/^CREATE TABLE IF NOT EXISTS "errors" /);
    expect(literal("it's")).toBe("'it''s'");
    expect(copyToParquetSql('metrics', "/tmp/o'k/metrics.parquet")).toBe(`COPY (SELECT * FROM "metrics") TO '/tmp/o''k/metrics.parquet' (FORMAT parquet)`);
  });
});

describe('recordSink: the stream parse writes its NDJSON into', () => {
  it('hands over each line once the database is ready, whatever the chunks (bytes cut inside a character, several lines in one)', async () => {
    const lines = [ok, failed, { file: '第三.txt', ok: false, error: { code: 'empty', message: '空' } }].map((r) => `${JSON.stringify(r)}\n`);
    const bytes = Buffer.from(lines.join(''), 'utf8');
    const cut = bytes.indexOf(Buffer.from('第三', 'utf8')) + 1; // inside 第
    const got: DatasetInput[] = [];
    let open = false;
    const sink = recordSink(
      (input) => {
        expect(open).toBe(true);
        got.push(input);
      },
      () => new Promise<void>((done) => setTimeout(() => done(void (open = true)), 20)),
    );
    sink.write(bytes.subarray(0, cut));
    sink.write(bytes.subarray(cut));
    await new Promise<void>((done, fail) => sink.end((error?: Error | null) => (error ? fail(error) : done())));
    expect(got.map((r) => r.file)).toEqual(['seed-001.txt', 'gone.txt', '第三.txt']);
    expect(got[0]).toEqual(JSON.parse(JSON.stringify(ok)));
  });
});
