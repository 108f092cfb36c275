// npm run bench:compare -- <git ref> [--rounds N] [--paired] [--without-passes a,b] [--json] [dir …]
//
// Is this checkout slower than <ref>? Both sources (this checkout's src/ and <ref>'s, taken with
// `git archive`) are bundled the same way with esbuild and timed on the corpus, CPU time.
//
// By default each build runs alone in a process of its own, as `npm run bench` runs the library:
// N pairs of processes, A then B, then B then A; each process warms up, then times 15 rounds and
// keeps the median; the answer is the median of the N pairs' ratios B/A and their quartiles.
// Loading two builds into one process is not neutral: the engine's decisions there (which
// allocation sites it moves to the old generation, how it lays out code) differ by load order and
// can favour either build by 10-20% (a pretenured site in the second copy made one pass 7x slower).
//
// --paired: the older harness, both builds in one process, alternating rounds, one process per
// load order, ratios pooled (steadier rounds, but the bias above).
// --without-passes: this checkout's pipeline without the named passes (e.g. the passes of schema
// version 2: identity,indicator,topic,parts,citations), to see what the others cost against <ref>.
// Corpus as in bench.mjs: ../shared/corpus/dev when present, else fixtures/seed-*.txt, plus any
// directories given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSource } from './bundle-src.mjs';
import { readCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** CPU ms of `reps` passes over `texts` by `m`. */
function timed(m, texts, reps) {
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const t of texts) m.parseReport(t);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * One process's share: `first` and `second` (bundle paths) loaded in that order, warmed up, then
 * `rounds` alternating rounds; prints {ref, cur, ratios} as JSON (times in ms, ratio cur/ref).
 */
async function child([first, second, refIsFirst, rounds, ...dirs]) {
  const F = await import(pathToFileURL(first).href);
  const S = await import(pathToFileURL(second).href);
  const [A, B] = refIsFirst === 'ref' ? [F, S] : [S, F];
  const texts = readCorpus(dirs).texts.map((t) => t.text);
  // warm-up: both compiled before anything counts (a fresh parser is slow for its first few
  // thousand parses); then enough passes over the corpus for ~100 ms a side per round
  const warmStart = performance.now();
  for (let n = 0; n < 40 || performance.now() - warmStart < 6000; n++) timed(A, texts, 1), timed(B, texts, 1);
  const reps = Math.max(1, Math.round(100 / Math.max(0.1, timed(B, texts, 1))));
  const out = { reps, ref: [], cur: [], ratios: [] };
  for (let round = 0; round < Number(rounds); round++) {
    let ta;
    let tb;
    if (round % 2 === 0) {
      ta = timed(A, texts, reps);
      tb = timed(B, texts, reps);
    } else {
      tb = timed(B, texts, reps);
      ta = timed(A, texts, reps);
    }
    out.ref.push(ta);
    out.cur.push(tb);
    out.ratios.push(tb / ta);
  }
  console.log(JSON.stringify(out));
}

/** One process, one build: warm up, then 15 timed rounds; prints {ms, reps} (the median round's CPU ms). */
async function soloChild([bundlePath, ...dirs]) {
  const M = await import(pathToFileURL(bundlePath).href);
  const texts = readCorpus(dirs).texts.map((t) => t.text);
  const warmStart = performance.now();
  for (let n = 0; n < 600 || performance.now() - warmStart < 2500; n++) timed(M, texts, 1);
  const reps = Math.max(1, Math.round(50 / Math.max(0.1, timed(M, texts, 1))));
  const ms = [];
  for (let r = 0; r < 15; r++) ms.push(timed(M, texts, reps));
  ms.sort((x, y) => x - y);
  console.log(JSON.stringify({ ms: ms[7], reps }));
}

if (args[0] === '--child') {
  await child(args.slice(1));
  process.exit(0);
}
if (args[0] === '--solo-child') {
  await soloChild(args.slice(1));
  process.exit(0);
}

const valueOf = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const JSON_OUT = args.includes('--json');
const PAIRED = args.includes('--paired');
const ROUNDS = Number(valueOf('--rounds', PAIRED ? '30' : '10'));
const WITHOUT = valueOf('--without-passes', '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--without-passes');
const ref = positional[0];
const extraDirs = positional.slice(1);
if (!ref || !Number.isInteger(ROUNDS) || ROUNDS < 4) {
  console.error(
    'usage: npm run bench:compare -- <git ref> [--rounds N (>= 4)] [--paired] [--without-passes a,b] [--json] [dir …]',
  );
  process.exit(2);
}

/**
 * Bundles `src/index.ts` under `root` into the cache (under this project, so zod and date-fns
 * resolve); its path. `without`: names of passes taken out of the pipeline before any parse.
 */
async function bundle(root, name, without = []) {
  const outfile = join(ROOT, 'node_modules', '.cache', 'fazhi-bench', `${name}.js`);
  mkdirSync(join(ROOT, 'node_modules', '.cache', 'fazhi-bench'), { recursive: true });
  const contents =
    without.length === 0
      ? "export { parseReport } from './src/index.ts';"
      : `export { parseReport } from './src/index.ts';
import { PASSES } from './src/parse.ts';
const without = ${JSON.stringify(without)};
const unknown = without.filter((name) => !PASSES.some((p) => p.name === name));
if (unknown.length > 0) throw new Error('bench:compare: no pass named ' + unknown.join(', ') + ' (passes: ' + PASSES.map((p) => p.name).join(', ') + ')');
for (let i = PASSES.length - 1; i >= 0; i--) if (without.includes(PASSES[i].name)) PASSES.splice(i, 1);`;
  await bundleSource(outfile, { root, contents });
  return outfile;
}

const sha = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-compare-'));
let refBundle;
try {
  // the ref's src/ alone: its imports of packages resolve from this project's node_modules
  execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${tmp}"`], { cwd: ROOT });
  refBundle = await bundle(tmp, `ref-${sha}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const curBundle = await bundle(ROOT, WITHOUT.length ? 'current-without' : 'current', WITHOUT);
if (WITHOUT.length) {
  // a pass name that is not in the pipeline is a usage error, said here rather than by every child
  try {
    await import(pathToFileURL(curBundle).href);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

const script = fileURLToPath(import.meta.url);
const { texts } = readCorpus(extraDirs);
const chars = texts.reduce((n, t) => n + t.text.length, 0);
const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const rate = (ms, reps) => (reps * chars) / (ms / 1000);
const label = WITHOUT.length ? `this checkout without ${WITHOUT.join(', ')}` : 'this checkout';

let result;
if (PAIRED) {
  const half = Math.ceil(ROUNDS / 2);
  /** The rounds of one load order, run in a process of their own (one after the other, never at once). */
  const run = (order) => {
    const [first, second] = order === 'ref' ? [refBundle, curBundle] : [curBundle, refBundle];
    const out = execFileSync(process.execPath, [script, '--child', first, second, order, String(half), ...extraDirs], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const refFirst = run('ref');
  const curFirst = run('current');
  const pooled = { ratios: [...refFirst.ratios, ...curFirst.ratios] };
  // each side's rate from its own process's rounds (the two processes may run different reps)
  const rates = (side) => [rate(quantile(refFirst[side], 0.5), refFirst.reps), rate(quantile(curFirst[side], 0.5), curFirst.reps)];
  result = {
    ref: sha,
    mode: 'paired',
    withoutPasses: WITHOUT,
    corpus: { reports: texts.length, chars },
    rounds: 2 * half,
    charsPerSec: { ref: quantile(rates('ref'), 0), current: quantile(rates('cur'), 0) },
    timeRatio: { median: quantile(pooled.ratios, 0.5), q25: quantile(pooled.ratios, 0.25), q75: quantile(pooled.ratios, 0.75) },
    byLoadOrder: { refFirst: quantile(refFirst.ratios, 0.5), currentFirst: quantile(curFirst.ratios, 0.5) },
  };
} else {
  /** One process timing one build alone: {ms, reps}. */
  const solo = (bundlePath) => {
    const out = execFileSync(process.execPath, [script, '--solo-child', bundlePath, ...extraDirs], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const refRates = [];
  const curRates = [];
  const ratios = [];
  for (let pair = 0; pair < ROUNDS; pair++) {
    // the pair's order alternates, so a change of load on the machine hits both sides alike
    let a;
    let b;
    if (pair % 2 === 0) {
      a = solo(refBundle);
      b = solo(curBundle);
    } else {
      b = solo(curBundle);
      a = solo(refBundle);
    }
    refRates.push(rate(a.ms, a.reps));
    curRates.push(rate(b.ms, b.reps));
    ratios.push(b.ms / b.reps / (a.ms / a.reps));
  }
  result = {
    ref: sha,
    mode: 'solo',
    withoutPasses: WITHOUT,
    corpus: { reports: texts.length, chars },
    rounds: ROUNDS,
    charsPerSec: { ref: quantile(refRates, 0.5), current: quantile(curRates, 0.5) },
    timeRatio: { median: quantile(ratios, 0.5), q25: quantile(ratios, 0.25), q75: quantile(ratios, 0.75) },
    ratios,
  };
}
if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
else {
  const m = (x) => (x / 1e6).toFixed(2);
  const r = result.timeRatio;
  if (result.mode === 'paired') {
    console.log(`corpus: ${texts.length} reports, ${chars} chars; ${result.rounds} alternating rounds in two processes (one per load order), CPU time`);
    console.log(`${sha} (ref):   ${m(result.charsPerSec.ref)} M chars/s (median round, the slower process)`);
    console.log(`${label}: ${m(result.charsPerSec.current)} M chars/s (median round, the slower process)`);
    console.log(`median ratio by load order: ref loaded first ${result.byLoadOrder.refFirst.toFixed(3)}, this checkout loaded first ${result.byLoadOrder.currentFirst.toFixed(3)}`);
  } else {
    console.log(`corpus: ${texts.length} reports, ${chars} chars; ${result.rounds} pairs of processes, one build each (order alternating), CPU time`);
    console.log(`${sha} (ref):   ${m(result.charsPerSec.ref)} M chars/s (median process)`);
    console.log(`${label}: ${m(result.charsPerSec.current)} M chars/s (median process)`);
    console.log(`pair ratios: ${result.ratios.map((x) => x.toFixed(2)).join(' ')}`);
  }
  console.log(`time of ${label} / ${sha}: ${r.median.toFixed(3)} (quartiles ${r.q25.toFixed(3)}–${r.q75.toFixed(3)}); below 1 is faster`);
}
