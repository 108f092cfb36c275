#!/usr/bin/env node
// Times the built CLI (dist/cli.js) on 200 reports (copies of fixtures/seed-*.txt in a temp dir)
// with --jobs 1 and --jobs 2, and prints the speedup. Run `npm run build` first.
//   node scripts/bench-cli.mjs [--reports 200] [--runs 5] [--jobs-high 2] [--control]
// --control also measures what the machine itself allows: the same parses in one process, then
// split over two independent processes (no CLI, no threads). The CLI cannot beat that ratio.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '200' },
    runs: { type: 'string', default: '5' },
    'jobs-high': { type: 'string', default: '2' },
    control: { type: 'boolean', default: false },
  },
});
const REPORTS = Number(values.reports);
const RUNS = Number(values.runs);
const HIGH = Number(values['jobs-high']);

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run build first`);
  process.exit(2);
}

const seeds = readdirSync(join(ROOT, 'fixtures')).filter((f) => /^seed-\d+\.txt$/.test(f)).sort();
const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-cli-'));
for (let i = 0; i < REPORTS; i += 1) {
  const seed = seeds[i % seeds.length];
  // Distinct contents, so nothing can be cached across copies.
  writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), `${readFileSync(join(ROOT, 'fixtures', seed), 'utf8')}\n${i}\n`);
}

function once(jobs) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, 'parse', dir, '--jobs', String(jobs), '-q', '--out', join(dir, `out-${jobs}.ndjson`)], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`fazhi-report exited ${result.status}: ${result.stderr}`);
  return seconds;
}

/** Parses `count` copies of the seeds in a fresh process; resolves to its wall time in seconds. */
function parseInProcess(count) {
  const script = `
    const { parseReport } = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
    const { readFileSync } = await import('node:fs');
    const texts = ${JSON.stringify(seeds.map((s) => join(ROOT, 'fixtures', s)))}.map((p) => readFileSync(p, 'utf8'));
    for (let i = 0; i < ${count}; i += 1) parseReport(texts[i % texts.length] + '\\n' + i + '\\n');`;
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(Number(process.hrtime.bigint() - started) / 1e9) : fail(new Error(`exit ${code}`))));
  });
}

async function control() {
  const one = await parseInProcess(REPORTS);
  const started = process.hrtime.bigint();
  await Promise.all([parseInProcess(Math.ceil(REPORTS / 2)), parseInProcess(Math.floor(REPORTS / 2))]);
  const two = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`  control, parseReport without the CLI: 1 process ${one.toFixed(2)} s, 2 processes ${two.toFixed(2)} s: ${(one / two).toFixed(2)}x`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);

try {
  once(1); // warm the file cache
  const low = [];
  const high = [];
  for (let r = 0; r < RUNS; r += 1) {
    low.push(once(1));
    high.push(once(HIGH));
  }
  const a = median(low);
  const b = median(high);
  const bestA = best(low);
  const bestB = best(high);
  const same = readFileSync(join(dir, 'out-1.ndjson'), 'utf8') === readFileSync(join(dir, `out-${HIGH}.ndjson`), 'utf8');
  console.log(`fazhi-report parse: ${REPORTS} reports, ${availableParallelism()} cores, median of ${RUNS} runs (wall clock, process start to exit)`);
  console.log(`  --jobs 1: ${a.toFixed(2)} s  (${(REPORTS / a).toFixed(0)} reports/s)  runs: ${low.map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`  --jobs ${HIGH}: ${b.toFixed(2)} s  (${(REPORTS / b).toFixed(0)} reports/s)  runs: ${high.map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`  speedup: ${(a / b).toFixed(2)}x median, ${(bestA / bestB).toFixed(2)}x best of ${RUNS} (target >= 1.7x on 2 cores)`);
  console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes skew the numbers)`);
  console.log(`  same output with --jobs 1 and --jobs ${HIGH}: ${same ? 'yes' : 'NO'}`);
  if (values.control) await control();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
