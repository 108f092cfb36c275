// Batches of scraped pages through the built CLI (issue 14): inputs that are no files, links that
// loop, spreadsheet formulas, line separators, terminal escapes, invalid bytes, the output file
// inside an input directory, and validate on stdin. Each case failed before its fix.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorRecord, OkRecord, ParseRecord } from '../src/cli/record.js';
import { ndjson, requireCli, run, SEEDS } from './helpers/cli.js';
import { readCsv } from './helpers/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-batch-'));
const REPORT = SEEDS[0]!;

beforeAll(() => {
  requireCli();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function mkdir(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('inputs that are not regular files', () => {
  it('a FIFO named as input, or found in a walk, is an unreadable record at once, --timeout or not', () => {
    const fifos = mkdir('fifos');
    writeFileSync(join(fifos, 'a.txt'), REPORT);
    execFileSync('mkfifo', [join(fifos, 'b.txt')]);
    const named = run(['parse', join(fifos, 'b.txt'), join(fifos, 'a.txt'), '-q'], { timeout: 30_000 });
    expect(named.signal).toBeNull(); // not killed by the guard: it did not hang
    const records = ndjson<ParseRecord>(named.stdout);
    expect(records.map((r) => [r.file, r.ok])).toEqual([
      [join(fifos, 'b.txt'), false],
      [join(fifos, 'a.txt'), true],
    ]);
    expect((records[0] as ErrorRecord).error).toEqual({ code: 'unreadable', message: expect.stringContaining('FIFO') });
    const walked = run(['parse', fifos, '-q', '--timeout', '5'], { timeout: 30_000 });
    expect(walked.signal).toBeNull();
    expect(ndjson<ParseRecord>(walked.stdout).map((r) => [r.file, r.ok ? 'ok' : r.error.code])).toEqual([
      [join(fifos, 'a.txt'), 'ok'],
      [join(fifos, 'b.txt'), 'unreadable'],
    ]);
  });

  it('a directory symlink loop is walked once per real directory; a looping link is ELOOP, not not-found', () => {
    const tree = mkdir('loop/sub');
    writeFileSync(join(tree, 'a.txt'), REPORT);
    writeFileSync(join(dir, 'loop', 'b.txt'), REPORT);
    symlinkSync('..', join(tree, 'up')); // loop/sub/up → loop
    symlinkSync('self.txt', join(dir, 'loop', 'self.txt')); // a link to itself
    const result = run(['parse', join(dir, 'loop'), join(dir, 'loop', 'self.txt'), '-q']);
    const records = ndjson<ParseRecord>(result.stdout);
    const files = records.map((r) => r.file);
    expect(files.filter((f) => f.endsWith('a.txt'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('b.txt'))).toHaveLength(1);
    const self = records.filter((r): r is ErrorRecord => r.file.endsWith('self.txt'));
    expect(self.length).toBeGreaterThan(0);
    for (const r of self) {
      expect(r.error.code).toBe('unreadable');
      expect(r.error.message).toContain('ELOOP');
    }
  });
});

describe('CSV never starts a formula', () => {
  const DANGEROUS = [
    ['=', '='],
    ['+', '+'],
    ['-', '-'],
    ['@', '@'],
    ['tab', '\t'],
    ['CR', '\r'],
  ] as const;
  const good = (ch: string): string => `${ch}1+2.txt`;
  const missing = (ch: string): string => `${ch}HYPERLINK(x).txt`;
  let result: ReturnType<typeof run>;
  let header: string[] = [];
  let body: string[][] = [];
  const col = (name: string): number => header.indexOf(name);

  beforeAll(() => {
    const cwd = mkdir('csv');
    for (const [, ch] of DANGEROUS) writeFileSync(join(cwd, good(ch)), REPORT);
    result = run(['parse', '--format', 'csv', '-q', '--', ...DANGEROUS.flatMap(([, ch]) => [good(ch), missing(ch)])], { cwd });
    [header = [], ...body] = readCsv(result.stdout);
  });

  it('every input has rows; a failed one has one row with its error', () => {
    expect(result.status).toBe(1);
    const failed = body.filter((r) => r[col('ok')] === 'false');
    expect(failed.map((r) => r[col('error_code')])).toEqual(DANGEROUS.map(() => 'not-found'));
    expect(new Set(body.map((r) => r[col('file')])).size).toBe(2 * DANGEROUS.length);
  });

  it.each(DANGEROUS)('a cell starting with %s gets a leading quote, in the rows of a parsed and of a failed input', (_name, ch) => {
    const files = body.map((r) => r[col('file')]);
    expect(files).toContain(`'${good(ch)}`);
    expect(files).toContain(`'${missing(ch)}`);
    expect(files).not.toContain(good(ch));
    for (const row of body) for (const cell of row) expect(cell.startsWith(ch)).toBe(false);
  });
});

describe('NDJSON and terminal output', () => {
  it('NDJSON escapes U+2028/U+2029 and lone surrogates: a splitter on any line break sees one record per line', () => {
    const lines = [
      { id: 'a\u2028b', text: REPORT },
      { id: 'c\u2029d', text: REPORT.replace('。', '。\u2028') },
      { id: 'e\uD800f', text: REPORT },
    ];
    const result = run(['parse', '--ndjson-in', '-q'], { input: lines.map((l) => JSON.stringify(l)).join('\n') });
    expect(result.stdout).not.toMatch(/[\u2028\u2029]/);
    const split = result.stdout.split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/).filter(Boolean);
    expect(split).toHaveLength(3);
    expect(split.map((l) => (JSON.parse(l) as OkRecord).file)).toEqual(lines.map((l) => l.id));
    expect(split[2]).toContain('e\\ud800f');
  });

  it('errors printed on stderr escape control characters', () => {
    const cwd = mkdir('escapes');
    const name = 'x\u001b[31mred\u0007.txt';
    const result = run(['parse', '--format', 'csv', '--', name], { cwd });
    expect(result.stderr).toContain('x\\u001b[31mred\\u0007.txt: not-found');
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('invalid bytes are counted in input.replaced, with a warning', () => {
    const files = mkdir('replaced');
    const bytes = Buffer.concat([Buffer.from(REPORT.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(REPORT.slice(200))]);
    writeFileSync(join(files, 'bad.txt'), bytes);
    writeFileSync(join(files, 'good.txt'), REPORT);
    const result = run(['parse', files]);
    const records = ndjson<OkRecord>(result.stdout);
    const byName = new Map(records.map((r) => [r.file.slice(files.length + 1), r.input]));
    expect(byName.get('good.txt')?.replaced).toBe(0);
    expect(byName.get('bad.txt')?.replaced).toBeGreaterThan(0);
    expect(result.stderr).toContain(`${join(files, 'bad.txt')}: warning: ${byName.get('bad.txt')?.replaced} invalid byte sequences`);
  });
});

describe('the output file and the directory walk', () => {
  it('-o inside an input directory is never read as an input, and naming it is a usage error', () => {
    const files = mkdir('out-inside');
    writeFileSync(join(files, 'a.txt'), REPORT);
    writeFileSync(join(files, 'notes.md'), 'not a report');
    const out = join(files, 'out.txt');
    for (let i = 0; i < 2; i += 1) {
      const result = run(['parse', files, '-o', out]);
      expect(result.status).toBe(0);
      expect(ndjson<ParseRecord>(readFileSync(out, 'utf8')).map((r) => r.file)).toEqual([join(files, 'a.txt')]);
      expect(result.stderr).toContain('1 files, 1 ok, 0 failed');
      expect(result.stderr).toContain('1 skipped (not an input format)');
    }
    const named = run(['parse', join(files, 'a.txt'), out, '-o', out]);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('is the output file');
  });

  it('a directory walk reads every extension a named file reads (.shtml, .xhtml, .text)', () => {
    const files = mkdir('extensions');
    const page = `<html><body><p>${REPORT.replaceAll('\n', '</p><p>')}</p></body></html>`;
    for (const name of ['a.shtml', 'b.xhtml', 'c.text', 'd.HTM']) writeFileSync(join(files, name), name.endsWith('text') ? REPORT : page);
    const walked = ndjson<OkRecord>(run(['parse', files, '-q']).stdout);
    expect(walked.map((r) => [r.file.slice(files.length + 1), r.input.format])).toEqual([
      ['a.shtml', 'html'],
      ['b.xhtml', 'html'],
      ['c.text', 'text'],
      ['d.HTM', 'html'],
    ]);
  });
});

describe('validate', () => {
  it('reads - (stdin), prints problems on stderr in input order, and counts lines that are not JSON as invalid', () => {
    const saved = run(['parse', '--ndjson-in', '-q'], { input: JSON.stringify({ id: 'x', text: REPORT }) }).stdout.trim();
    const input = ['not json', saved, '{"file":"y","ok":false,"error":{"code":"nope","message":"m"}}', '{broken', saved].join('\n');
    const result = run(['validate', '-'], { input });
    expect(result.status).toBe(1);
    const where = result.stderr
      .trim()
      .split('\n')
      .map((l) => l.split(': ')[1]);
    expect(where).toEqual(['line 1', 'line 3', 'line 4']);
    expect(result.stdout).toContain('-: 3 of 5 invalid');
    expect(result.stdout).toContain('1 files, 5 entries checked, 3 invalid');
  });
});
