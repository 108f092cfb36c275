// `fazhi-report parse`: inputs → worker pool → records in input order → stdout or --out.
import type { Writable } from 'node:stream';
import { Piscina } from 'piscina';
import { OutputError, UsageError } from './errors.js';
import { csvHeader, type OutputFormat } from './format.js';
import { availableParallelism } from 'node:os';
import { batchSize } from './batchSize.js';
import { expandInputs } from './inputs.js';
import { bytesWorthCounting, tasksPerMessage, workerCount } from './jobs.js';
import { crashed, fileItems, groupTasks, ndjsonItems } from './items.js';
import { limiter } from './limiter.js';
import { OrderedWriter } from './orderedWriter.js';
import { closeOutput, openOutput } from './output.js';
import { createProgress, summaryLine, type Tally } from './progress.js';
import type { InputFormat } from './record.js';
import type { Task, TaskGroup, TaskResult, WorkerSettings } from './task.js';
import { createWatchBoard, watch as watchTasks } from './watchdog.js';

export interface ParseCommandOptions {
  format: OutputFormat;
  out?: string | undefined;
  /** Worker threads, or 'auto': one, more for a big batch (see jobs.ts). */
  jobs: number | 'auto';
  maxBytes: number;
  ndjsonIn: boolean;
  inputFormat: InputFormat | 'auto';
  encoding?: string | undefined;
  withText: boolean;
  bom: boolean;
  quiet: boolean;
  progress: boolean;
  /** Seconds one input may take; 0 for no limit. */
  timeout: number;
  /** Where the records go instead of stdout or --out (the dataset command); `out` then names it in messages. */
  sink?: Writable | undefined;
}

/**
 * Inputs a worker holds at once (posted to it, queued in its inbox), so that it never waits for a
 * round trip through the main thread between two inputs. Measured on 2,000 reports, --jobs 1, one
 * input per message: with 4 the worker waited 150-250 ms for tasks, with 16 about 20-40 ms.
 */
const INPUTS_PER_WORKER = 16;
/**
 * Inputs started and not yet written, per worker: those in the workers, those queued in the pool
 * (handed to a worker the moment it sends a result, without waiting for the main thread's loop),
 * and results waiting for an earlier one to be written in order. Bounds memory on any batch.
 */
const WINDOW_PER_JOB = 32;

