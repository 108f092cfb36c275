// The shapes of fazhi-report/text: options (validated with zod, misuse throws a TypeError) and
// results (plain JSON, every word with its span into the text given).
import { z } from 'zod';
import { SpanSchema, type Span } from '../schema.js';

const wordList = z.array(z.string().min(1, 'expected non-empty strings'));

export const WordsOptionsSchema = z
  .object({
    /** More words to drop, compared with each word as segmented. */
    stopWords: wordList.optional(),
    /** More phrases to drop; "…" stands for a short gap, as in GENRE_STOP_PHRASES. */
    stopPhrases: wordList.optional(),
    /** false: keep the genre's stop words and phrases (the extra ones still apply). Default true. */
    genreStopWords: z.boolean().optional(),
    /** More words the segmenter keeps whole in this call, besides USER_WORDS (a segmenter for each new set is loaded once, some 0.3 s). */
    userWords: z.array(z.string().regex(/^\S+$/u, 'expected words without spaces')).optional(),
  })
  .strict();

export const KeywordsOptionsSchema = WordsOptionsSchema.extend({
  /** Keywords per report (default 10). */
  top: z.number().int().positive().optional(),
  /** Shortest keyword, in characters (default 2). */
  minLength: z.number().int().positive().optional(),
}).strict();

export const WordSchema = z.object({
  /** As written: text.slice(span.start, span.end). */
  word: z.string().min(1),
  span: SpanSchema,
  /** True for a word of the section's heading (or of the report's title, in the preamble). */
  heading: z.boolean(),
});

export const SectionWordsSchema = z.object({
  /** preamble: the body before the first section (with the title); closing: the body after the last. */
  kind: z.enum(['preamble', 'section', 'closing']),
  /** Indexes down report.sections: [1, 0] is sections[1].children[0]; [] outside sections. */
  path: z.array(z.number().int().nonnegative()),
  marker: z.string().nullable(),
  title: z.string().nullable(),
  /** The section's own words, in text order: its heading's, then its text's up to its first child. */
  words: z.array(WordSchema),
});

export const KeywordSchema = z.object({
  /** The word in normalised form (simplified characters, ASCII digits). */
  term: z.string().min(1),
  /** TF-IDF: count / words in the report × ln((N + 1) / (df + 0.5)). */
  weight: z.number().nonnegative(),
  /** Times the word occurs in the report. */
  count: z.number().int().positive(),
  /** Reports (of those given) the word occurs in. */
  df: z.number().int().positive(),
  /** Its first occurrence in the report's text. */
  span: SpanSchema,
});

export const ReportKeywordsSchema = z.object({
  /** The id given with the input, else its index in the list. */
  id: z.union([z.string(), z.number()]),
  /** Words counted (after stop words). */
  words: z.number().int().nonnegative(),
  keywords: z.array(KeywordSchema),
});

export type WordsOptions = z.input<typeof WordsOptionsSchema>;
export type KeywordsOptions = z.input<typeof KeywordsOptionsSchema>;
export type Word = z.infer<typeof WordSchema>;
export type SectionWords = z.infer<typeof SectionWordsSchema>;
export type Keyword = z.infer<typeof KeywordSchema>;
export type ReportKeywords = z.infer<typeof ReportKeywordsSchema>;

/** The fields of a section that words() reads (a Section will do). */
export interface SectionLike {
  marker: string;
  title: string;
  span: Span;
  headingSpan: Span;
  children: readonly SectionLike[];
}

/** The fields of a report that words() reads (a whole Report will do, or one saved by an older version). */
export interface ReportLike {
  sections: readonly SectionLike[];
  titleSpan: Span | null;
}

/** One report for keywords(): the report, the text it was parsed from, and an optional id. */
export interface KeywordsInput {
  report: ReportLike;
  text: string;
  id?: string | number;
}
