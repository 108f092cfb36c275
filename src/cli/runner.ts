// The worker pool of a batch: runs messages of consecutive tasks, gives up on one over --timeout,
// retries the inputs of a worker that died one by one, and on a forced stop abandons what runs
// (null: no record, the input stays to do for --resume).
import { Piscina } from 'piscina';
import { crashed, type Ready } from './items.js';
import type { OutputFormat } from './format.js';
import { packResults, type ResultBatch, type Task, type TaskGroup, type WorkerSettings } from './task.js';
import { createWatchBoard, watch as watchTasks } from './watchdog.js';

/**
 * Inputs a worker holds at once (posted to it, queued in its inbox), so that it never waits for a
 * round trip through the main thread between two inputs. Measured on 2,000 reports, --jobs 1, one
 * input per message: with 4 the worker waited 150-250 ms for tasks, with 16 about 20-40 ms.
 */
const INPUTS_PER_WORKER = 16;
/** Retries after a worker died, one input at a time across the whole run. */
const RETRY_ATTEMPTS = 3;

export interface RunnerOptions {
  threads: number;
  perMessage: number;
  /** Seconds one input may take; 0 for no limit. */
  timeout: number;
  format: OutputFormat;
  settings: Omit<WorkerSettings, 'watch'>;
}

export interface Runner {
  /** Runs consecutive tasks numbered from `seq`; null when abandoned. */
  run(seq: number, tasks: Task[]): Promise<ResultBatch | null>;
  /** Stops every worker now: what runs is abandoned. */
  abandon(): Promise<void>;
  close(): Promise<void>;
}

const one = (ready: Ready): ResultBatch => packResults([ready]);

export function createRunner(options: RunnerOptions): Runner {
  const watch = options.timeout > 0 ? createWatchBoard() : undefined;
  const pool = new Piscina<TaskGroup, ResultBatch>({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    // Tasks wait in the worker's own inbox: a worker never idles while the main thread is busy.
    // (Piscina runs abortable tasks, those under a --timeout, one at a time per worker.)
    concurrentTasksPerWorker: Math.max(2, Math.ceil(INPUTS_PER_WORKER / options.perMessage)),
    workerData: { ...options.settings, watch } satisfies WorkerSettings,
  });
  let abandoned = false;
  /** Abort handles of the tasks under a time limit, by task number. */
  const running = new Map<number, AbortController>();
  const overdue = new Set<number>();
  const stopWatching = watch
    ? watchTasks(watch, options.timeout * 1000, (seq) => {
        if (overdue.has(seq)) return;
        overdue.add(seq);
        running.get(seq)?.abort();
      })
    : () => {};
  let retries: Promise<unknown> = Promise.resolve();
  /**
   * A worker died (and took every message it held with it, not only the one at fault): each of
   * those inputs runs again on its own, one after the other (up to three times), so only an input
   * that keeps killing its worker gets an error record.
   */
  const retryOneByOne = (seq: number, tasks: Task[]): Promise<ResultBatch | null> => {
    const run = retries.then(async () => {
      const batches: ResultBatch[] = [];
      for (const [k, task] of tasks.entries()) {
        // another input may kill the worker this one runs on meanwhile: a few attempts each
        let batch: ResultBatch | undefined;
        let failure: unknown;
        for (let attempt = 0; attempt < RETRY_ATTEMPTS && batch === undefined && !abandoned; attempt++) {
          batch = await pool.run({ seq: seq + k, tasks: [task] }).catch((error: unknown) => {
            failure = error;
            return undefined;
          });
        }
        if (abandoned) return null;
        batches.push(batch ?? one(crashed(task, failure, options.format, null)));
      }
      return joinBatches(batches);
    });
    retries = run.catch(() => undefined);
    return run;
  };
  return {
    run(seq, tasks) {
      if (!watch) return pool.run({ seq, tasks }).catch(() => (abandoned ? null : retryOneByOne(seq, tasks)));
      const controller = new AbortController();
      running.set(seq, controller);
      return pool
        .run({ seq, tasks }, { signal: controller.signal })
        .catch((error: unknown) => {
          if (abandoned) return null;
          return joinBatches(tasks.map((task) => one(crashed(task, error, options.format, overdue.has(seq) ? options.timeout : null))));
        })
        .finally(() => running.delete(seq));
    },
    async abandon() {
      abandoned = true;
      await pool.destroy();
    },
    async close() {
      stopWatching();
      await pool.destroy();
    },
  };
}

/** Batches one after another as one. */
function joinBatches(batches: readonly ResultBatch[]): ResultBatch {
  if (batches.length === 1) return batches[0]!;
  const bytes = new Uint8Array(batches.reduce((n, b) => n + b.bytes.length, 0));
  let at = 0;
  for (const b of batches) {
    bytes.set(b.bytes, at);
    at += b.bytes.length;
  }
  return { results: batches.flatMap((b) => b.results), bytes, lengths: batches.flatMap((b) => b.lengths) };
}
