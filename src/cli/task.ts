// What the main thread hands a worker, and what it gets back: strings ready to write, so the main
// thread only orders and writes them.
import type { OutputFormat } from './format.js';
import type { InputFormat } from './record.js';
import type { WatchBoard } from './watchdog.js';

export type Task =
  /** A file the worker reads itself. */
  | { kind: 'file'; path: string }
  /** Bytes already read (stdin). */
  | { kind: 'bytes'; bytes: Uint8Array; name: string }
  /** One --ndjson-in line; `fallbackId` names it when the line has no "id". */
  | { kind: 'ndjson'; line: string; fallbackId: string };

/**
 * What one message to a worker carries: a few consecutive tasks, numbered from `seq` (the
 * watchdog names tasks by number). Several small files per message spare a round trip each.
 */
export interface TaskGroup {
  seq: number;
  tasks: Task[];
}

/** Settings shared by every task of a run (piscina workerData). */
export interface WorkerSettings {
  maxBytes: number;
  inputFormat: InputFormat | 'auto';
  encoding?: string | undefined;
  output: OutputFormat;
  withText: boolean;
  /** Add each section's words to every record. */
  words?: boolean | undefined;
  /** Where workers say what they run, for --timeout (absent without a limit). */
  watch?: WatchBoard | undefined;
}

/** What the main thread needs of a record besides its text: counts, and what to say on stderr. */
export interface TaskResult {
  ok: boolean;
  /** Name of the input, as in the record's "file". */
  file: string;
  metrics: number;
  /** For a failed input: code and message (also inside its output). */
  error?: { code: string; message: string };
  /** Invalid bytes the decoder replaced (input.replaced), when there were any. */
  replaced?: number;
}

/**
 * A message's records, ready to write: their output (see formatRecord) as UTF-8 bytes one after
 * another, `lengths[i]` bytes each. A worker sends it with its buffer transferred, not copied.
 */
export interface ResultBatch {
  results: TaskResult[];
  bytes: Uint8Array;
  lengths: number[];
}

const encoder = new TextEncoder();

/** Packs records and their output text into one batch. */
export function packResults(items: readonly { result: TaskResult; out: string }[]): ResultBatch {
  const parts = items.map((item) => encoder.encode(item.out));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { results: items.map((item) => item.result), bytes, lengths: parts.map((p) => p.length) };
}
