// TF-IDF keywords with the document frequency taken from the reports given: a word every report
// carries (法治, 工作, 建设) gets a weight near zero, a word only a few carry a high one.
import { CN_NUMERAL_CHARS } from '../data/numerals.js';
import type { Doc } from '../document.js';
import type { Span } from '../schema.js';
import type { Keyword, ReportKeywords, SectionWords } from './schema.js';

/** A keyword names something: it holds a letter (a CJK character is one), not only digits. */
const NAMING = /\p{L}/u;
/** Characters of a number or a date written out (二〇二三年一月 …): a term of nothing else names nothing. */
const NUMBERING = new Set([...CN_NUMERAL_CHARS, ...'0123456789年月日号']);

function names(term: string): boolean {
  return NAMING.test(term) && ![...term].every((c) => NUMBERING.has(c));
}

interface Counted {
  count: number;
  span: Span;
}

export interface ReportTerms {
  id: string | number;
  /** Words counted. */
  total: number;
  terms: Map<string, Counted>;
}

/** Characters of `term` (code points) of at least `min`. */
function longEnough(term: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < term.length && n < min; i++) {
    const c = term.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n += 1;
  }
  return n >= min;
}

/** Counts the words of one report, one at a time, by their normalised form. */
export class TermCounter {
  readonly terms = new Map<string, Counted>();
  total = 0;

  /** Words shorter than `minLength` (or naming nothing) are not counted. */
  constructor(private readonly minLength: number) {}

  /** `term`: a word in normalised form (the text's view); `span`: where it is in the text. */
  add(term: string, span: Span): void {
    if (!longEnough(term, this.minLength) || !names(term)) return;
    this.total += 1;
    const seen = this.terms.get(term);
    if (seen) {
      seen.count += 1;
      if (span.start < seen.span.start) seen.span = span;
    } else this.terms.set(term, { count: 1, span });
  }
}

/** Counts the words of one report by their normalised form; words shorter than `minLength` are left out. */
export function countTerms(id: string | number, doc: Doc, sections: readonly SectionWords[], minLength: number): ReportTerms {
  const counter = new TermCounter(minLength);
  for (const section of sections) {
    for (const { span } of section.words) counter.add(doc.view.slice(span.start, span.end), span);
  }
  return { id, total: counter.total, terms: counter.terms };
}

/** Inverse document frequency, smoothed so that one report alone still ranks by frequency. */
export function idf(reports: number, df: number): number {
  return Math.log((reports + 1) / (df + 0.5));
}

/** One report's terms, compact: term ids with their counts and first spans. */
interface CompactTerms {
  total: number;
  ids: Int32Array;
  counts: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The counted terms of many reports, added one by one and kept compactly (each distinct term
 * once, numbers in typed arrays), ranked once all are in: the document frequency needs them all.
 */
export class KeywordCorpus {
  private readonly index = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df: number[] = [];
  private readonly reports: CompactTerms[] = [];

  /** Reports added. */
  get size(): number {
    return this.reports.length;
  }

  add(counted: Pick<ReportTerms, 'total' | 'terms'>): void {
    const n = counted.terms.size;
    const r: CompactTerms = { total: counted.total, ids: new Int32Array(n), counts: new Int32Array(n), starts: new Int32Array(n), ends: new Int32Array(n) };
    let k = 0;
    for (const [term, { count, span }] of counted.terms) {
      let id = this.index.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.index.set(term, id);
        this.terms.push(term);
        this.df.push(0);
      }
      this.df[id]! += 1;
      r.ids[k] = id;
      r.counts[k] = count;
      r.starts[k] = span.start;
      r.ends[k] = span.end;
      k += 1;
    }
    this.reports.push(r);
  }

  /** Words counted in the `i`-th report added. */
  words(i: number): number {
    return this.reports[i]!.total;
  }

  /** The `top` keywords of the `i`-th report added, by weight, ties in text order. */
  top(i: number, top: number): Keyword[] {
    const r = this.reports[i]!;
    const keywords: Keyword[] = [];
    for (let k = 0; k < r.ids.length; k++) {
      const id = r.ids[k]!;
      const d = this.df[id]!;
      const count = r.counts[k]!;
      keywords.push({ term: this.terms[id]!, weight: (count / r.total) * idf(this.reports.length, d), count, df: d, span: { start: r.starts[k]!, end: r.ends[k]! } });
    }
    keywords.sort((a, b) => b.weight - a.weight || a.span.start - b.span.start);
    return keywords.slice(0, top);
  }
}

/** The `top` keywords of each report, by weight, ties in text order. */
export function rankKeywords(reports: readonly ReportTerms[], top: number): ReportKeywords[] {
  const corpus = new KeywordCorpus();
  for (const r of reports) corpus.add(r);
  return reports.map((r, i) => ({ id: r.id, words: r.total, keywords: corpus.top(i, top) }));
}
