// The constructions cut from the right of a clause before a figure: what follows the subject
// there is a whole it is a share of, a basis, or a starting state.
import { COMPARE_WITH_CLOSERS, COMPARE_WITH_EXCEPTIONS, COMPARE_WITH_OPENERS, COMPARISON_BASIS_MAX, COMPARISON_MARKERS, COMPARISON_WORDS_AFTER, COMPARISON_WORDS_BEFORE, DEGREE_ADJECTIVES, FROM_MARKERS, FROM_STATES, FROM_WORD_EXCEPTIONS, SHARE_ENDINGS, SHARE_WORD_EXCEPTIONS } from '../../data/metricSubjects.js';
import { codeAt, charSet, inSet } from '../../charTable.js';
import { charFilter, mayHold } from '../../codeFilter.js';
import { WordIndex } from '../wordIndex.js';
import { LINK_EXCEPTIONS, MIN_SUBJECT, RESULT, VERBS, hasActionVerb, stripLeadWords } from './words.js';
import { COMPARED } from './chars.js';
const COMPARISON = charSet(COMPARISON_MARKERS.join(''));
const COMPARISON_AFTER = new WordIndex(COMPARISON_WORDS_AFTER);
const COMPARISON_BEFORE = new WordIndex(COMPARISON_WORDS_BEFORE);
const DEGREE = new WordIndex(DEGREE_ADJECTIVES);
/** Characters that a basis never holds: a quotation or a title belongs to a name (“比学赶超”). */
const NOT_IN_BASIS_CHARS = '“”"《》';
const NOT_IN_BASIS = charSet(NOT_IN_BASIS_CHARS);
/** The characters cutComparison acts on (a comparison marker, or one no basis holds), as a filter asked first. */
const COMPARISON_STOPS = charFilter([...COMPARISON_MARKERS.join(''), ...NOT_IN_BASIS_CHARS]);

/**
 * The noun phrase before a comparison whose basis runs to the figure, or the text unchanged:
 * 平均审批时间较法定时限 → 平均审批时间, 整体通关时间较2019年 → 整体通关时间. 比例, 占比 and the
 * degree adverb 较 (较大数额罚款) compare nothing.
 */
function cutComparison(text: string): string {
  const from = Math.max(0, text.length - 1 - COMPARISON_BASIS_MAX);
  for (let k = text.length - 2; k >= from; k--) {
    const c = codeAt(text, k);
    if (!mayHold(COMPARISON_STOPS, c)) continue;
    if (inSet(NOT_IN_BASIS, c)) return text;
    if (!inSet(COMPARISON, c)) continue;
    if (COMPARISON_AFTER.startingAt(text, k) || COMPARISON_BEFORE.endingAt(text, k + 1)) continue;
    if (c === COMPARED && DEGREE.startingAt(text, k + 1)) continue; // 较大数额: a degree, not a comparison
    if (hasActionVerb(text, k + 1)) return text; // 比上年多办理案件: the object follows
    const left = text.slice(0, k);
    if (k > 0 && inSet(NOT_IN_BASIS, codeAt(text, k - 1))) return text;
    if (VERBS.endingAt(left)) return text; // 开展比学赶超活动: the verb's object starts with 比
    if (stripLeadWords(left) !== '') return left;
    // 比全省平均水平低: the clause is the comparison, its subject is not written here (比上年多调解纠纷 has one)
    return hasActionVerb(text, k + 1, VERBS) ? text : '';
  }
  return text;
}

const COMPARE_OPENER = charSet(COMPARE_WITH_OPENERS.join(''));
const COMPARE_CLOSER = new WordIndex(COMPARE_WITH_CLOSERS);
const COMPARE_EXCEPTIONS = new WordIndex(COMPARE_WITH_EXCEPTIONS);

/**
 * The noun before 与/同 … 相比 at the end of the text, or the text unchanged: 案件数量与2019年相比 →
 * 案件数量.
 */
