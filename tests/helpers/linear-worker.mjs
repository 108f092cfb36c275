// Runs in a worker thread (tests/linear.test.ts): parses one hostile input at two sizes and posts
// the best times back (CPU time of this thread); with `breakdown`, also the median time of each pass of the pipeline.
// The main thread kills the worker if it takes too long.
import { readFileSync } from 'node:fs';
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

/** This thread's CPU time in ms (Linux: /proc/thread-self/schedstat, in ns), or null elsewhere. */
function threadCpuMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
const HAS_THREAD_CPU = threadCpuMs() !== null;

/** The kernel updates a running thread's CPU time at each scheduler tick (1-10 ms): a sample repeats the parse for at least this long. */
const MIN_SAMPLE_MS = 30;

/**
 * The cost of one parse, in ms: the CPU time of this worker thread (Linux), which neither other
 * processes nor GC helper threads inflate, over enough parses to span many ticks; elsewhere the
 * lesser of the wall time and the process's CPU time over it.
 */
function time(text) {
  if (HAS_THREAD_CPU) {
    // Distinct copies (trailing spaces): V8 caches some regex results per subject string.
    const copies = Array.from({ length: 8 }, (_, i) => text + ' '.repeat(i));
    const t0 = threadCpuMs();
    let spent = 0;
    let n = 0;
    do {
      parseReport(copies[n % copies.length]);
      n += 1;
      spent = threadCpuMs() - t0;
    } while (spent < MIN_SAMPLE_MS);
    return spent / n;
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  parseReport(text);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return Math.min(wall, (cpu.user + cpu.system) / 1000);
}

/** The best of the runs: noise only ever adds time. */
function best(xs) {
  return Math.min(...xs);
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
const result = { lengths: texts.map((t) => t.length), medians: samples.map(best), passes: null };
if (breakdown && PASSES && createDoc) {
  result.passes = texts.map((text) => {
    const rounds = [0, 1, 2].map(() => passTimes(text));
    return Object.fromEntries(Object.keys(rounds[0]).map((name) => [name, median(rounds.map((r) => r[name]))]));
  });
}
parentPort.postMessage(result);