/** Runs the batch; resolves to the exit code (0 all ok, 1 some failed). */
export async function runParse(args: readonly string[], options: ParseCommandOptions): Promise<number> {
  const started = process.hrtime.bigint();
  if (args.length === 0 && !options.ndjsonIn) {
    throw new UsageError('give files, directories or globs to parse, or - to read stdin');
  }
  const sources = await expandInputs(args.length === 0 ? ['-'] : args);
  const out = options.sink ?? (await openOutput(options.out));
  let outError: Error | null = null;
  out.on('error', (error: Error) => {
    outError ??= error;
  });
  const watch = options.timeout > 0 ? createWatchBoard() : undefined;
  const settings: WorkerSettings = {
    maxBytes: options.maxBytes,
    inputFormat: options.inputFormat,
    encoding: options.encoding,
    output: options.format,
    withText: options.withText,
    watch,
  };
  const cores = availableParallelism();
  const batch =
    options.jobs === 'auto'
      ? batchSize(sources, options.ndjsonIn, bytesWorthCounting(cores))
      : { inputs: options.ndjsonIn ? null : sources.length, bytes: null };
  const threads = workerCount(options.jobs, batch, cores);
  // lines piped in one by one go to a worker one by one: a slow producer (tail -f) sees each record at once
  const piped = options.ndjsonIn && sources.some((source) => source.kind === 'stdin');
  const perMessage = piped ? 1 : tasksPerMessage(batch.inputs, threads, watch !== undefined);
  const pool = new Piscina<TaskGroup, TaskResult[]>({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Tasks wait in the worker's own inbox: a worker never idles while the main thread is busy.
    // (Piscina runs abortable tasks, those under a --timeout, one at a time per worker.)
    concurrentTasksPerWorker: Math.max(2, Math.ceil(INPUTS_PER_WORKER / perMessage)),
    workerData: settings,
  });
  const tally: Tally = { files: 0, ok: 0, failed: 0, metrics: 0 };
  const progress = createProgress(options.progress && !options.quiet && process.stderr.isTTY === true, sources.length);
  const separator = options.format === 'json' ? ',\n' : '';
  /** Counts a written record (and shows a failure at once in CSV, which has no error rows). */
  const count = (result: TaskResult): void => {
    tally.files += 1;
    if (result.ok) tally.ok += 1;
    else tally.failed += 1;
    tally.metrics += result.metrics;
    if (!result.ok && options.format === 'csv' && !options.quiet) {
      progress.stop();
      process.stderr.write(`fazhi-report: ${result.file}: ${result.error?.code}: ${result.error?.message}\n`);
    }
    progress.tick(tally);
  };
  /** Messages started and not yet written: bounds the memory of a batch of any size. */
  const window = limiter(threads * Math.max(4, Math.ceil(WINDOW_PER_JOB / perMessage)));
  let records = 0;
  const writer = new OrderedWriter<TaskResult[]>(
    out,
    options.out ?? 'stdout',
    (results) =>
      results.flatMap((result) => {
        records += 1;
        return records > 1 && separator !== '' ? [separator, result.out] : [result.out];
      }),
    (results) => {
      window.release();
      for (const result of results) count(result);
    },
  );
  if (options.format === 'json') writer.raw('[\n');
  if (options.format === 'csv') writer.raw((options.bom ? '\uFEFF' : '') + csvHeader());

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
  /** Retries after a worker died, one input at a time across the whole run. */
  const RETRY_ATTEMPTS = 3;
  let retries: Promise<unknown> = Promise.resolve();
  /**
   * A worker died (and took every message it held with it, not only the one at fault): each of
   * those inputs runs again on its own, one after the other (up to three times), so only an input
   * that keeps killing its worker gets an error record.
   */
  const retryOneByOne = (seq: number, tasks: Task[]): Promise<TaskResult[]> => {
    const run = retries.then(async () => {
      const results: TaskResult[] = [];
      for (const [k, task] of tasks.entries()) {
        // another input may kill the worker this one runs on meanwhile: a few attempts each
        let result: TaskResult | undefined;
        let failure: unknown;
        for (let attempt = 0; attempt < RETRY_ATTEMPTS && result === undefined; attempt++) {
          result = await pool.run({ seq: seq + k, tasks: [task] }).then(
            (r) => r[0]!,
            (error: unknown) => {
              failure = error;
              return undefined;
            },
          );
        }
        results.push(result ?? crashed(task, failure, options.format, null));
      }
      return results;
    });
    retries = run.catch(() => undefined);
    return run;
  };
  /** Runs consecutive tasks numbered from `seq`; under a time limit, one task per message. */
  const runTasks = (seq: number, tasks: Task[]): Promise<TaskResult[]> => {
    if (!watch) {
      return pool.run({ seq, tasks }).catch(() => retryOneByOne(seq, tasks));
    }
    const controller = new AbortController();
    running.set(seq, controller);
    return pool
      .run({ seq, tasks }, { signal: controller.signal })
      .catch((error: unknown) => tasks.map((task) => crashed(task, error, options.format, overdue.has(seq) ? options.timeout : null)))
      .finally(() => running.delete(seq));
  };
  const done: Promise<void>[] = [];
  /** The first write that failed: the batch stops there. */
  let failure: unknown;
  /** Inputs seen (the number of the next task), and messages started (the writer's order). */
  let inputs = 0;
  let messages = 0;
  const items = groupTasks(options.ndjsonIn ? ndjsonItems(sources, options.format) : fileItems(sources, options.format), perMessage);
  try {
    for await (const item of items) {
      const i = messages;
      messages += 1;
      const seq = inputs;
      inputs += 'tasks' in item ? item.tasks.length : 1;
      if (options.ndjsonIn) progress.grow(inputs);
      await window.acquire();
      try {
        await writer.room();
      } catch (error) {
        failure = error;
        break;
      }
      if ('result' in item) writer.put(i, [item.result]);
      else {
        done.push(
          runTasks(seq, item.tasks)
            .then((r) => writer.put(i, r))
            .catch((error: unknown) => {
              failure ??= error;
            }),
        );
      }
      if (failure !== undefined) break;
    }
    await Promise.all(done);
    if (failure !== undefined) throw failure;
    if (options.format === 'json') writer.raw(records > 0 ? '\n]\n' : ']\n');
    await writer.flushed();
  } finally {
    stopWatching();
    progress.stop();
    await pool.destroy();
  }
  await closeOutput(out);
  if (outError !== null) throw new OutputError(`cannot write ${options.out ?? 'stdout'}: ${(outError as Error).message}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!options.quiet) process.stderr.write(summaryLine(tally, seconds, threads));
  return tally.failed > 0 ? 1 : 0;
}
