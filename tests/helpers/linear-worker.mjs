// Runs in a worker thread (tests/linear.test.ts): parses one hostile input at two sizes and posts
// the median times back; with `breakdown`, also the median time of each pass of the pipeline.
// The main thread kills the worker if it takes too long.
import { parentPort, workerData } from 'node:worker_threads';

/**
 * @type {{ modulePath: string, unit: string, prefix: string, suffix: string, sizes: number[],
 *          runs: number, breakdown: boolean }}
 */
const { modulePath, unit, prefix, suffix, sizes, runs, breakdown } = workerData;
const { parseReport, PASSES, createDoc, emptyDraft } = await import(modulePath);

/** The hostile input at (about) `size` characters: prefix + unit × k + suffix. */
function build(size) {
  const k = Math.max(1, Math.ceil((size - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(k) + suffix;
}

/**
 * The cost of one parse, in ms: the lesser of its wall time and the CPU time of this process over
 * it. On a busy machine the wall time grows while the CPU time does not; the CPU time counts
 * parallel GC threads, the wall time does not. (This process runs one test file: vitest forks.)
 */
function time(text) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  parseReport(text);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return Math.min(wall, (cpu.user + cpu.system) / 1000);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** The time of each pass on `text` (the orchestrator of src/parse.ts, replayed step by step). */
function passTimes(text) {
  const times = { document: 0 };
  let t0 = performance.now();
  const doc = createDoc(text);
  times.document = performance.now() - t0;
  let draft = emptyDraft(text.length);
  for (const pass of PASSES) {
    t0 = performance.now();
    const update = pass.run(doc, draft);
    times[pass.name] = performance.now() - t0;
    draft = { ...draft, ...update, warnings: [...draft.warnings, ...(update.warnings ?? [])] };
  }
  return times;
}

const texts = sizes.map(build);
for (const text of texts) time(text); // warm-up: compile, fill caches
const samples = texts.map(() => []);
for (let r = 0; r < runs; r++) texts.forEach((text, i) => samples[i].push(time(text)));
const result = { lengths: texts.map((t) => t.length), medians: samples.map(median), passes: null };
if (breakdown && PASSES && createDoc) {
  result.passes = texts.map((text) => {
    const rounds = [0, 1, 2].map(() => passTimes(text));
    return Object.fromEntries(Object.keys(rounds[0]).map((name) => [name, median(rounds.map((r) => r[name]))]));
  });
}
parentPort.postMessage(result);
