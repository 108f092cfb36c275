// SIGINT, SIGTERM and kills during a batch, through the built CLI (issue 14): the finished records
// are written, a JSON array closed, the exit status 130/143; --out is never half written under its
// name; --resume after kills at random points ends with exactly one record per input.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseRecord } from '../src/cli/record.js';
import { ndjson, requireCli, run, runKilled } from './helpers/cli.js';
import { killAndResume, smallBatch } from './helpers/resume.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-signals-'));
let batch = '';
const INPUTS = 120;

beforeAll(() => {
  requireCli();
  batch = smallBatch(join(dir, 'batch'), INPUTS);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('by %s: the records written so far form a closed JSON array, and it says how many (exit %i)', async (signal, code) => {
    const result = await runKilled(['parse', batch, '--format', 'json', '--jobs', '1'], { signals: [signal], when: (out) => out.includes('"file"') });
    expect([result.status, result.signal]).toEqual([code, null]);
    const array = JSON.parse(result.stdout) as ParseRecord[];
    const match = /interrupted: (\d+) of (\d+) inputs written/.exec(result.stderr);
    expect(match).not.toBeNull();
    expect([Number(match![1]), Number(match![2])]).toEqual([array.length, INPUTS]);
    expect(array.length).toBeGreaterThan(0);
    expect(array.map((r) => r.file)).toEqual(readdirSync(batch).sort().slice(0, array.length).map((f) => join(batch, f)));
  });

  it('a second signal abandons an input that never finishes: it gets no record, those before it do', async () => {
    const files = smallBatch(join(dir, 'hang'), 40);
    writeFileSync(join(files, 'zz.txt'), 'NEVER-ENDS');
    const env = { ...process.env, FAZHI_REPORT_TEST_HANG: 'NEVER-ENDS' };
    const args = ['parse', files, '--format', 'json', '--jobs', '1'];
    const result = await runKilled(args, { signals: ['SIGINT', 'SIGINT'], when: (out) => out.includes('"file"'), gap: 1500 }, { env });
    expect(result.status).toBe(130);
    const written = (JSON.parse(result.stdout) as ParseRecord[]).map((r) => r.file);
    expect(written).not.toContain(join(files, 'zz.txt'));
    expect(written).toEqual(readdirSync(files).sort().slice(0, written.length).map((f) => join(files, f)));
    expect(result.stderr).toContain(`interrupted: ${written.length} of 41 inputs written`);
  });

  it('--out is written through a temporary file: killed, the named file never exists half written', async () => {
    const out = join(dir, 'killed.ndjson');
    // killed once records are being written to the temporary file: mid-batch however fast the machine
    const writing = (): boolean =>
      readdirSync(dir).some((f) => f.startsWith('.killed.ndjson') && f.endsWith('.tmp') && statSync(join(dir, f)).size > 0);
    const result = await runKilled(['parse', batch, '-o', out, '--jobs', '1'], { signals: ['SIGKILL'], poll: writing });
    expect(result.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const done = run(['parse', batch, '-o', out, '-q']);
    expect(done.status).toBe(0);
    expect(ndjson(readFileSync(out, 'utf8'))).toHaveLength(INPUTS);
    expect(readdirSync(dir).filter((f) => f.startsWith('.killed.ndjson') && f.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
  });
});

describe('--resume', () => {
  it('needs an NDJSON --out', () => {
    expect(run(['parse', batch, '--resume']).status).toBe(2);
    expect(run(['parse', batch, '--resume', '-o', join(dir, 'x.json'), '--format', 'json']).status).toBe(2);
  });

  it('after kills at random points (SIGINT, SIGTERM, SIGKILL), ends with exactly one record per input', async () => {
    const out = join(dir, 'resumed.ndjson');
    const { files, kills } = await killAndResume(batch, out, 2); // 50 in a row: npm run test:slow
    expect(kills).toBe(2);
    expect(files).toEqual(readdirSync(batch).sort().map((f) => join(batch, f)));
  });

  it('passes over --ndjson-in lines by id, and says how many it passed over', () => {
    const input = join(dir, 'lines.ndjson');
    writeFileSync(input, ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `某局2021年法治政府建设年度报告\n办理${id}件。` })).join('\n'));
    const out = join(dir, 'lines-out.ndjson');
    writeFileSync(out, `${JSON.stringify({ file: 'b', ok: false, error: { code: 'empty', message: 'm' } })}\n{"file":"c","ok":tr`);
    const result = run(['parse', '--ndjson-in', input, '-o', out, '--resume']);
    expect(result.status).toBe(0);
    expect(ndjson<ParseRecord>(readFileSync(out, 'utf8')).map((r) => r.file)).toEqual(['b', 'a', 'c']);
    expect(result.stderr).toContain('1 already in --out (resumed)');
  });
});
