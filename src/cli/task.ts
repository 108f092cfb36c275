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

export interface TaskResult {
  ok: boolean;
  /** Name of the input, as in the record's "file". */
  file: string;
  metrics: number;
  /** The formatted record (see formatRecord). */
  out: string;
  /** For a failed input: code and message (also inside `out`, except in CSV). */
  error?: { code: string; message: string };
}
