// One task → one record: read, decode, extract, parse. Never throws: failures become error records.
import { parseReport } from '../index.js';
import { InputError } from './errors.js';
import { formatRecord } from './format.js';
import { documentFromBytes, documentFromString, readInputFile, type ReadDocument } from './readDocument.js';
import type { ErrorRecord, OkRecord, ParseRecord } from './record.js';
import type { Task, TaskResult, WorkerSettings } from './task.js';

interface NdjsonDocument {
  id: string;
  doc: () => ReadDocument;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/** Reads an --ndjson-in line: {"id", "text" | "html"}. The id may be a string or a number. */
function ndjsonDocument(line: string, fallbackId: string, maxBytes: number): NdjsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError('bad-record', `not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('bad-record', `expected a JSON object {"id", "text" | "html"}, got ${describeJson(value)}`);
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  const { text, html } = record;
  if (typeof text === 'string') return { id, doc: () => documentFromString(text, 'text', maxBytes) };
  if (typeof html === 'string') return { id, doc: () => documentFromString(html, 'html', maxBytes) };
  return {
    id,
    doc: () => {
      throw new InputError('bad-record', 'the object has no string "text" or "html" field');
    },
  };
}

function readTask(task: Task, settings: WorkerSettings): { file: string; doc: () => ReadDocument } {
  switch (task.kind) {
    case 'file':
      try {
        const bytes = readInputFile(task.path, settings.maxBytes);
        return { file: task.path, doc: () => documentFromBytes(bytes, task.path, settings) };
      } catch (error) {
        return {
          file: task.path,
          doc: () => {
            throw error;
          },
        };
      }
    case 'bytes':
      return { file: task.name, doc: () => documentFromBytes(task.bytes, null, settings) };
    case 'ndjson':
      try {
        const { id, doc } = ndjsonDocument(task.line, task.fallbackId, settings.maxBytes);
        return { file: id, doc };
      } catch (error) {
        return {
          file: task.fallbackId,
          doc: () => {
            throw error;
          },
        };
      }
  }
}

function failure(file: string, error: unknown): ErrorRecord {
  if (error instanceof InputError) return { file, ok: false, error: { code: error.code, message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { file, ok: false, error: { code: 'parse-error', message } };
}

export function processTask(task: Task, settings: WorkerSettings): TaskResult {
  const { file, doc } = readTask(task, settings);
  let record: ParseRecord;
  try {
    const { text, input } = doc();
    // The byte limit already bounds the text (a character takes at least one byte).
    const report = parseReport(text, { maxChars: Math.max(text.length, 1) });
    const ok: OkRecord = { file, ok: true, input: settings.withText ? { ...input, text } : input, report };
    record = ok;
  } catch (error) {
    record = failure(file, error);
  }
  const out = formatRecord(record, settings.output);
  if (record.ok) return { ok: true, file, metrics: record.report.metrics.length, out };
  return { ok: false, file, metrics: 0, out, error: record.error };
}
