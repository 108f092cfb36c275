// `fazhi-report dataset --keywords`, the BUILT command line (dist/cli.js, made by `npm test`'s
// pretest build) in subprocesses on the fixtures: the keywords table holds what keywords() of
// fazhi-report/text gives for the same reports, from pages, from parse --words and --with-text
// records; records with neither are counted in a warning; without @node-rs/jieba (simulated with a
// resolve hook) the option stops with the install message, and without the option jieba is never loaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../src/document.js';
import { parseReport } from '../src/index.js';
import { keywords } from '../src/text/index.js';
import type { KeywordRow } from '../src/dataset/keywords.js';
import { MISSING_MESSAGE } from '../src/text/segmenter.js';
import { CLI, duckdb, FIXTURES, optional, query } from './helpers/dataset.js';
import { jiebaHook } from './helpers/jiebaHook.js';

/** Whether the segmenter loads here (else the cases that need it are skipped, and say so). */
const jieba = optional<unknown>('@node-rs/jieba') !== null;

const DIR = mkdtempSync(join(tmpdir(), 'fazhi-dataset-keywords-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** `node --import REGISTER`: with FAZHI_NO_JIEBA no @node-rs/jieba is found; FAZHI_RESOLVE_LOG logs every specifier. */
const REGISTER = jiebaHook(DIR);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A row of the table: a KeywordRow with its span as two columns. */
type Row = Omit<KeywordRow, 'span'> & { start: number; end: number };

const keywordRows = async (db: string): Promise<Row[]> =>
  (await query(db, 'SELECT * FROM keywords ORDER BY file, rank')) as unknown as Row[];

const tables = async (db: string): Promise<string[]> =>
  (await query(db, 'SELECT table_name FROM information_schema.tables ORDER BY table_name')).map((r) => String(r.table_name));

const TOP = 5;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
});

