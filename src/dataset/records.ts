// A line of NDJSON that `fazhi-report parse` wrote → a dataset input. A line that is no such record
// (not JSON, not a record, a report that does not match the schema) becomes a failed input with
// code bad-record, so every line gives one row of `reports` or `errors`.
import { z } from 'zod';
import { INPUT_FORMAT_NAMES, type InputFormat } from '../input/formats.js';
import { ReportSchema } from '../schema.js';
import type { DatasetInput } from './rows.js';

const InputInfoSchema = z.looseObject({
  // every format parse reads (pdf, docx … too): from the one registry, so that no format drifts out
  format: z.enum(INPUT_FORMAT_NAMES as [InputFormat, ...InputFormat[]]),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  chars: z.number().int().nonnegative(),
});

const RecordSchema = z.discriminatedUnion('ok', [
  z.looseObject({ file: z.string(), ok: z.literal(true), input: InputInfoSchema.optional(), report: ReportSchema }),
  z.looseObject({ file: z.string(), ok: z.literal(false), error: z.looseObject({ code: z.string(), message: z.string() }) }),
]);

function badRecord(file: string, message: string): DatasetInput {
  return { file, ok: false, error: { code: 'bad-record', message } };
}

/** The first problem zod found, with where: "report.metrics.3.value: expected number". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match';
  const where = issue.path.map(String).join('.');
  return `${where === '' ? '' : `${where}: `}${issue.message}`;
}

/** One NDJSON line of parse records; `fallbackId` (path:line) names a line without a "file". */
export function recordFromLine(line: string, fallbackId: string): DatasetInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return badRecord(fallbackId, `not JSON: ${(error as Error).message}`);
  }
  const named = typeof value === 'object' && value !== null ? (value as { file?: unknown }).file : undefined;
  const file = typeof named === 'string' ? named : fallbackId;
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    return badRecord(file, `not a record of fazhi-report parse (schema version 2): ${firstIssue(parsed.error)}`);
  }
  const record = parsed.data;
  if (!record.ok) return { file, ok: false, error: { code: record.error.code, message: record.error.message } };
  return { file, ok: true, input: record.input, report: record.report, ...('words' in record ? { words: record.words } : {}) };
}
