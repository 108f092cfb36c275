// `fazhi-report parse`: inputs → worker pool → records in input order → stdout or --out.
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { Piscina } from 'piscina';
import { OutputError, UsageError } from './errors.js';
import { csvHeader, formatRecord, type OutputFormat } from './format.js';
import { expandInputs, type Source } from './inputs.js';
import { OrderedWriter } from './orderedWriter.js';
import { createProgress, summaryLine, type Tally } from './progress.js';
import type { InputFormat } from './record.js';
import type { Task, TaskResult, WorkerSettings } from './task.js';

export interface ParseCommandOptions {
  format: OutputFormat;
  out?: string | undefined;
  jobs: number;
  maxBytes: number;
  ndjsonIn: boolean;
  inputFormat: InputFormat | 'auto';
  encoding?: string | undefined;
  withText: boolean;
  bom: boolean;
  quiet: boolean;
  progress: boolean;
}

/** Tasks (or results known without a worker) in input order. */
type Item = { task: Task } | { result: TaskResult };

/** Results in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;

function taskName(task: Task): string {
  switch (task.kind) {
    case 'file':
      return task.path;
    case 'bytes':
      return task.name;
    case 'ndjson':
      return task.fallbackId;
  }
}

/** A worker that died: the input fails, the batch goes on. */
function crashed(task: Task, error: unknown, format: OutputFormat): TaskResult {
  const file = taskName(task);
  const message = `the worker failed: ${error instanceof Error ? error.message : String(error)}`;
  const out = formatRecord({ file, ok: false, error: { code: 'parse-error', message } }, format);
  return { ok: false, file, metrics: 0, out, error: { code: 'parse-error', message } };
}

function missing(source: Extract<Source, { kind: 'missing' }>, format: OutputFormat): TaskResult {
  const error = { code: source.code, message: source.message };
  const out = formatRecord({ file: source.name, ok: false, error: { code: source.code, message: source.message } }, format);
  return { ok: false, file: source.name, metrics: 0, out, error };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* fileItems(sources: readonly Source[], format: OutputFormat): AsyncGenerator<Item> {
  for (const source of sources) {
    if (source.kind === 'missing') yield { result: missing(source, format) };
    else if (source.kind === 'path') yield { task: { kind: 'file', path: source.path } };
    else yield { task: { kind: 'bytes', bytes: await readStdin(), name: '-' } };
  }
}

async function* ndjsonItems(sources: readonly Source[], format: OutputFormat): AsyncGenerator<Item> {
  for (const source of sources) {
    if (source.kind === 'missing') {
      yield { result: missing(source, format) };
      continue;
    }
    const name = source.kind === 'stdin' ? '-' : source.path;
    let stream: NodeJS.ReadableStream;
    if (source.kind === 'stdin') stream = process.stdin;
    else {
      try {
        stream = (await open(source.path)).createReadStream({ encoding: 'utf8' });
      } catch (error) {
        const message = (error as Error).message;
        yield { result: missing({ kind: 'missing', name, code: 'unreadable', message }, format) };
        continue;
      }
    }
    let lineNo = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo += 1;
      if (line.trim() === '') continue;
      yield { task: { kind: 'ndjson', line, fallbackId: `${name}:${lineNo}` } };
    }
  }
}

function openOutput(path: string | undefined): Promise<Writable> {
  if (path === undefined) return Promise.resolve(process.stdout);
  return new Promise((done, fail) => {
    const stream = createWriteStream(path);
    stream.once('open', () => done(stream));
    stream.once('error', (error) => fail(new UsageError(`cannot write --out ${path}: ${error.message}`)));
  });
}

/** Ends an --out file; resolves once it is closed (after its last write succeeded or failed). */
function closeOutput(stream: Writable): Promise<void> {
  if (stream === process.stdout || stream.closed) return Promise.resolve();
  return new Promise((done) => {
    stream.once('close', () => done());
    stream.end();
  });
}

/** A counting semaphore bounding the tasks in flight. */
function limiter(size: number): { acquire(): Promise<void>; release(): void } {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((done) => waiting.push(done));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

/** Runs the batch; resolves to the exit code (0 all ok, 1 some failed). */
export async function runParse(args: readonly string[], options: ParseCommandOptions): Promise<number> {
  const started = process.hrtime.bigint();
  if (args.length === 0 && !options.ndjsonIn) {
    throw new UsageError('give files, directories or globs to parse, or - to read stdin');
  }
  const sources = await expandInputs(args.length === 0 ? ['-'] : args);
  const out = await openOutput(options.out);
  let outError: Error | null = null;
  out.on('error', (error: Error) => {
    outError ??= error;
  });
  const settings: WorkerSettings = {
    maxBytes: options.maxBytes,
    inputFormat: options.inputFormat,
    encoding: options.encoding,
    output: options.format,
    withText: options.withText,
  };
  const threads = options.ndjsonIn ? options.jobs : Math.max(1, Math.min(options.jobs, sources.length));
  const pool = new Piscina<Task, TaskResult>({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Tasks wait in the worker's own inbox: a worker never idles while the main thread is busy.
    concurrentTasksPerWorker: IN_FLIGHT_PER_JOB,
    workerData: settings,
  });
  const tally: Tally = { files: 0, ok: 0, failed: 0, metrics: 0 };
  const progress = createProgress(options.progress && !options.quiet && process.stderr.isTTY === true, sources.length);
  const separator = options.format === 'json' ? ',\n' : '';
  const writer = new OrderedWriter<TaskResult>(
    out,
    options.out ?? 'stdout',
    (result, index) => (index > 0 ? separator : '') + result.out,
    (result) => {
      tally.files += 1;
      if (result.ok) tally.ok += 1;
      else tally.failed += 1;
      tally.metrics += result.metrics;
      if (!result.ok && options.format === 'csv' && !options.quiet) {
        progress.stop();
        process.stderr.write(`fazhi-report: ${result.file}: ${result.error?.code}: ${result.error?.message}\n`);
      }
      progress.tick(tally);
    },
  );
  if (options.format === 'json') void writer.raw('[\n');
  if (options.format === 'csv') void writer.raw((options.bom ? '\uFEFF' : '') + csvHeader());

  const slots = limiter(threads * IN_FLIGHT_PER_JOB);
  const done: Promise<void>[] = [];
  let index = 0;
  const items = options.ndjsonIn ? ndjsonItems(sources, options.format) : fileItems(sources, options.format);
  try {
    for await (const item of items) {
      const i = index;
      index += 1;
      if (options.ndjsonIn) progress.grow(index);
      await slots.acquire();
      const result =
        'result' in item
          ? Promise.resolve(item.result)
          : pool.run(item.task).catch((error: unknown) => crashed(item.task, error, options.format));
      done.push(result.then((r) => writer.put(i, r)).finally(() => slots.release()));
    }
    await Promise.all(done);
    if (options.format === 'json') await writer.raw(index > 0 ? '\n]\n' : ']\n');
  } finally {
    progress.stop();
    await pool.destroy();
  }
  await closeOutput(out);
  if (outError !== null) throw new OutputError(`cannot write ${options.out ?? 'stdout'}: ${(outError as Error).message}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!options.quiet) process.stderr.write(summaryLine(tally, seconds));
  return tally.failed > 0 ? 1 : 0;
}
