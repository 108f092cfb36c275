// The words before a figure: an approximation (超过35%) and a growth phrase (比上年提升116%).
import { APPROX_BEFORE, CHANGE_BASES, CHANGE_VERBS } from '../data/metricQualifiers.js';
import type { Approx, Change } from '../schema.js';
import { APPROX_BEFORE_WORDS } from './patterns.js';
import { codeAt, charSet, inSet } from '../charTable.js';
import { WordIndex } from './wordIndex.js';

const CHANGE_VERB_WORDS = new WordIndex(Object.keys(CHANGE_VERBS));
const APPROX_WORDS = new WordIndex(APPROX_BEFORE_WORDS);
const BASES = new Map(CHANGE_BASES.map((b) => [b.written, b.basis]));
const BASE_WORDS = new WordIndex(BASES.keys());
/** Adverbs between a basis and its verb: 同比分别下降. */
const CHANGE_ADVERB_WORDS = new WordIndex(['分别', '均', '都', '各', '也', '又', '仍', '继续', '进一步']);
/** 了 / 达 / 为 between a growth verb and its figure. */
const LINKS_BEFORE_FIGURE = charSet('了达为');
/** 比2020年 / 较2020年度: a year as the basis. */
const YEAR_BASIS_RE = /[比较](\d{4}年度?)$/;


/** An approximation word ending right at `at`, with where it starts. */
export function approxBefore(view: string, at: number): { approx: Approx; start: number } | null {
  const w = APPROX_WORDS.endingAt(view, at);
  return w ? { approx: APPROX_BEFORE[w]!, start: at - w.length } : null;
}

/**
 * A growth phrase ending at `at` (allowing 了 / 达 / 为 between verb and figure): 比上年提升,
 * 同比下降, 提高了 … The basis is null when none is written.
 */
export function changeBefore(view: string, at: number): { change: Change; start: number } | null {
  let i = at;
  while (i > 0 && inSet(LINKS_BEFORE_FIGURE, codeAt(view, i - 1))) i--;
  const verb = CHANGE_VERB_WORDS.endingAt(view, i);
  if (!verb) return null;
  i -= verb.length;
  const direction = CHANGE_VERBS[verb]!;
  const adverb = CHANGE_ADVERB_WORDS.endingAt(view, i); // 同比分别下降, 比上年均提高
  if (adverb && BASE_WORDS.endingAt(view, i - adverb.length)) i -= adverb.length;
  const written = BASE_WORDS.endingAt(view, i);
  if (written) return { change: { direction, basis: BASES.get(written)! }, start: i - written.length };
  const year = YEAR_BASIS_RE.exec(view.slice(Math.max(0, i - 7), i));
  if (year) return { change: { direction, basis: year[1]! }, start: i - year[0].length };
  return { change: { direction, basis: null }, start: i };
}
