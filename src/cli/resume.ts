// --resume: the inputs whose records an earlier run already wrote to the --out NDJSON file. A file
// is done when a record has its path, size and modification time (any record, for a failed one);
// an --ndjson-in line when a record has its id.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** The records' inputs: file → "bytes:mtime" of an ok file record, or null (matched by name alone). */
export type DoneInputs = ReadonlyMap<string, string | null>;

/** The stamp a file record carries: size and modification time. */
export function fileStamp(bytes: number, mtimeMs: number): string {
  return `${bytes}:${new Date(mtimeMs).toISOString()}`;
}

interface RecordHead {
  file?: unknown;
  ok?: unknown;
  input?: { bytes?: unknown; mtime?: unknown };
}

/** The start of a record, up to its report (a record's keys come in the order file, ok, input, report). */
function recordHead(line: string): RecordHead | null {
  const cut = line.indexOf(',"report":');
  try {
    const value: unknown = JSON.parse(cut === -1 ? line : `${line.slice(0, cut)}}`);
    return typeof value === 'object' && value !== null ? (value as RecordHead) : null;
  } catch {
    return null;
  }
}

/** Reads the records of an earlier run (none when the file does not exist yet). */
export async function readDone(path: string): Promise<DoneInputs> {
  const done = new Map<string, string | null>();
  const exists = await stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!exists) return done;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    const head = recordHead(line);
    if (head === null || typeof head.file !== 'string') continue;
    const { bytes, mtime } = head.input ?? {};
    done.set(head.file, head.ok === true && typeof bytes === 'number' && typeof mtime === 'string' ? `${bytes}:${mtime}` : null);
  }
  return done;
}

/** Whether a file input is done: recorded under its name, with the same stamp when one was recorded. */
export async function isFileDone(done: DoneInputs, path: string): Promise<boolean> {
  const recorded = done.get(path);
  if (recorded === undefined) return false;
  if (recorded === null) return true;
  const info = await stat(path).catch(() => null);
  return info !== null && fileStamp(info.size, info.mtimeMs) === recorded;
}

/** The id an --ndjson-in line's record is named by (as processTask names it), or null. */
export function ndjsonLineId(line: string, fallbackId: string): string {
  try {
    const value = JSON.parse(line) as { id?: unknown } | null;
    const id = value?.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : fallbackId;
  } catch {
    return fallbackId;
  }
}
