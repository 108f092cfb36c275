// The words before a figure: an approximation (超过35%) and a growth phrase (比上年提升116%).
import { APPROX_BEFORE, CHANGE_BASES, CHANGE_VERBS } from '../data/metricQualifiers.js';
import type { Approx, Change } from '../schema.js';
import { APPROX_BEFORE_WORDS } from './patterns.js';

const CHANGE_VERB_WORDS = Object.keys(CHANGE_VERBS).sort((a, b) => b.length - a.length);
/** 比2020年 / 较2020年度: a year as the basis. */
const YEAR_BASIS_RE = /[比较](\d{4}年度?)$/;

function wordEndingAt(view: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (at >= w.length && view.startsWith(w, at - w.length)) return w;
  return null;
}

/** An approximation word ending right at `at`, with where it starts. */
export function approxBefore(view: string, at: number): { approx: Approx; start: number } | null {
  const w = wordEndingAt(view, at, APPROX_BEFORE_WORDS);
  return w ? { approx: APPROX_BEFORE[w]!, start: at - w.length } : null;
}

/**
 * A growth phrase ending at `at` (allowing 了 / 达 / 为 between verb and figure): 比上年提升,
 * 同比下降, 提高了 … The basis is null when none is written.
 */
export function changeBefore(view: string, at: number): { change: Change; start: number } | null {
  let i = at;
  while (i > 0 && '了达为'.includes(view[i - 1]!)) i--;
  const verb = wordEndingAt(view, i, CHANGE_VERB_WORDS);
  if (!verb) return null;
  i -= verb.length;
  const direction = CHANGE_VERBS[verb]!;
  for (const { written, basis } of CHANGE_BASES) {
    if (i >= written.length && view.startsWith(written, i - written.length)) {
      return { change: { direction, basis }, start: i - written.length };
    }
  }
  const year = YEAR_BASIS_RE.exec(view.slice(Math.max(0, i - 7), i));
  if (year) return { change: { direction, basis: year[1]! }, start: i - year[0].length };
  return { change: { direction, basis: null }, start: i };
}
