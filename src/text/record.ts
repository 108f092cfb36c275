// The `words` field of a `fazhi-report parse --words` record: each section's words in a compact
// form (a record holds thousands of words), from which every span is known again:
// words[i] === text.slice(starts[i], starts[i] + words[i].length).
import type { TextTools } from './index.js';
import type { ReportLike, SectionWords } from './schema.js';
import { importSegmenter } from './segmenter.js';

export interface RecordWords {
  kind: SectionWords['kind'];
  path: number[];
  marker: string | null;
  title: string | null;
  /** How many of the words, from the first, are the heading's. */
  heading: number;
  words: string[];
  /** Where each word starts in the text. */
  starts: number[];
}

/**
 * Rejects with the how-to-install message when @node-rs/jieba is missing, without reading its
 * dictionary: the command line asks this once before it starts workers that need it.
 */
export async function checkSegmenter(): Promise<void> {
  await importSegmenter();
}

/** The words field of a parse record, from the record's report and the text it was parsed from. */
export function wordsField(text: TextTools, report: ReportLike, input: string): RecordWords[] {
  return text.words(report, input).map((s) => ({
    kind: s.kind,
    path: s.path,
    marker: s.marker,
    title: s.title,
    heading: s.words.filter((w) => w.heading).length,
    words: s.words.map((w) => w.word),
    starts: s.words.map((w) => w.span.start),
  }));
}
