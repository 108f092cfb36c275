// One task → one record: read, decode, extract, parse. Never throws: failures become error records.
import { parseReport } from '../index.js';
import { TEXT_FORMAT_NAMES } from '../input/formats.js';
import { InputError } from './errors.js';
import { formatRecord } from './format.js';
import { documentFromAnyBytes, documentFromString, readInputFile, type ReadDocument } from './readDocument.js';
import type { ErrorRecord, ParseRecord } from './record.js';
import type { TextTools } from '../text/index.js';
import { wordsField } from '../text/record.js';
import type { Task, TaskResult, WorkerSettings } from './task.js';

/** An input read, or the reason it could not be; `file` is the name its record carries. */
type Read = { file: string; doc: ReadDocument } | { file: string; error: unknown };

/** An --ndjson-in line: {"id", "text" | "html"}; the id may be a string or a number. */
interface NdjsonLine {
  id: string | null;
  fields: Record<string, unknown>;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function parseNdjsonLine(line: string): NdjsonLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError('bad-record', `not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('bad-record', `expected a JSON object {"id", "text" | "html"}, got ${describeJson(value)}`);
  }
  const fields = value as Record<string, unknown>;
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : null;
  return { id, fields };
}

/** The NDJSON fields that may hold the document: one per input format ("text", "html"), text first. */
const NDJSON_FIELDS = [...TEXT_FORMAT_NAMES].sort((a, b) => (a === 'text' ? -1 : b === 'text' ? 1 : 0));
const NDJSON_FIELD_LIST = NDJSON_FIELDS.map((f) => `"${f}"`).join(' or ');

function ndjsonDocument({ fields }: NdjsonLine, maxBytes: number): ReadDocument {
  for (const format of NDJSON_FIELDS) {
    const value = fields[format];
    if (typeof value === 'string') return documentFromString(value, format, maxBytes);
  }
  throw new InputError('bad-record', `the object has no string ${NDJSON_FIELD_LIST} field`);
}

async function attempt(file: string, read: () => ReadDocument | Promise<ReadDocument>): Promise<Read> {
  try {
    return { file, doc: await read() };
  } catch (error) {
    return { file, error };
  }
}

function readTask(task: Task, settings: WorkerSettings): Promise<Read> {
  switch (task.kind) {
    case 'file':
      return attempt(task.path, async () => {
        const { bytes, mtimeMs } = readInputFile(task.path, settings.maxBytes);
        const doc = await documentFromAnyBytes(bytes, task.path, settings);
        return { text: doc.text, input: { ...doc.input, mtime: new Date(mtimeMs).toISOString() } };
      });
    case 'bytes':
      return attempt(task.name, () => documentFromAnyBytes(task.bytes, null, settings));
    case 'ndjson': {
      let line: NdjsonLine;
      try {
        line = parseNdjsonLine(task.line);
      } catch (error) {
        return Promise.resolve({ file: task.fallbackId, error });
      }
      return attempt(line.id ?? task.fallbackId, () => ndjsonDocument(line, settings.maxBytes));
    }
  }
}

function failure(file: string, error: unknown): ErrorRecord {
  if (error instanceof InputError) return { file, ok: false, error: { code: error.code, message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { file, ok: false, error: { code: 'parse-error', message } };
}

/** Test hook: an input holding this marker never finishes (to test --timeout on the built CLI). */
const HANG_MARKER = process.env.FAZHI_REPORT_TEST_HANG;
/** Test hook: an input holding this marker kills its worker (to test that a crash costs one record). */
const CRASH_MARKER = process.env.FAZHI_REPORT_TEST_CRASH;

function toRecord(read: Read, withText: boolean, text: TextTools | null): ParseRecord {
  if ('error' in read) return failure(read.file, read.error);
  const { file, doc } = read;
  if (HANG_MARKER && doc.text.includes(HANG_MARKER)) for (;;);
  if (CRASH_MARKER && doc.text.includes(CRASH_MARKER)) process.exit(70);
  try {
    // The byte limit already bounds the text (a character takes at least one byte).
    const report = parseReport(doc.text, { maxChars: Math.max(doc.text.length, 1) });
    const words = text ? { words: wordsField(text, report, doc.text) } : {};
    return { file, ok: true, input: withText ? { ...doc.input, text: doc.text } : doc.input, report, ...words };
  } catch (error) {
    return failure(file, error);
  }
}

/** One task → its record's summary and output text. */
export async function processTask(
  task: Task,
  settings: WorkerSettings,
  text: TextTools | null = null,
): Promise<{ result: TaskResult; out: string }> {
  const record = toRecord(await readTask(task, settings), settings.withText, text);
  const out = formatRecord(record, settings.output);
  if (!record.ok) return { result: { ok: false, file: record.file, metrics: 0, error: record.error }, out };
  const result: TaskResult = { ok: true, file: record.file, metrics: record.report.metrics.length };
  if (record.input.replaced > 0) result.replaced = record.input.replaced;
  return { result, out };
}
