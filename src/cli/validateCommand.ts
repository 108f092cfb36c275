// `fazhi-report validate`: checks saved reports against ReportSchema, with readable errors.
// A file (or stdin) may hold a report, an array of reports or records, or NDJSON records of `parse`.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ReportSchema } from '../index.js';
import { ERROR_CODES, UsageError } from './errors.js';
import { printable } from './terminal.js';

const OkRecordSchema = z.object({ file: z.string(), ok: z.literal(true), input: z.record(z.string(), z.unknown()).optional(), report: ReportSchema });
const ErrorRecordSchema = z.object({
  file: z.string(),
  ok: z.literal(false),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

/** One entry to check, and where it is ("line 3", "[2]" …); `error` for a line that is not JSON. */
interface Item {
  where: string;
  value?: unknown;
  error?: string;
}

export interface ValidationProblem {
  where: string;
  message: string;
}

/** `["sections", 0, "span", "end"]` → `sections[0].span.end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** The entries of a file: one JSON document (an array's elements), else NDJSON lines, in order. */
function itemsOf(text: string): Item[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value.map((v, i) => ({ where: `[${i}]`, value: v }));
    return [{ where: '', value }];
  } catch {
    // Not one JSON document: NDJSON.
  }
  const items: Item[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch (error) {
      items.push({ where: `line ${i + 1}`, error: `not JSON: ${(error as Error).message}` });
    }
  });
  return items;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The problems of one value: a report, or a record of the parse command. */
export function validateValue(value: unknown): ValidationProblem[] {
  const schema = isRecord(value) ? ((value as { ok: boolean }).ok ? OkRecordSchema : ErrorRecordSchema) : ReportSchema;
  const checked = schema.safeParse(value);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => ({ where: formatPath(issue.path), message: issue.message }));
}

/** The problems of one file's text, in input order; `invalid` counts the entries with a problem (a line that is not JSON is one). */
export function validateText(text: string): { count: number; invalid: number; problems: ValidationProblem[] } {
  const items = itemsOf(text.replace(/^\uFEFF/, ''));
  if (items.length === 0) return { count: 0, invalid: 1, problems: [{ where: '', message: 'no report in the file' }] };
  const problems: ValidationProblem[] = [];
  let invalid = 0;
  for (const item of items) {
    const found = item.error !== undefined ? [{ where: '', message: item.error }] : validateValue(item.value);
    if (found.length > 0) invalid += 1;
    for (const p of found) problems.push({ where: [item.where, p.where].filter(Boolean).join(': '), message: p.message });
  }
  return { count: items.length, invalid, problems };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Checks every file ("-": stdin), in order: a line per file on `out` ("ok", or how many entries
 * are invalid), the problems on `err` as `file: where: message` in input order, then a summary on
 * `out`. Resolves to the exit code: 1 when any entry is invalid or a file cannot be read.
 */
export async function runValidate(files: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
  let invalid = 0;
  let entries = 0;
  let badFiles = 0;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (error) {
      badFiles += 1;
      err.write(printable(`${file}: cannot read: ${(error as Error).message}`) + '\n');
      continue;
    }
    const result = validateText(text);
    entries += result.count;
    invalid += result.invalid;
    for (const p of result.problems) err.write(printable(`${file}: ${p.where ? `${p.where}: ` : ''}${p.message}`) + '\n');
    if (result.invalid === 0) out.write(printable(`${file}: ok (${result.count} ${result.count === 1 ? 'entry' : 'entries'})`) + '\n');
    else out.write(printable(`${file}: ${result.invalid} of ${result.count} invalid`) + '\n');
    if (result.invalid > 0) badFiles += 1;
  }
  out.write(`${files.length} files, ${entries} entries checked, ${invalid} invalid\n`);
  return invalid > 0 || badFiles > 0 ? 1 : 0;
}
