#!/usr/bin/env node
// Times the built CLI's dataset command against parse to NDJSON on the same batch (copies of
// fixtures/seed-*.txt made distinct, in a temp dir), and prints reports per second and the ratio
// (target: dataset at 0.7x of parse or better). Also times dataset reading the NDJSON records
// that parse wrote; with --keywords, also dataset DIR --keywords (needs @node-rs/jieba; segmenting
// is most of its time). Run `npm run build` first; needs @duckdb/node-api installed.
//   node scripts/bench-dataset.mjs [--size 2000] [--runs 3] [--dist DIR] [--keywords]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    keywords: { type: 'boolean', default: false },
  },
});
const SIZE = Number(values.size);
const RUNS = Number(values.runs);
const CLI = join(resolve(values.dist), 'cli.js');
if (!Number.isInteger(SIZE) || SIZE < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--size and --runs take whole numbers');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run build first (or give --dist)`);
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'fazhi-bench-dataset-'));
const seeds = readdirSync(join(ROOT, 'fixtures')).filter((f) => /^seed-\d+\.txt$/.test(f)).sort();
const seedTexts = seeds.map((s) => readFileSync(join(ROOT, 'fixtures', s), 'utf8'));

function makeBatch(size) {
  const dir = join(root, 'reports');
  mkdirSync(dir);
  for (let i = 0; i < size; i += 1) writeFileSync(join(dir, `r${String(i).padStart(6, '0')}.txt`), `${seedTexts[i % seedTexts.length]}\n${i}\n`);
  return dir;
}

/** CPU seconds (user + system) of the children this process has waited for; null off Linux. */
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (USER_HZ 100)
}

/** Runs the CLI once; returns its wall time and CPU time in seconds (process start to exit). */
function time(args) {
  const cpu = childrenCpu();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`fazhi-report ${args[0]} exited ${result.status}: ${result.stderr}`);
  return { seconds, cpu: cpu === null ? null : childrenCpu() - cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const dir = makeBatch(SIZE);
  const ndjson = join(root, 'reports.ndjson');
  const db = join(root, 'reports.duckdb');
  const modes = [
    ['parse DIR --out FILE.ndjson', ['parse', dir, '-q', '--out', ndjson]],
    ['dataset DIR --db FILE', ['dataset', dir, '-q', '--db', db]],
    ['dataset FILE.ndjson --db FILE', ['dataset', ndjson, '-q', '--db', db]],
    ...(values.keywords ? [['dataset DIR --db FILE --keywords', ['dataset', dir, '-q', '--db', db, '--keywords']]] : []),
  ];
  time(modes[0][1]); // warm the file cache, and write the NDJSON the last mode reads
  const times = modes.map(() => []);
  const cpus = modes.map(() => []);
  for (let r = 0; r < RUNS; r += 1) {
    modes.forEach(([, args], m) => {
      const { seconds, cpu } = time(args);
      times[m].push(seconds);
      if (cpu !== null) cpus[m].push(cpu);
    });
  }
  console.log(`fazhi-report dataset vs parse on ${SIZE} reports: ${availableParallelism()} cores, median of ${RUNS} runs (wall clock), best in brackets;`);
  console.log('CPU: user + system seconds of the whole process (median), which a busy machine skews less than the wall clock');
  const base = median(times[0]);
  const baseCpu = cpus[0].length > 0 ? median(cpus[0]) : null;
  for (const [m, [label]] of modes.entries()) {
    const med = median(times[m]);
    const cell = `${med.toFixed(2)} s ${(SIZE / med).toFixed(0)}/s [${Math.min(...times[m]).toFixed(2)}]`;
    const cpu = baseCpu === null ? '' : `   CPU ${median(cpus[m]).toFixed(2)} s, ${(baseCpu / median(cpus[m])).toFixed(2)}x of parse`;
    console.log(`${label.padEnd(34)} ${cell.padStart(24)}   ${(base / med).toFixed(2)}x of parse${cpu}`);
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes skew the numbers)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
