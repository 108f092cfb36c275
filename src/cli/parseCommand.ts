// `fazhi-report parse`: inputs → worker pool → records in input order → stdout or --out. On SIGINT
// or SIGTERM it stops taking inputs, writes the records being made, closes the output (a JSON array
// too) and exits 130 or 143; --resume then appends the inputs the --out NDJSON file lacks.
import type { Writable } from 'node:stream';
import { availableParallelism } from 'node:os';
import { batchSize } from './batchSize.js';
import { OutputError, UsageError } from './errors.js';
import { csvHeader, type OutputFormat } from './format.js';
import { expandInputs } from './inputs.js';
import { fileItems, groupTasks, ndjsonItems, type Resume } from './items.js';
import { bytesWorthCounting, tasksPerMessage, workerCount } from './jobs.js';
import { limiter } from './limiter.js';
import { OrderedWriter, type Chunk } from './orderedWriter.js';
import { openOutput, sinkOutput } from './output.js';
import { createProgress, summaryLine, type Tally } from './progress.js';
import { printable } from './terminal.js';
import { checkSegmenter } from '../text/record.js';
import type { InputFormat } from './record.js';
import { readDone } from './resume.js';
import { createRunner } from './runner.js';
import { catchSignals } from './signals.js';
import { packResults, type ResultBatch, type TaskResult } from './task.js';

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
  /** Add each section's words (fazhi-report/text) to every record. */
  words?: boolean | undefined;
  bom: boolean;
  quiet: boolean;
  progress: boolean;
  /** Seconds one input may take; 0 for no limit. */
  timeout: number;
  /** Append to --out (NDJSON), passing over the inputs it already has records of. */
  resume?: boolean | undefined;
  /** Where the records go instead of stdout or --out (the dataset command); `out` then names it in messages. */
  sink?: Writable | undefined;
}

/**
 * Inputs started and not yet written, per worker: those in the workers, those queued in the pool,
 * and results waiting for an earlier one to be written in order. Bounds memory on any batch.
 */
const WINDOW_PER_JOB = 32;

/** The chunks a batch of records becomes: one buffer, or (JSON) each record after its separator. */
function chunksOf(batch: ResultBatch, separator: string, written: number): Chunk[] {
  if (separator === '') return [batch.bytes];
  const chunks: Chunk[] = [];
  let at = 0;
  batch.lengths.forEach((length, i) => {
    if (written + i > 0) chunks.push(separator);
    chunks.push(batch.bytes.subarray(at, at + length));
    at += length;
  });
  return chunks;
}

