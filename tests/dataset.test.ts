// Runs the BUILT command line (dist/cli.js, made by `npm test`'s pretest build) as a subprocess:
// `fazhi-report dataset` on the fixtures, read back with DuckDB's client and compared with what
// `fazhi-report parse` writes for the same inputs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../src/index.js';
import type { OkRecord, ParseRecord } from '../src/cli/record.js';
import { TABLES } from '../src/dataset/tables.js';
import { CLI, duckdb, FIXTURES, query, ROOT } from './helpers/dataset.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cli = CLI): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function counts(db: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await query(db, `SELECT count(*)::INTEGER AS n FROM ${table.name}`);
    out[table.name] = row!.n as number;
  }
  return out;
}

const records = (text: string): ParseRecord[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as ParseRecord);

const allSections = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...allSections(s.children)]);

/** The row counts `parse`'s records imply for each table. */
function expectedCounts(recs: readonly ParseRecord[]): Record<string, number> {
  const ok = recs.filter((r): r is OkRecord => r.ok);
  const sum = (f: (r: OkRecord) => number) => ok.reduce((n, r) => n + f(r), 0);
  return {
    reports: ok.length,
    sections: sum((r) => allSections(r.report.sections).length),
    metrics: sum((r) => r.report.metrics.length),
    problems: sum((r) => r.report.problems.length),
    plans: sum((r) => r.report.plans.length),
    citations: sum((r) => r.report.citations.length),
    errors: recs.length - ok.length,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'fazhi-dataset-'));
