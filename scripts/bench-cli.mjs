#!/usr/bin/env node
// Times the built CLI (dist/cli.js) over batch sizes with --jobs 1, --jobs 2 and the default
// (--jobs auto), and prints a table of seconds, reports per second and speedups over --jobs 1.
// The reports are copies of fixtures/seed-*.txt made distinct, in a temp dir. Run `npm run build`
// first. Defaults take about two minutes on 2 cores.
//   node scripts/bench-cli.mjs [--sizes 200,2000,10000] [--runs 3] [--jobs 1,2,auto] [--dist DIR] [--control] [--attachments 40]
// --sizes: reports per batch; --runs: runs per cell (the median is shown, the best in brackets);
// --jobs: the settings compared (auto: no --jobs option, the default); --dist: a directory holding
// cli.js and cli-worker.js (a private build); --control also measures what the machine itself
// allows on the first size: the same parses in one process, then split over two independent
// processes (no CLI, no threads). The CLI cannot beat that ratio. --attachments N (0: none) then
// times N copies of fixtures/attachments/report.txt, .pdf and .docx, one batch per format, with
// the default --jobs: reports per second by input format (PDF needs pdfjs-dist installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,2000,10000' },
    runs: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '1,2,auto' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    control: { type: 'boolean', default: false },
    attachments: { type: 'string', default: '40' },
  },
});
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const SIZES = list(values.sizes).map(Number);
const RUNS = Number(values.runs);
const JOBS = list(values.jobs);
const DIST = resolve(values.dist);
const CLI = join(DIST, 'cli.js');

if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--sizes takes whole numbers such as 200,2000 and --runs a whole number');
  process.exit(2);
}
if (JOBS.some((j) => j !== 'auto' && !/^\d{1,3}$/.test(j))) {
  console.error('--jobs takes numbers and "auto", such as 1,2,auto');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run build first (or give --dist)`);
  process.exit(2);
}

const seeds = readdirSync(join(ROOT, 'fixtures')).filter((f) => /^seed-\d+\.txt$/.test(f)).sort();
const seedTexts = seeds.map((s) => readFileSync(join(ROOT, 'fixtures', s), 'utf8'));
const copy = (i) => `${seedTexts[i % seedTexts.length]}\n${i}\n`; // distinct contents: nothing cached across copies

const root = mkdtempSync(join(tmpdir(), 'fazhi-bench-cli-'));

function makeBatch(size) {
  const dir = join(root, String(size));
  mkdirSync(dir);
  for (let i = 0; i < size; i += 1) writeFileSync(join(dir, `r${String(i).padStart(6, '0')}.txt`), copy(i));
  return dir;
}

function once(dir, jobs) {
  const out = join(root, `out-${jobs}.ndjson`);
  const args = [CLI, 'parse', dir, '-q', '--out', out, ...(jobs === 'auto' ? [] : ['--jobs', jobs])];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`fazhi-report exited ${result.status}: ${result.stderr}`);
  return seconds;
}

/** Parses `count` copies of the seeds in a fresh process; resolves to its wall time in seconds. */
function parseInProcess(count) {
  const script = `
    const { parseReport } = await import(${JSON.stringify(join(DIST, 'index.js'))});
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

async function control(size) {
  const one = await parseInProcess(size);
  const started = process.hrtime.bigint();
  await Promise.all([parseInProcess(Math.ceil(size / 2)), parseInProcess(Math.floor(size / 2))]);
  const two = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`control, ${size} parseReport calls without the CLI: 1 process ${one.toFixed(2)} s, 2 processes ${two.toFixed(2)} s: ${(one / two).toFixed(2)}x`);
}

/** Reports per second by input format: N copies of the same report as text, PDF and DOCX. */
function attachments(count) {
  if (!(count > 0)) return;
  console.log(`by input format, ${count} copies of fixtures/attachments/report.*, default --jobs, median of ${RUNS} runs`);
  for (const ext of ['txt', 'docx', 'pdf']) {
    const source = readFileSync(join(ROOT, 'fixtures', 'attachments', `report.${ext}`));
    const dir = join(root, `attach-${ext}`);
    mkdirSync(dir);
    for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `r${String(i).padStart(6, '0')}.${ext}`), source);
    const times = [];
    for (let r = 0; r < RUNS; r += 1) times.push(once(dir, 'auto'));
    const m = median(times);
    console.log(`${pad(ext, 5)} ${pad(count, 6)} reports ${pad(m.toFixed(2), 7)} s ${pad((count / m).toFixed(1), 7)}/s [best ${Math.min(...times).toFixed(2)} s]`);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (text, width) => String(text).padStart(width);

try {
  const label = (j) => (j === 'auto' ? 'default' : `--jobs ${j}`);
  const base = JOBS[0];
  console.log(`fazhi-report parse DIR -q --out FILE: ${availableParallelism()} cores, median of ${RUNS} runs (wall clock, process start to exit), best in brackets`);
  console.log(`speedups are over ${label(base)} (median / median)`);
  const head = ['reports', ...JOBS.map((j) => pad(label(j), 24)), ...JOBS.slice(1).map((j) => pad(`x ${label(j)}`, 16))];
  console.log(head.join(' '));
  for (const size of SIZES) {
    const dir = makeBatch(size);
    once(dir, base); // warm the file cache
    const times = new Map(JOBS.map((j) => [j, []]));
    for (let r = 0; r < RUNS; r += 1) for (const j of JOBS) times.get(j).push(once(dir, j));
    const outputs = JOBS.map((j) => readFileSync(join(root, `out-${j}.ndjson`), 'utf8'));
    const same = outputs.every((o) => o === outputs[0]);
    const med = new Map(JOBS.map((j) => [j, median(times.get(j))]));
    const cells = JOBS.map((j) => {
      const m = med.get(j);
      return pad(`${m.toFixed(2)} s ${(size / m).toFixed(0)}/s [${Math.min(...times.get(j)).toFixed(2)}]`, 24);
    });
    const speedups = JOBS.slice(1).map((j) => pad(`${(med.get(base) / med.get(j)).toFixed(2)}x`, 16));
    console.log([pad(size, 7), ...cells, ...speedups].join(' ') + (same ? '' : '  OUTPUTS DIFFER'));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes skew the numbers)`);
  if (values.control) await control(SIZES[0]);
  attachments(Number(values.attachments));
} finally {
  rmSync(root, { recursive: true, force: true });
}
