// The BUILT entries (dist/, made by `npm test`'s pretest build) in subprocesses: the core entry
// never loads @node-rs/jieba; fazhi-report/text loads it on first use, and says how to install it
// when it cannot be found (simulated with a resolve hook that finds no such package).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MISSING_MESSAGE } from '../src/text/segmenter.js';
import { jiebaHook } from './helpers/jiebaHook.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'fazhi-text-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** `node --import REGISTER`: with FAZHI_NO_JIEBA no @node-rs/jieba is found; FAZHI_RESOLVE_LOG logs every specifier. */
const REGISTER = jiebaHook(DIR);

function node(code: string, env: Record<string, string> = {}, type: 'module' | 'commonjs' = 'module') {
  const r = spawnSync(process.execPath, ['--import', REGISTER, `--input-type=${type}`, '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SAMPLE = JSON.stringify('一、主要举措\n全年办理行政复议案件12件。\n');

describe('the core entry', () => {
  it('never loads @node-rs/jieba: importing it and parsing resolves no such module', () => {
    const log = join(DIR, 'resolved.txt');
    writeFileSync(log, '');
    const r = node(`const { parseReport } = await import('fazhi-report'); console.log(parseReport(${SAMPLE}).sections.length);`, {
      FAZHI_RESOLVE_LOG: log,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1');
    const resolved = readFileSync(log, 'utf8').split('\n');
    expect(resolved).toContain('fazhi-report');
    expect(resolved.filter((s) => s.includes('jieba'))).toEqual([]);
  });

  it('holds no import of @node-rs/jieba in its built files', () => {
    const index = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    const chunks = [...index.matchAll(/from "\.\/([\w-]+\.js)"/g)].map((m) => readFileSync(join(ROOT, 'dist', m[1]!), 'utf8'));
    for (const source of [index, ...chunks, readFileSync(join(ROOT, 'dist', 'index.cjs'), 'utf8')]) {
      expect(source).not.toContain('@node-rs/jieba');
    }
  });
});

describe('fazhi-report/text', () => {
  const run = `const { parseReport } = await import('fazhi-report');
const { words } = await import('fazhi-report/text');
const text = ${SAMPLE};
try { const s = await words(parseReport(text), text); console.log(s.flatMap((x) => x.words.map((w) => w.word)).join(' ')); }
catch (e) { console.log(e.constructor.name + ': ' + e.message); }`;

  it('segments with @node-rs/jieba (ESM)', () => {
    const r = node(run);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('举措 办理 行政复议 案件 12 件');
  });

  it('works from CommonJS too', () => {
    const r = node(
      `const { parseReport } = require('fazhi-report'); const { words } = require('fazhi-report/text'); const text = ${SAMPLE};
words(parseReport(text), text).then((s) => console.log(s.length + ' ' + s[1].words.length));`,
      {},
      'commonjs',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('3 6');
  });

  it('without the package: the core still works, and words() says how to install it', () => {
    const r = node(run, { FAZHI_NO_JIEBA: '1' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`Error: ${MISSING_MESSAGE}`);
    expect(MISSING_MESSAGE).toContain('npm install @node-rs/jieba');
  });
});

describe('fazhi-report parse --words', () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  const file = join(DIR, 'report.txt');
  const text = readFileSync(join(ROOT, 'fixtures', 'seed-001.txt'), 'utf8');
  writeFileSync(file, text);
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('adds each section’s words to the record, every word at its start in the text', () => {
    const r = cli(['parse', '--words', '--quiet', file]);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout) as { report: { sections: unknown[] }; words: { kind: string; heading: number; words: string[]; starts: number[] }[] };
    expect(record.words[0]!.kind).toBe('preamble');
    expect(record.words.filter((s) => s.kind === 'section').length).toBeGreaterThanOrEqual(record.report.sections.length);
    const all = record.words.flatMap((s) => s.words.map((w, i) => [w, s.starts[i]!] as const));
    expect(all.length).toBeGreaterThan(300);
    for (const [w, start] of all) expect(text.slice(start, start + w.length)).toBe(w);
  });

  it('refuses CSV output, which has no place for words (exit 2)', () => {
    const r = cli(['parse', '--words', '--format', 'csv', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('fazhi-report: --words adds a field to NDJSON and JSON records; CSV has none\n');
  });

  it('without @node-rs/jieba: exit 2 and how to install it, before reading any input', () => {
    const r = cli(['parse', '--words', file], { FAZHI_NO_JIEBA: '1' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`fazhi-report: ${MISSING_MESSAGE}\n`);
  });
});
