// How many worker threads a batch gets. Each worker pays a fixed cost before it parses at full
// speed: V8 compiles the parser again in every isolate (about 1.7 CPU-seconds, most of it TurboFan
// on background threads) and runs it slowly until then. With one worker that cost runs on an
// otherwise idle core; a second worker competes with the parsing for it, so it pays off only on a
// batch big enough. `--jobs auto` (the default) therefore starts one worker and adds the k-th only
// when the batch holds at least AUTO_BREAK_EVEN_BYTES × k(k-1)/2 bytes: the k-th worker saves
// T/(k(k-1)) of a batch's time T for the same fixed cost, so it needs k(k-1)/2 times the batch the
// second worker needs.

/**
 * Input bytes from which a second worker makes a batch faster, measured on a 2-core machine
 * (Node 20, copies of the seed reports, 11 KB each, output to a file, best of 5 interleaved runs):
 * --jobs 1 vs 2 took 0.85 vs 0.82 s on 200 reports, 1.77 vs 2.23 s on 2,000, 3.37 vs 3.37 s on
 * 5,000 (55 MB) and 5.99 vs 5.78 s on 10,000 (111 MB): they meet between 55 and 111 MB. A
 * second series: 10,000 reports 6.20 vs 5.86 s, 20,000 (222 MB) 10.71 vs 8.39 s (1.28x). One
 * worker already keeps about 1.5 cores busy (the main thread, V8's compiler and GC threads), so on
 * 2 cores a second one gains little; when other processes load the machine it loses. With more cores the extra workers compile on idle
 * cores and pay off sooner: this errs towards fewer workers; --jobs N overrides it.
 */
export const AUTO_BREAK_EVEN_BYTES = 64 * 1024 * 1024;

/** Test hook: another break-even in bytes (to test the choice on the built CLI with small files). */
const TEST_BREAK_EVEN = Number(process.env.FAZHI_REPORT_TEST_BREAK_EVEN ?? '');
const BREAK_EVEN = Number.isFinite(TEST_BREAK_EVEN) && TEST_BREAK_EVEN > 0 ? TEST_BREAK_EVEN : AUTO_BREAK_EVEN_BYTES;

/** What is known of a batch when the workers are started. */
export interface BatchSize {
  /** Number of inputs, or null when unknown (NDJSON lines not read yet). */
  inputs: number | null;
  /** Total bytes of the inputs, or null when unknown (a pipe). */
  bytes: number | null;
}

/** Bytes a batch needs for `workers` workers under --jobs auto. */
export function autoThreshold(workers: number): number {
  return (BREAK_EVEN * workers * (workers - 1)) / 2;
}

/** Workers for --jobs auto: one, plus each further one the batch's size repays, at most one per core and per input. */
export function autoJobs(batch: BatchSize, cores: number): number {
  const cap = Math.min(Math.max(1, cores), batch.inputs ?? Number.POSITIVE_INFINITY);
  if (batch.bytes === null) return 1;
  let workers = 1;
  while (workers < cap && batch.bytes >= autoThreshold(workers + 1)) workers += 1;
  return workers;
}

/** The worker count: --jobs N gives N (at most one per input), --jobs auto decides by size. */
export function workerCount(jobs: number | 'auto', batch: BatchSize, cores: number): number {
  if (jobs === 'auto') return autoJobs(batch, cores);
  return Math.max(1, Math.min(jobs, batch.inputs ?? jobs));
}

/**
 * The largest number of bytes autoJobs can look at for `cores` cores: summing file sizes may stop
 * there (stat is cheap, but not free on 100,000 files).
 */
export function bytesWorthCounting(cores: number): number {
  return autoThreshold(Math.max(1, cores));
}

/** Most inputs sent to a worker in one message. */
export const MAX_TASKS_PER_MESSAGE = 8;

/**
 * Inputs per message to a worker: several small files per message spare the per-message costs
 * (structured clone, wake-up, the pool's bookkeeping) on both threads, but only while every worker
 * still gets at least 16 messages, so that the work stays evenly spread. One per message under a
 * time limit (the watchdog aborts a whole message) and when the number of inputs is unknown and
 * small batches are likely (a pipe of NDJSON lines gets 4).
 */
export function tasksPerMessage(inputs: number | null, workers: number, timeLimit: boolean): number {
  if (timeLimit) return 1;
  if (inputs === null) return 4;
  const perWorker = Math.floor(inputs / (Math.max(1, workers) * 16));
  return Math.max(1, Math.min(MAX_TASKS_PER_MESSAGE, perWorker));
}