function cutCompareWith(text: string): string {
  const closer = COMPARE_CLOSER.endingAt(text);
  if (!closer) return text;
  const end = text.length - closer.length;
  for (let k = end - 2; k >= MIN_SUBJECT && end - k - 1 <= COMPARISON_BASIS_MAX; k--) {
    if (inSet(COMPARE_OPENER, codeAt(text, k)) && !COMPARE_EXCEPTIONS.startingAt(text, k)) return text.slice(0, k);
  }
  return text;
}

/**
 * The noun before a verb of change whose result is a share of a basis, or the text unchanged:
 * 平均承诺时限压减至法定时限的 → 平均承诺时限 (…压减至法定时限的30%).
 */
function cutResultShare(text: string): string {
  if (!text.endsWith('的')) return text;
  const from = Math.max(MIN_SUBJECT, text.length - 1 - COMPARISON_BASIS_MAX);
  for (let k = text.length - 1; k > from; k--) {
    const word = RESULT.endingAt(text, k);
    if (word && k - word.length >= MIN_SUBJECT) return text.slice(0, k - word.length);
  }
  return text;
}

const SHARE_END = new WordIndex(SHARE_ENDINGS);
const SHARE_EXCEPTIONS = new WordIndex(SHARE_WORD_EXCEPTIONS);
/** The longest whole a share is taken of: 占全部检查事项的比例. */
const SHARE_WHOLE_MAX = 16;

/**
 * The part before 占 when the text ends with the whole it is a share of, or the text unchanged:
 * 考核权重占总分的 → 考核权重, 执法检查占全部检查事项的比例 → 执法检查.
 */
function cutShare(text: string): string {
  if (!SHARE_END.endingAt(text)) return text;
  const k = text.lastIndexOf('占');
  if (k < 0 || text.length - k - 1 > SHARE_WHOLE_MAX || text.length - k - 1 < 1) return text;
  if (SHARE_EXCEPTIONS.startingAt(text, k) || SHARE_EXCEPTIONS.endingAt(text, k + 1)) return text;
  const left = text.slice(0, k);
  return stripLeadWords(left) === '' ? text : left; // 占全省总量的12%: the part is not written here, the share is
}

const FROM = charSet(FROM_MARKERS.join(''));
const FROM_STATE = new WordIndex(FROM_STATES);
const FROM_EXCEPTIONS = new WordIndex(FROM_WORD_EXCEPTIONS);
/** The longest state between 由/从 and 的: 由2021年底的. */
const FROM_STATE_MAX = 8;

/**
 * The noun before 由/从 when only the starting state follows, or the text unchanged:
 * 行政许可事项由原来的 → 行政许可事项 (行政许可事项由原来的45项精简为30项).
 */
function cutFromState(text: string): string {
  const state = FROM_STATE.endingAt(text);
  if (state) {
    const k = text.length - state.length - 1;
    return k >= MIN_SUBJECT && inSet(FROM, codeAt(text, k)) ? text.slice(0, k) : text;
  }
  // 由法定的, 由2021年的: a short state ending with 的 and holding no verb
  if (!text.endsWith('的')) return text;
  for (let k = text.length - 2; k >= MIN_SUBJECT && text.length - k - 1 <= FROM_STATE_MAX; k--) {
    if (VERBS.startingAt(text, k)) return text;
    if (inSet(FROM, codeAt(text, k)) && !LINK_EXCEPTIONS.endingAt(text, k + 1) && !FROM_EXCEPTIONS.startingAt(text, k)) {
      return text.slice(0, k);
    }
  }
  return text;
}

/**
 * The constructions cut from the right of a clause, in order, after its link words: what follows
 * the subject there is a whole it is a share of, a basis, or a starting state.
 */
export const CLAUSE_CUTS: readonly ((text: string) => string)[] = [cutShare, cutResultShare, cutCompareWith, cutComparison, cutFromState];