const broken = join(dir, 'broken.txt');
const missing = join(dir, 'no-such-report.txt');
const inputs = [...FIXTURES, broken, missing];
let parsed: ParseRecord[] = [];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  writeFileSync(broken, Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b, 0x00]));
  const result = run(['parse', ...inputs, '-q']);
  expect(result.status).toBe(1);
  parsed = records(result.stdout);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(duckdb === null)('fazhi-report dataset: the fixtures into DuckDB', () => {
  const db = join(dir, 'reports.duckdb');
  const parquet = join(dir, 'parquet');
  let first: Run;

  beforeAll(() => {
    first = run(['dataset', ...inputs, '--db', db, '--parquet', parquet]);
  });

  it('exits 1 (an input failed) and says what it wrote', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/wrote .*reports\.duckdb, rows: reports \d+, sections \d+, metrics \d+/);
  });

  it('has as many rows per table as parse reports, and one row of reports or errors per input', async () => {
    const got = await counts(db);
    expect(got).toEqual(expectedCounts(parsed));
    expect(got.reports! + got.errors!).toBe(inputs.length);
    expect(got.reports).toBeGreaterThan(10);
    expect(got.metrics).toBeGreaterThan(50);
  });

  it('keeps every metric as parse wrote it, and its span indexes the file', async () => {
    const rows = await query(db, 'SELECT file, seq, raw, value, unit, kind, subject, start, "end" FROM metrics ORDER BY file, seq');
    const want = parsed.flatMap((r) =>
      r.ok ? r.report.metrics.map((m, i) => ({ file: r.file, seq: i + 1, raw: m.raw, value: m.value, unit: m.unit, kind: m.kind, subject: m.subject, start: m.span.start, end: m.span.end })) : [],
    );
    want.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.seq - b.seq));
    expect(rows).toEqual(want);
    for (const row of rows) {
      const text = readFileSync(row.file as string, 'utf8');
      expect(text.slice(row.start as number, row.end as number)).toBe(row.raw);
    }
  });

  it('gives each section its path and its heading span', async () => {
    const rows = await query(db, "SELECT file, path, title, heading_start, heading_end FROM sections WHERE file LIKE '%seed-001.txt' ORDER BY seq");
    const rec = parsed.find((r): r is OkRecord => r.ok && r.file.endsWith('seed-001.txt'))!;
    const text = readFileSync(rec.file, 'utf8');
    expect(rows.map((r) => r.title)).toEqual(allSections(rec.report.sections).map((s) => s.title));
    for (const row of rows) {
      expect(text.slice(row.heading_start as number, row.heading_end as number)).toContain(row.title as string);
      expect((row.path as string).endsWith(row.title as string)).toBe(true);
    }
    expect(rows.some((r) => (r.path as string).includes(' > '))).toBe(true);
  });

  it('records the broken file and the missing path in errors', async () => {
    const rows = await query(db, 'SELECT file, code FROM errors ORDER BY file');
    expect(rows).toEqual([
      { file: broken, code: 'binary' },
      { file: missing, code: 'not-found' },
    ]);
  });

  it('writes every table and the panel view as Parquet with the same rows', async () => {
    const got = await counts(db);
    for (const name of [...TABLES.map((t) => t.name), 'panel']) {
      const file = join(parquet, `${name}.parquet`);
      expect(existsSync(file)).toBe(true);
      const [row] = await query(db, `SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`);
      if (name !== 'panel') expect(row!.n).toBe(got[name]);
    }
  });

  it('replaces the tables on a re-run, and adds to them with --append', async () => {
    const again = run(['dataset', ...FIXTURES, '--db', db, '-q']);
    expect(again.status).toBe(0);
    const once = await counts(db);
    expect(once).toEqual({ ...expectedCounts(parsed.filter((r) => r.ok)), errors: 0 });
    const more = run(['dataset', ...FIXTURES, '--db', db, '--append', '-q']);
    expect(more.status).toBe(0);
    const twice = await counts(db);
    for (const [name, n] of Object.entries(once)) expect(twice[name]).toBe(2 * n);
  });

  it('refuses to --append to a table of another shape, and leaves it alone', async () => {
    const other = join(dir, 'other.duckdb');
    const instance = await duckdb!.DuckDBInstance.create(other);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE reports (file VARCHAR, score DOUBLE)');
    connection.closeSync();
    instance.closeSync();
    const result = run(['dataset', FIXTURES[0]!, '--db', other, '--append']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot --append');
    expect(result.stderr).toContain('run without --append');
    expect(await query(other, 'SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 0 }]);
  });
});

describe.skipIf(duckdb === null)('fazhi-report dataset: a --db that cannot be opened', () => {
  it('is a usage error (exit 2) naming the file, though the inputs were being parsed meanwhile', () => {
    const db = join(dir, 'no', 'such', 'dir', 'x.duckdb');
    const result = run(['dataset', ...FIXTURES.slice(0, 3), '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot open ${db} as a DuckDB database`);
  });
});

describe.skipIf(duckdb === null)('fazhi-report dataset: NDJSON records of parse, and the panel view', () => {
  const ndjson = join(dir, 'records.ndjson');
  const db = join(dir, 'records.duckdb');
  /** parse's records with indicators and regions filled in (as the classify and identity passes do). */
  let filled: ParseRecord[];

  beforeAll(() => {
    const ids = ['reconsideration.cases', 'litigation.head-appearance', 'publicity.events'] as const;
    filled = parsed.map((r, n) => {
      if (!r.ok) return r;
      const report = structuredClone(r.report);
      report.metrics.forEach((m, i) => {
        m.indicator ??= ids[(n + i) % ids.length]!;
      });
      if (report.issuer) report.issuer.region = { code: '360100', province: '江西省', prefecture: `市${n % 2}`, county: null, township: null };
      if (report.issuer) report.issuer.level = n % 2 === 0 ? 'prefectural' : 'county';
      return { ...r, report };
    });
    const lines = filled.map((r) => JSON.stringify(r));
    lines.push('{"not": "a record"}', 'not json at all');
    writeFileSync(ndjson, `${lines.join('\n')}\n`);
  });

  it('reads the records as they are: one row of reports or errors per line', async () => {
    const result = run(['dataset', ndjson, '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${filled.length + 2} records read`);
    const want = expectedCounts(filled);
    expect(await counts(db)).toEqual({ ...want, errors: want.errors! + 2 });
    const bad = await query(db, "SELECT file, code, message FROM errors WHERE code = 'bad-record' ORDER BY file");
    expect(bad.map((r) => r.file)).toEqual([`${ndjson}:${filled.length + 1}`, `${ndjson}:${filled.length + 2}`]);
    expect(bad[1]!.message).toMatch(/^not JSON/);
    expect(bad[0]!.message).toContain('not a record of fazhi-report parse');
  });

  it('panel: one row per report, indicator and unit, with its first value and its number of figures', async () => {
    const want = new Map<string, { value: number; figures: number; province: string | null; level: string | null }>();
    for (const r of filled) {
      if (!r.ok) continue;
      for (const m of r.report.metrics) {
        if (m.indicator === null || m.kind === 'change') continue;
        const key = `${r.file}|${m.indicator}|${m.unit}`;
        const row = want.get(key);
        if (row) row.figures += 1;
        else want.set(key, { value: m.value, figures: 1, province: r.report.issuer?.region?.province ?? null, level: r.report.issuer?.level ?? null });
      }
    }
    const rows = await query(db, 'SELECT file, indicator, unit, value, figures, province, issuer_level AS level FROM panel');
    expect(rows.length).toBe(want.size);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const { file, indicator, unit, ...rest } = row;
      expect(rest).toEqual(want.get(`${String(file)}|${String(indicator)}|${String(unit)}`));
    }
  });
});

describe('fazhi-report dataset without @duckdb/node-api', () => {
  it('says how to install it and exits 2', () => {
    // A copy of the build whose node_modules has every package but @duckdb: as after --omit=optional.
    const home = join(dir, 'no-duckdb');
    mkdirSync(join(home, 'dist'), { recursive: true });
    mkdirSync(join(home, 'node_modules'));
    for (const file of ['cli.js', 'cli-worker.js']) copyFileSync(join(ROOT, 'dist', file), join(home, 'dist', file));
    writeFileSync(join(home, 'package.json'), '{"type": "module"}');
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== '@duckdb' && !name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(home, 'node_modules', name));
    }
    const db = join(dir, 'never.duckdb');
    const result = run(['dataset', FIXTURES[0]!, '--db', db], join(home, 'dist', 'cli.js'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('needs DuckDB');
    expect(result.stderr).toContain('npm install @duckdb/node-api');
    expect(existsSync(db)).toBe(false);
    // the rest of the command line still works there
    expect(run(['parse', FIXTURES[0]!, '-q'], join(home, 'dist', 'cli.js')).status).toBe(0);
  });
});
