// Misuse of fazhi-report/text throws a TypeError with an exact message: what was expected, where,
// and what came instead.
import { z } from 'zod';
import { SpanSchema } from '../schema.js';
import { KeywordsOptionsSchema, WordsOptionsSchema, type ReportLike, type SectionLike } from './schema.js';

/** The fields of a section that words() reads (a report saved by an older version will do). */
const SectionLikeSchema = z.looseObject({
  marker: z.string(),
  title: z.string(),
  span: SpanSchema,
  headingSpan: SpanSchema,
  get children() {
    return z.array(SectionLikeSchema);
  },
});

/** The fields of a report that words() reads; the rest may be there or not. */
const ReportLikeSchema = z.looseObject({ sections: z.array(SectionLikeSchema), titleSpan: SpanSchema.nullable() });

const InputSchema = z.looseObject({
  report: z.unknown(),
  text: z.unknown(),
  id: z.union([z.string(), z.number()]).optional(),
});

/** What a value is, for a message: null, an array, an object, a string … */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function firstIssue(error: z.ZodError, root: string): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${root}.${issue.path.join('.')}` : root;
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

function furthestEnd(sections: readonly SectionLike[]): number {
  let end = 0;
  for (const s of sections) end = Math.max(end, s.span.end, s.headingSpan.end, furthestEnd(s.children));
  return end;
}

/** Checks a report and its text; `where` names them in messages (e.g. "words" or "keywords: inputs[2]"). */
export function readReport(fn: string, report: unknown, text: unknown, where = ''): { report: ReportLike; text: string } {
  const at = where === '' ? '' : `${where}.`;
  if (typeof text !== 'string') throw new TypeError(`${fn}: expected ${at}text to be a string, got ${kindOf(text)}`);
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    throw new TypeError(`${fn}: expected ${at}report to be a report (the result of parseReport), got ${kindOf(report)}`);
  }
  const parsed = ReportLikeSchema.safeParse(report);
  if (!parsed.success) throw new TypeError(`${fn}: ${firstIssue(parsed.error, `${at}report`)}`);
  const end = Math.max(furthestEnd(parsed.data.sections), parsed.data.titleSpan?.end ?? 0);
  if (end > text.length) {
    throw new TypeError(
      `${fn}: ${at}report has spans up to ${end}, past the end of ${at}text (${text.length} characters): give the text the report was parsed from`,
    );
  }
  return { report: parsed.data, text };
}

export function readWordsOptions(options: unknown): z.output<typeof WordsOptionsSchema> {
  if (options === undefined) return {};
  const parsed = WordsOptionsSchema.safeParse(options);
  if (!parsed.success) throw new TypeError(`words: ${firstIssue(parsed.error, 'options')}`);
  return parsed.data;
}

export function readKeywordsOptions(options: unknown): z.output<typeof KeywordsOptionsSchema> {
  if (options === undefined) return {};
  const parsed = KeywordsOptionsSchema.safeParse(options);
  if (!parsed.success) throw new TypeError(`keywords: ${firstIssue(parsed.error, 'options')}`);
  return parsed.data;
}

/** An input of keywords(), checked, its id given. */
export interface CheckedInput {
  report: ReportLike;
  text: string;
  id: string | number;
}

export function readInputs(inputs: unknown): CheckedInput[] {
  if (!Array.isArray(inputs)) {
    throw new TypeError(`keywords: expected an array of { report, text } (one per report), got ${kindOf(inputs)}`);
  }
  return inputs.map((input: unknown, i) => {
    const where = `inputs[${i}]`;
    const parsed = InputSchema.safeParse(input);
    if (!parsed.success) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new TypeError(`keywords: expected ${where} to be { report, text }, got ${kindOf(input)}`);
      }
      throw new TypeError(`keywords: ${firstIssue(parsed.error, where)}`);
    }
    const { report, text } = readReport('keywords', parsed.data.report, parsed.data.text, where);
    return { report, text, id: parsed.data.id ?? i };
  });
}