describe.skipIf(duckdb === null || !jieba)('dataset --keywords (needs @duckdb/node-api and @node-rs/jieba)', () => {
  const db = join(DIR, 'pages.duckdb');
  let first: ReturnType<typeof run>;
  let rows: Row[] = [];

  beforeAll(async () => {
    first = run(['dataset', ...FIXTURES, '--db', db, '--keywords', String(TOP), '-q']);
    rows = await keywordRows(db);
  });

  it('exits 0, with no warning, and writes at most N rows per report, ranked 1..n', async () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    const [reports] = await query(db, 'SELECT count(*)::INTEGER AS n FROM reports');
    expect(reports!.n).toBe(FIXTURES.length);
    for (const file of FIXTURES) {
      const own = rows.filter((r) => r.file === file);
      expect(own.length).toBeGreaterThan(0);
      expect(own.length).toBeLessThanOrEqual(TOP);
      expect(own.map((r) => r.rank)).toEqual(own.map((_, i) => i + 1));
      // by weight, heaviest first
      for (let i = 1; i < own.length; i++) expect(own[i]!.weight).toBeLessThanOrEqual(own[i - 1]!.weight);
    }
  });

  it('every keyword is a word of its report: start and end slice it out of the text (in normalised form)', () => {
    expect(rows.length).toBeGreaterThan(FIXTURES.length);
    for (const row of rows) {
      const text = readFileSync(row.file, 'utf8');
      expect(normalise(text.slice(row.start, row.end))).toBe(row.term);
      expect(row.count).toBeGreaterThanOrEqual(1);
      expect(row.df).toBeGreaterThanOrEqual(1);
      expect(row.df).toBeLessThanOrEqual(FIXTURES.length);
    }
  });

  it('holds what keywords() of fazhi-report/text gives for the same reports', async () => {
    const inputs = FIXTURES.map((file) => {
      const text = readFileSync(file, 'utf8');
      return { id: file, text, report: parseReport(text) };
    });
    const expected = (await keywords(inputs, { top: TOP })).flatMap((r) =>
      r.keywords.map((k, i) => ({ file: r.id, rank: i + 1, term: k.term, count: k.count, df: k.df, start: k.span.start, end: k.span.end, weight: k.weight })),
    );
    expect(rows.map(({ weight, ...rest }) => ({ ...rest, weight: Number(weight.toFixed(12)) }))).toEqual(
      expected.map(({ weight, ...rest }) => ({ ...rest, weight: Number(weight.toFixed(12)) })),
    );
  });

  it('ranks a health commission report’s own words above the genre’s', () => {
    const seed = rows.filter((r) => r.file.endsWith('seed-000.txt')).map((r) => r.term);
    expect(seed).toEqual(expect.arrayContaining(['健康', '卫生']));
    for (const common of ['法治', '工作', '建设']) expect(seed).not.toContain(common);
  });

  it('reads the same keywords from records of parse --words and of parse --with-text', async () => {
    for (const flag of ['--words', '--with-text']) {
      const ndjson = join(DIR, `records${flag}.ndjson`);
      expect(run(['parse', ...FIXTURES, flag, '-q', '--out', ndjson]).status).toBe(0);
      const out = join(DIR, `records${flag}.duckdb`);
      const r = run(['dataset', ndjson, '--db', out, '--keywords', String(TOP), '-q']);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(await keywordRows(out)).toEqual(rows);
    }
  });

  it('records with neither words nor text: their reports go in, no keywords, and one warning says so', async () => {
    const ndjson = join(DIR, 'plain.ndjson');
    expect(run(['parse', ...FIXTURES.slice(0, 3), '-q', '--out', ndjson]).status).toBe(0);
    const out = join(DIR, 'plain.duckdb');
    const r = run(['dataset', ndjson, '--db', out, '--keywords', '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'fazhi-report: warning: --keywords: 3 of 3 parsed records carry neither their words nor their text, so they have no rows ' +
        'in keywords (write them with fazhi-report parse --words or --with-text)\n',
    );
    const [reports] = await query(out, 'SELECT count(*)::INTEGER AS n FROM reports');
    expect(reports!.n).toBe(3);
    expect(await keywordRows(out)).toEqual([]);
  });

  it('a bare --keywords gives 10 per report; a run without it replaces the database and drops the table', async () => {
    const out = join(DIR, 'rerun.duckdb');
    expect(run(['dataset', FIXTURES[FIXTURES.length - 1]!, '--db', out, '--keywords', '-q']).status).toBe(0);
    expect(await keywordRows(out)).toHaveLength(10);
    expect(run(['dataset', FIXTURES[0]!, '--db', out, '-q']).status).toBe(0);
    expect(await tables(out)).not.toContain('keywords');
    expect(run(['dataset', FIXTURES[1]!, '--db', out, '--append', '--keywords=3', '-q']).status).toBe(0);
    expect((await keywordRows(out)).map((r) => r.file)).toEqual([FIXTURES[1], FIXTURES[1], FIXTURES[1]]);
  });
});

describe.skipIf(duckdb === null)('dataset --keywords without @node-rs/jieba (simulated)', () => {
  it('exits 2 with the install message before writing anything', () => {
    const out = join(DIR, 'no-jieba.duckdb');
    const r = run(['dataset', FIXTURES[0]!, '--db', out, '--keywords'], { FAZHI_NO_JIEBA: '1' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`fazhi-report: ${MISSING_MESSAGE}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('without --keywords the command works and never resolves @node-rs/jieba', async () => {
    const out = join(DIR, 'without.duckdb');
    const log = join(DIR, 'resolved.log');
    writeFileSync(log, '');
    const r = run(['dataset', FIXTURES[0]!, '--db', out, '-q'], { FAZHI_NO_JIEBA: '1', FAZHI_RESOLVE_LOG: log });
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8')).not.toContain('jieba');
    expect(await tables(out)).not.toContain('keywords');
  });

  it('a number that is no number is a usage error that says where the option goes', () => {
    const r = run(['dataset', '--keywords', 'reports/', '--db', join(DIR, 'x.duckdb')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected a whole number of at least 1 (give --keywords after the inputs, or write --keywords=N)');
  });
});
