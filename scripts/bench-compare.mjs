// npm run bench:compare -- <git ref> [--rounds N] [--json] [dir …]
//
// Is this checkout slower than <ref>? Both sources (this checkout's src/ and <ref>'s, taken with
// `git archive`) are bundled the same way with esbuild and loaded into one process; the corpus is
// parsed in alternating rounds, A then B, then B then A, and each round's CPU-time ratio B/A is
// kept. The median ratio and its quartiles are the answer: on a shared machine the absolute
// figures of two separate runs differ by more than most changes, but load hits both sides of a
// round alike. Corpus as in bench.mjs: ../shared/corpus/dev when present, else
// fixtures/seed-*.txt, plus any directories given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSource } from './bundle-src.mjs';
import { readCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
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

/** Bundles `src/index.ts` under `root` into the cache (under this project, so zod and date-fns resolve). */
async function bundle(root, name) {
  const outfile = join(ROOT, 'node_modules', '.cache', 'fazhi-bench', `${name}.js`);
  mkdirSync(join(ROOT, 'node_modules', '.cache', 'fazhi-bench'), { recursive: true });
  await bundleSource(outfile, { root, contents: "export { parseReport } from './src/index.ts';" });
  return import(pathToFileURL(outfile).href);
}

const sha = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-compare-'));
let A;
try {
  // the ref's src/ alone: its imports of packages resolve from this project's node_modules
  execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${tmp}"`], { cwd: ROOT });
  A = await bundle(tmp, `ref-${sha}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const B = await bundle(ROOT, 'current');

const texts = readCorpus(extraDirs).texts.map((t) => t.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
/** CPU ms of `reps` passes over the corpus. */
function timed(m, reps) {
  const start = cpuMs();
  for (let r = 0; r < reps; r++) for (const t of texts) m.parseReport(t);
  return cpuMs() - start;
}
// warm-up: both compiled before anything counts (a fresh parser is slow for its first few thousand
// parses); then enough passes over the corpus for ~100 ms a side per round
const warmStart = cpuMs();
for (let n = 0; n < 40 || cpuMs() - warmStart < 6000; n++) timed(A, 1), timed(B, 1);
const reps = Math.max(1, Math.round(100 / Math.max(0.1, timed(B, 1))));
const a = [];
const b = [];
const ratios = [];
for (let round = 0; round < ROUNDS; round++) {
  let ta;
  let tb;
  if (round % 2 === 0) {
    ta = timed(A, reps);
    tb = timed(B, reps);
  } else {
    tb = timed(B, reps);
    ta = timed(A, reps);
  }
  a.push(ta);
  b.push(tb);
  ratios.push(tb / ta);
}
const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const rate = (ms) => (reps * chars) / (ms / 1000);
const result = {
  ref: sha,
  corpus: { reports: texts.length, chars },
  rounds: ROUNDS,
  charsPerSec: { ref: rate(quantile(a, 0.5)), current: rate(quantile(b, 0.5)) },
  timeRatio: { median: quantile(ratios, 0.5), q25: quantile(ratios, 0.25), q75: quantile(ratios, 0.75) },
};
if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
else {
  const m = (x) => (x / 1e6).toFixed(2);
  const r = result.timeRatio;
  console.log(`corpus: ${texts.length} reports, ${chars} chars; ${ROUNDS} alternating rounds of ${reps} passes each, CPU time`);
  console.log(`${sha} (ref):   ${m(result.charsPerSec.ref)} M chars/s (median round)`);
  console.log(`this checkout: ${m(result.charsPerSec.current)} M chars/s (median round)`);
  console.log(`time of this checkout / ${sha}: ${r.median.toFixed(3)} (quartiles ${r.q25.toFixed(3)}–${r.q75.toFixed(3)}); below 1 is faster`);
}
