// The `keywords` table (dataset --keywords N): the top N words of each report's body by TF-IDF,
// the document frequency counted over the reports of the run, ranked as keywords() of
// fazhi-report/text ranks them. A record's words come from its `words` field (parse --words: the
// dataset command asks its own workers for it) or are segmented here from its text (parse
// --with-text); a record with neither gets no rows, and the command says how many had none.
import { normalise } from '../document.js';
import type { Span } from '../schema.js';
import { KeywordCorpus, TermCounter } from '../text/keywords.js';
import type { TextTools } from '../text/index.js';
import type { RecordWords } from '../text/record.js';
import { defineTable, spanColumns, type Table, type Value } from './columns.js';
import type { ReportRecord } from './rows.js';

/** Shortest keyword, in characters (as keywords() of fazhi-report/text by default). */
const MIN_LENGTH = 2;

export interface KeywordRow {
  file: string;
  rank: number;
  term: string;
  weight: number;
  count: number;
  df: number;
  span: Span;
}

export const KEYWORDS: Table<readonly KeywordRow[]> = defineTable<readonly KeywordRow[], KeywordRow>({
  name: 'keywords',
  about: "one row per keyword of a report (--keywords): its top words by TF-IDF over the run's reports",
  source: (rows) => rows,
  columns: [
    { name: 'file', type: 'VARCHAR', get: (k) => k.file },
    { name: 'rank', type: 'INTEGER', get: (k) => k.rank },
    { name: 'term', type: 'VARCHAR', get: (k) => k.term },
    { name: 'weight', type: 'DOUBLE', get: (k) => k.weight },
    { name: 'count', type: 'INTEGER', get: (k) => k.count },
    { name: 'df', type: 'INTEGER', get: (k) => k.df },
    ...spanColumns<KeywordRow>((k) => k.span),
  ],
});

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The words field of a record when it is one parse wrote (each word where it says in `text`, when given). */
function recordWords(field: unknown, text: string | undefined): RecordWords[] | null {
  if (!Array.isArray(field)) return null;
  for (const section of field as unknown[]) {
    const { words, starts } = (section ?? {}) as Partial<RecordWords>;
    if (!Array.isArray(words) || !Array.isArray(starts) || words.length !== starts.length) return null;
    for (let i = 0; i < words.length; i++) {
      const word: unknown = words[i];
      if (typeof word !== 'string' || word === '' || !isCount(starts[i])) return null;
      if (text !== undefined && !text.startsWith(word, starts[i])) return null;
    }
  }
  return field as RecordWords[];
}

/** Collects the words of each parsed record of a run, and gives the keyword rows once all are in. */
export class KeywordsCollector {
  private readonly corpus = new KeywordCorpus();
  private readonly files: string[] = [];
  private tools: Promise<TextTools> | null = null;
  /** Parsed records that carried neither words nor their text. */
  missing = 0;

  /**
   * @param top keywords per report
   * @param load the segmenter, for records that carry their text and no words (loaded once, when first needed)
   */
  constructor(
    private readonly top: number,
    private readonly load: () => Promise<TextTools>,
  ) {}

  /** Counts a record's words: at once from its words field, or (a promise) segmented from its text. */
  add(record: ReportRecord): void | Promise<void> {
    const text = typeof record.input?.text === 'string' ? record.input.text : undefined;
    const words = recordWords(record.words, text);
    if (words) return this.count(record.file, words, text === undefined ? null : normalise(text));
    if (text === undefined) {
      this.missing += 1;
      return;
    }
    return (this.tools ??= this.load()).then((tools) => {
      const view = normalise(text);
      const counter = new TermCounter(MIN_LENGTH);
      for (const section of tools.words(record.report, text)) {
        for (const { span } of section.words) counter.add(view.slice(span.start, span.end), span);
      }
      this.keep(record.file, counter);
    });
  }

  /** Counts words as parse --words wrote them; the normalised form from the text's view, else from the word. */
  private count(file: string, sections: readonly RecordWords[], view: string | null): void {
    const counter = new TermCounter(MIN_LENGTH);
    for (const { words, starts } of sections) {
      for (let i = 0; i < words.length; i++) {
        const start = starts[i]!;
        const end = start + words[i]!.length;
        counter.add(view === null ? normalise(words[i]!) : view.slice(start, end), { start, end });
      }
    }
    this.keep(file, counter);
  }

  private keep(file: string, counter: TermCounter): void {
    this.files.push(file);
    this.corpus.add(counter);
  }

  /** Reports counted. */
  get reports(): number {
    return this.corpus.size;
  }

  /** The cells of the keyword rows, report by report (the document frequency needs every report first). */
  *rows(): Generator<Value[]> {
    for (let i = 0; i < this.files.length; i++) {
      const file = this.files[i]!;
      const rows = this.corpus.top(i, this.top).map((k, r): KeywordRow => ({ file, rank: r + 1, ...k }));
      yield* KEYWORDS.rows(rows);
    }
  }
}
