// The inputs as a stream of tasks for the pool, in input order; an input that failed before any
// work (a missing path, an unreadable --ndjson-in file) is a ready-made result.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { formatRecord, type OutputFormat } from './format.js';
import type { Source } from './inputs.js';
import { isFileDone, ndjsonLineId, type DoneInputs } from './resume.js';
import type { Task, TaskResult } from './task.js';

/** A record made without a worker: its summary and output text. */
export interface Ready {
  result: TaskResult;
  out: string;
}

/** Tasks (or records known without a worker) in input order. */
export type Item = { task: Task } | { ready: Ready };

/** Items with consecutive tasks gathered by up to `size` (one message to a worker each). */
export type GroupedItem = { tasks: Task[] } | { ready: Ready };

/** Inputs an earlier run already recorded (--resume): passed over, and counted. */
export interface Resume {
  done: DoneInputs;
  skipped: number;
}

/** Gathers consecutive tasks into groups of up to `size`; a ready-made result passes through in its place. */
export async function* groupTasks(items: AsyncIterable<Item>, size: number): AsyncGenerator<GroupedItem> {
  let tasks: Task[] = [];
  for await (const item of items) {
    if ('task' in item) {
      tasks.push(item.task);
      if (tasks.length < size) continue;
      yield { tasks };
      tasks = [];
      continue;
    }
    if (tasks.length > 0) yield { tasks };
    tasks = [];
    yield item;
  }
  if (tasks.length > 0) yield { tasks };
}

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

/** A worker that died, or a task over the time limit: the input fails, the batch goes on. */
export function crashed(task: Task, error: unknown, format: OutputFormat, timeoutSeconds: number | null): Ready {
  const file = taskName(task);
  const code = timeoutSeconds === null ? 'parse-error' : 'timeout';
  const message =
    timeoutSeconds === null
      ? `the worker failed: ${error instanceof Error ? error.message : String(error)}`
      : `parsing took longer than ${timeoutSeconds} s (--timeout); the worker was restarted`;
  const out = formatRecord({ file, ok: false, error: { code, message } }, format);
  return { result: { ok: false, file, metrics: 0, error: { code, message } }, out };
}

function missing(source: Extract<Source, { kind: 'missing' }>, format: OutputFormat): Ready {
  const error = { code: source.code, message: source.message };
  const out = formatRecord({ file: source.name, ok: false, error }, format);
  return { result: { ok: false, file: source.name, metrics: 0, error }, out };
}

/** All of standard input, as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether --resume passes over this input (and counts it). */
async function resumed(resume: Resume | null, source: Source): Promise<boolean> {
  if (resume === null || source.kind === 'stdin') return false;
  const done = source.kind === 'path' ? await isFileDone(resume.done, source.path) : resume.done.has(source.name);
  if (done) resume.skipped += 1;
  return done;
}

export async function* fileItems(sources: readonly Source[], format: OutputFormat, resume: Resume | null): AsyncGenerator<Item> {
  for (const source of sources) {
    if (await resumed(resume, source)) continue;
    if (source.kind === 'missing') yield { ready: missing(source, format) };
    else if (source.kind === 'path') yield { task: { kind: 'file', path: source.path } };
    else yield { task: { kind: 'bytes', bytes: await readStdin(), name: '-' } };
  }
}

export async function* ndjsonItems(sources: readonly Source[], format: OutputFormat, resume: Resume | null): AsyncGenerator<Item> {
  for (const source of sources) {
    if (source.kind === 'missing') {
      if (await resumed(resume, source)) continue;
      yield { ready: missing(source, format) };
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
        yield { ready: missing({ kind: 'missing', name, code: 'unreadable', message }, format) };
        continue;
      }
    }
    let lineNo = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo += 1;
      if (line.trim() === '') continue;
      if (resume !== null && resume.done.has(ndjsonLineId(line, `${name}:${lineNo}`))) {
        resume.skipped += 1;
        continue;
      }
      yield { task: { kind: 'ndjson', line, fallbackId: `${name}:${lineNo}` } };
    }
  }
}
