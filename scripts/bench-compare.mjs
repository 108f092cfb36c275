// npm run bench:compare -- <git ref> [--rounds N] [--json] [dir …]
//
// Is this checkout slower than <ref>? Both sources (this checkout's src/ and <ref>'s, taken with
// `git archive`) are bundled the same way with esbuild and loaded into one process; the corpus is
// parsed in alternating rounds, A then B, then B then A, and each round's CPU-time ratio B/A is
// kept. The module loaded second runs a few per cent slower in a process (the engine's decisions
// differ per module copy), so the rounds are run in two processes, one per load order, half the
// rounds each, and the ratios pooled. The median ratio and its quartiles are the answer: on a
// shared machine the absolute figures of two separate runs differ by more than most changes, but
// load hits both sides of a round alike. Corpus as in bench.mjs: ../shared/corpus/dev when
// present, else fixtures/seed-*.txt, plus any directories given.
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

if (args[0] === '--child') {
  await child(args.slice(1));
  process.exit(0);
}

const valueOf = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const JSON_OUT = args.includes('--json');
const ROUNDS = Number(valueOf('--rounds', '30'));
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const ref = positional[0];
const extraDirs = positional.slice(1);
if (!ref || !Number.isInteger(ROUNDS) || ROUNDS < 4) {
  console.error('usage: npm run bench:compare -- <git ref> [--rounds N (>= 4)] [--json] [dir …]');
  process.exit(2);
}

/** Bundles `src/index.ts` under `root` into the cache (under this project, so zod and date-fns resolve); its path. */
async function bundle(root, name) {
  const outfile = join(ROOT, 'node_modules', '.cache', 'fazhi-bench', `${name}.js`);
  mkdirSync(join(ROOT, 'node_modules', '.cache', 'fazhi-bench'), { recursive: true });
  await bundleSource(outfile, { root, contents: "export { parseReport } from './src/index.ts';" });
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
const curBundle = await bundle(ROOT, 'current');

const script = fileURLToPath(import.meta.url);
const half = Math.ceil(ROUNDS / 2);
/** The rounds of one load order, run in a process of their own (one after the other, never at once). */
const run = (order) => {
  const [first, second] = order === 'ref' ? [refBundle, curBundle] : [curBundle, refBundle];
  const out = execFileSync(process.execPath, [script, '--child', first, second, order, String(half), ...extraDirs], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
};
const refFirst = run('ref');
const curFirst = run('current');

const { texts } = readCorpus(extraDirs);
const chars = texts.reduce((n, t) => n + t.text.length, 0);
const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const pooled = { ref: [...refFirst.ref, ...curFirst.ref], cur: [...refFirst.cur, ...curFirst.cur], ratios: [...refFirst.ratios, ...curFirst.ratios] };
// each side's rate from its own process's rounds (the two processes may run different reps)
const rate = (ms, reps) => (reps * chars) / (ms / 1000);
const rates = (side) => [rate(quantile(refFirst[side], 0.5), refFirst.reps), rate(quantile(curFirst[side], 0.5), curFirst.reps)];
const result = {
  ref: sha,
  corpus: { reports: texts.length, chars },
  rounds: 2 * half,
  charsPerSec: { ref: quantile(rates('ref'), 0), current: quantile(rates('cur'), 0) },
  timeRatio: { median: quantile(pooled.ratios, 0.5), q25: quantile(pooled.ratios, 0.25), q75: quantile(pooled.ratios, 0.75) },
  byLoadOrder: { refFirst: quantile(refFirst.ratios, 0.5), currentFirst: quantile(curFirst.ratios, 0.5) },
};
if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
else {
  const m = (x) => (x / 1e6).toFixed(2);
  const r = result.timeRatio;
  console.log(`corpus: ${texts.length} reports, ${chars} chars; ${2 * half} alternating rounds in two processes (one per load order), CPU time`);
  console.log(`${sha} (ref):   ${m(result.charsPerSec.ref)} M chars/s (median round, the slower process)`);
  console.log(`this checkout: ${m(result.charsPerSec.current)} M chars/s (median round, the slower process)`);
  console.log(`median ratio by load order: ref loaded first ${result.byLoadOrder.refFirst.toFixed(3)}, this checkout loaded first ${result.byLoadOrder.currentFirst.toFixed(3)}`);
  console.log(`time of this checkout / ${sha}: ${r.median.toFixed(3)} (quartiles ${r.q25.toFixed(3)}–${r.q75.toFixed(3)}); below 1 is faster`);
}
