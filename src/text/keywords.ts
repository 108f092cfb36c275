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

/** Counts the words of one report by their normalised form; words shorter than `minLength` are left out. */
export function countTerms(id: string | number, doc: Doc, sections: readonly SectionWords[], minLength: number): ReportTerms {
  const terms = new Map<string, Counted>();
  let total = 0;
  for (const section of sections) {
    for (const { span } of section.words) {
      const term = doc.view.slice(span.start, span.end);
      if ([...term].length < minLength || !names(term)) continue;
      total += 1;
      const seen = terms.get(term);
      if (seen) {
        seen.count += 1;
        if (span.start < seen.span.start) seen.span = span;
      } else terms.set(term, { count: 1, span });
    }
  }
  return { id, total, terms };
}

/** Inverse document frequency, smoothed so that one report alone still ranks by frequency. */
export function idf(reports: number, df: number): number {
  return Math.log((reports + 1) / (df + 0.5));
}

/** The `top` keywords of each report, by weight, ties in text order. */
export function rankKeywords(reports: readonly ReportTerms[], top: number): ReportKeywords[] {
  const df = new Map<string, number>();
  for (const r of reports) for (const term of r.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return reports.map((r) => {
    const keywords: Keyword[] = [];
    for (const [term, { count, span }] of r.terms) {
      const d = df.get(term)!;
      keywords.push({ term, weight: (count / r.total) * idf(reports.length, d), count, df: d, span });
    }
    keywords.sort((a, b) => b.weight - a.weight || a.span.start - b.span.start);
    return { id: r.id, words: r.total, keywords: keywords.slice(0, top) };
  });
}
