// Runs in a worker thread (tests/linear.test.ts): parses one hostile input at two sizes and posts
// the median times back. The main thread kills the worker if it takes too long.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ modulePath: string, unit: string, prefix: string, suffix: string, sizes: number[], runs: number }} */
const { modulePath, unit, prefix, suffix, sizes, runs } = workerData;
const { parseReport } = await import(modulePath);

/** The hostile input at (about) `size` characters: prefix + unit × k + suffix. */
function build(size) {
  const k = Math.max(1, Math.ceil((size - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(k) + suffix;
}

function time(text) {
  const t0 = performance.now();
  parseReport(text);
  return performance.now() - t0;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const texts = sizes.map(build);
for (const text of texts) time(text); // warm-up: compile, fill caches
for (const text of texts) time(text);
const samples = texts.map(() => []);
for (let r = 0; r < runs; r++) texts.forEach((text, i) => samples[i].push(time(text)));
parentPort.postMessage({ lengths: texts.map((t) => t.length), medians: samples.map(median) });
