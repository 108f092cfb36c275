// fazhi-report/text: a report's text as data. words() gives each section's words without page
// chrome and boilerplate, each with its span; keywords() ranks each report's words by TF-IDF over
// the reports given. The segmenter (@node-rs/jieba, an optional peer dependency) is loaded on first
// use; the core entry never loads it.
import { createDoc, type Doc } from '../document.js';
import { readInputs, readKeywordsOptions, readReport, readWordsOptions } from './args.js';
import { pieces } from './body.js';
import { countTerms, rankKeywords } from './keywords.js';
import type { KeywordsInput, KeywordsOptions, ReportKeywords, ReportLike, SectionWords, WordsOptions } from './schema.js';
import { segmentPieces } from './segment.js';
import { loadSegmenter, type Segmenters } from './segmenter.js';
import { buildStops } from './stops.js';

/** words() and keywords() without a promise, once the segmenter is loaded (see loadText). */
export interface TextTools {
  words(report: ReportLike, text: string, options?: WordsOptions): SectionWords[];
  keywords(inputs: readonly KeywordsInput[], options?: KeywordsOptions): ReportKeywords[];
}

export const DEFAULT_TOP = 10;
export const DEFAULT_MIN_LENGTH = 2;

type ReadOptions = ReturnType<typeof readWordsOptions>;

function wordsOf(segmenters: Segmenters, report: ReportLike, text: string, options: ReadOptions): { doc: Doc; sections: SectionWords[] } {
  const segmenter = segmenters.get(options.userWords);
  const stops = buildStops(options.genreStopWords ?? true, options.stopWords, options.stopPhrases);
  const doc = createDoc(text);
  return { doc, sections: segmentPieces(doc, pieces(report, doc), segmenter, stops) };
}

function tools(segmenter: Segmenters): TextTools {
  return {
    words(report, text, options) {
      const args = readReport('words', report, text);
      return wordsOf(segmenter, args.report, args.text, readWordsOptions(options)).sections;
    },
    keywords(inputs, options) {
      const list = readInputs(inputs);
      const opts = readKeywordsOptions(options);
      const minLength = opts.minLength ?? DEFAULT_MIN_LENGTH;
      const counted = list.map(({ report, text, id }) => {
        const { doc, sections } = wordsOf(segmenter, report, text, opts);
        return countTerms(id, doc, sections, minLength);
      });
      return rankKeywords(counted, opts.top ?? DEFAULT_TOP);
    },
  };
}

/**
 * Loads the segmenter (once) and gives words() and keywords() as plain functions. Rejects with an
 * Error that says how to install @node-rs/jieba when it is missing.
 */
export async function loadText(): Promise<TextTools> {
  return tools(await loadSegmenter());
}

/**
 * Each section's own words, in text order: the preamble (the body before the first section, the
 * title as its heading), every section depth first (heading words marked), and the closing.
 * Page chrome is left out, and so are punctuation, stop words and the genre's stock phrases.
 * `text.slice(w.span.start, w.span.end) === w.word` for every word.
 */
export async function words(report: ReportLike, text: string, options?: WordsOptions): Promise<SectionWords[]> {
  readReport('words', report, text);
  readWordsOptions(options);
  return (await loadText()).words(report, text, options);
}

/**
 * The top keywords of each report by TF-IDF, the document frequency counted over the reports
 * given, in input order. Each keyword comes with its count, its document frequency and the span of
 * its first occurrence.
 */
export async function keywords(inputs: readonly KeywordsInput[], options?: KeywordsOptions): Promise<ReportKeywords[]> {
  readInputs(inputs);
  readKeywordsOptions(options);
  return (await loadText()).keywords(inputs, options);
}

export type { RecordWords } from './record.js';
export { GENRE_STOP_PHRASES, GENRE_STOP_WORDS } from '../data/stopwords.js';
export { USER_WORDS } from '../data/userDict.js';
export {
  KeywordSchema,
  KeywordsOptionsSchema,
  ReportKeywordsSchema,
  SectionWordsSchema,
  WordSchema,
  WordsOptionsSchema,
} from './schema.js';
export type {
  Keyword,
  KeywordsInput,
  KeywordsOptions,
  ReportKeywords,
  ReportLike,
  SectionLike,
  SectionWords,
  Word,
  WordsOptions,
} from './schema.js';
