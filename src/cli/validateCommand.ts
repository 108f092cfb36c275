// `fazhi-report validate`: checks saved reports against ReportSchema, with readable errors.
// A file may hold a report, an array of reports or records, or NDJSON records of `parse`.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ReportSchema } from '../index.js';
import { ERROR_CODES } from './errors.js';

const OkRecordSchema = z.object({ file: z.string(), ok: z.literal(true), input: z.record(z.string(), z.unknown()).optional(), report: ReportSchema });
const ErrorRecordSchema = z.object({
  file: z.string(),
  ok: z.literal(false),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

/** One JSON value to check, and where it is ("line 3", "[2]" …). */
interface Item {
  where: string;
  value: unknown;
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

function itemsOf(text: string): { items: Item[]; problems: ValidationProblem[] } {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return { items: value.map((v, i) => ({ where: `[${i}]`, value: v })), problems: [] };
    return { items: [{ where: '', value }], problems: [] };
  } catch {
    // Not one JSON document: NDJSON.
  }
  const items: Item[] = [];
  const problems: ValidationProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch (error) {
      problems.push({ where: `line ${i + 1}`, message: `not JSON: ${(error as Error).message}` });
    }
  });
  return { items, problems };
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

/** The problems of one file's text. */
export function validateText(text: string): { count: number; problems: ValidationProblem[] } {
  const { items, problems } = itemsOf(text.replace(/^\uFEFF/, ''));
  if (items.length === 0 && problems.length === 0) return { count: 0, problems: [{ where: '', message: 'no report in the file' }] };
  for (const item of items) {
    for (const p of validateValue(item.value)) {
      problems.push({ where: [item.where, p.where].filter(Boolean).join(': '), message: p.message });
    }
  }
  return { count: items.length, problems };
}

/** Checks every file; prints problems as `file: where: message`; resolves to the exit code. */
export async function runValidate(files: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  let invalid = 0;
  let reports = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      invalid += 1;
      out.write(`${file}: cannot read: ${(error as Error).message}\n`);
      continue;
    }
    const { count, problems } = validateText(text);
    reports += count;
    if (problems.length === 0) {
      out.write(`${file}: ok (${count} ${count === 1 ? 'entry' : 'entries'})\n`);
      continue;
    }
    invalid += 1;
    for (const p of problems) out.write(`${file}: ${p.where ? `${p.where}: ` : ''}${p.message}\n`);
  }
  out.write(`${files.length} files, ${reports} entries checked, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