/** Runs the batch; resolves to the exit code (0 all ok, 1 some failed, 130/143 interrupted). */
export async function runParse(args: readonly string[], options: ParseCommandOptions): Promise<number> {
  const started = process.hrtime.bigint();
  if (args.length === 0 && !options.ndjsonIn) throw new UsageError('give files, directories or globs to parse, or - to read stdin');
  if (options.resume && (options.out === undefined || options.format !== 'ndjson')) {
    throw new UsageError('--resume appends to an NDJSON file: give --out FILE (and no --format but ndjson)');
  }
  if (options.words && options.format === 'csv') throw new UsageError('--words adds a field to NDJSON and JSON records; CSV has none');
  if (options.words) await checkSegmenter().catch((error: Error) => Promise.reject(new UsageError(error.message)));
  const { sources, skipped } = await expandInputs(args.length === 0 ? ['-'] : args, options.out);
  const resume: Resume | null = options.resume ? { done: await readDone(options.out!), skipped: 0 } : null;
  const interruption = catchSignals();
  const output = options.sink ? sinkOutput(options.sink) : await openOutput(options.out, resume !== null);
  let outError: Error | null = null;
  output.stream.on('error', (error: Error) => {
    outError ??= error;
  });
  const cores = availableParallelism();
  const batch =
    options.jobs === 'auto'
      ? batchSize(sources, options.ndjsonIn, bytesWorthCounting(cores))
      : { inputs: options.ndjsonIn ? null : sources.length, bytes: null };
  const threads = workerCount(options.jobs, batch, cores);
  // lines piped in one by one go to a worker one by one: a slow producer (tail -f) sees each record at once
  const piped = options.ndjsonIn && sources.some((source) => source.kind === 'stdin');
  const perMessage = piped ? 1 : tasksPerMessage(batch.inputs, threads, options.timeout > 0);
  const { maxBytes, inputFormat, encoding, withText, words } = options;
  const settings = { maxBytes, inputFormat, encoding, output: options.format, withText, words };
  const runner = createRunner({ threads, perMessage, timeout: options.timeout, format: options.format, settings });
  const tally: Tally = { files: 0, ok: 0, failed: 0, metrics: 0 };
  const progress = createProgress(options.progress && !options.quiet && process.stderr.isTTY === true, sources.length);
  const say = (line: string): void => {
    progress.stop();
    process.stderr.write(`fazhi-report: ${printable(line)}\n`);
  };
  /** Counts a written record; says a failure at once in CSV, and a decoding that replaced bytes. */
  const count = (result: TaskResult): void => {
    tally.files += 1;
    if (result.ok) tally.ok += 1;
    else tally.failed += 1;
    tally.metrics += result.metrics;
    if (!options.quiet && !result.ok && options.format === 'csv') say(`${result.file}: ${result.error?.code}: ${result.error?.message}`);
    if (!options.quiet && result.replaced) say(`${result.file}: warning: ${result.replaced} invalid byte sequences read as U+FFFD (input.replaced)`);
    progress.tick(tally);
  };
  /** Messages started and not yet written: bounds the memory of a batch of any size. */
  const window = limiter(threads * Math.max(4, Math.ceil(WINDOW_PER_JOB / perMessage)));
  const separator = options.format === 'json' ? ',\n' : '';
  const writer = new OrderedWriter<ResultBatch>(
    output.stream,
    options.out ?? 'stdout',
    (b) => chunksOf(b, separator, tally.files),
    (b) => {
      window.release();
      for (const result of b.results) count(result);
    },
  );
  if (options.format === 'json') writer.raw('[\n');
  if (options.format === 'csv' && !resume) writer.raw((options.bom ? '\uFEFF' : '') + csvHeader());

  const done: Promise<void>[] = [];
  /** The first write that failed: the batch stops there. */
  let failure: unknown;
  /** Inputs seen (the number of the next task), and messages started (the writer's order). */
  let inputs = 0;
  let messages = 0;
  const items = groupTasks(options.ndjsonIn ? ndjsonItems(sources, options.format, resume) : fileItems(sources, options.format, resume), perMessage);
  const iterator = items[Symbol.asyncIterator]();
  const STOP = null;
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), interruption.stopped.then(() => STOP)]);
      if (next === STOP || next.done === true) break;
      const item = next.value;
      const i = messages;
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
      if (interruption.signal !== null) break;
      messages += 1;
      if ('ready' in item) writer.put(i, packResults([item.ready]));
      else {
        done.push(
          runner
            .run(seq, item.tasks)
            // abandoned (a second signal): no record for it, nor for any input after it
            .then((r) => (r === null ? writer.cut(i) : writer.put(i, r)))
            .catch((error: unknown) => {
              failure ??= error;
            }),
        );
      }
      if (failure !== undefined) break;
    }
    // A second signal abandons the inputs still running: they get no record (--resume redoes them).
    await Promise.race([Promise.all(done), interruption.forced.then(() => runner.abandon())]);
    await Promise.all(done);
    if (failure !== undefined) throw failure;
    if (options.format === 'json') writer.raw(tally.files > 0 ? '\n]\n' : ']\n');
    await writer.flushed();
  } finally {
    progress.stop();
    await runner.close();
    await output.close(outError === null && failure === undefined);
    interruption.dispose();
  }
  if (outError !== null) throw new OutputError(`cannot write ${options.out ?? 'stdout'}: ${(outError as Error).message}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const before = resume?.skipped ?? 0;
  if (interruption.signal !== null) {
    const total = options.ndjsonIn ? before + inputs : sources.length;
    say(`interrupted: ${before + tally.files} of ${total} inputs written${options.ndjsonIn ? ' (inputs read so far)' : ''}`);
    return interruption.exitCode;
  }
  if (!options.quiet) process.stderr.write(summaryLine(tally, seconds, threads, { skipped, resumed: before }));
  return tally.failed > 0 ? 1 : 0;
}
