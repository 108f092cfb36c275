// The words after a figure: the noun it counts (300余名医护骨干参加 → 医护骨干), the scheme a
// generic noun is put into, the action a count of times is of.
import { GENERIC_ENTITY_WORDS, LIST_SCHEME_VERBS, LIST_WORDS, SCHEME_ADVERBS, SCHEME_VERBS } from '../../data/metricSubjects.js';
import { CN_NUMERAL_CHARS } from '../../data/numerals.js';
import { CN_QUANTITY_RE } from '../patterns.js';
import { codeAt, charSet, inSet } from '../../charTable.js';
import { WordIndex } from '../wordIndex.js';
import { CUT, LEAD, levelWithAlternatives, MARKERS, MIN_SUBJECT, NOUN_AFTER_MAX, STOP, VERBS, VERBS_ANYWHERE } from './words.js';
import { DE, OPEN_QUOTE, isDigit, startsNoun } from './chars.js';
/** True when the clause before the figure leaves it as an object: 召开22次, 对21家, 参评的25件. */
export function objectPosition(text: string): boolean {
  let s = text.trim();
  for (let lead = LEAD.endingAt(s); lead; lead = LEAD.endingAt(s)) s = s.slice(0, -lead.length);
  return s.length === 0 || MARKERS.endingAt(s) !== null || VERBS.endingAt(s) !== null;
}

const CN_NUMERAL_CODES = charSet(CN_NUMERAL_CHARS);

/** True when a Chinese numeral with a unit starts at `i`: the 百余人次 of 3期百余人次. */
function startsQuantity(text: string, i: number): boolean {
  if (!inSet(CN_NUMERAL_CODES, codeAt(text, i))) return false;
  if (text.startsWith('分之', i + 1)) return true; // 百分之五十
  CN_QUANTITY_RE.lastIndex = i;
  return CN_QUANTITY_RE.test(text);
}

/** The longest quoted word a noun after a figure starts with: “失联”“空壳”小额贷款公司. */
const QUOTED_WORD_MAX = 8;

/**
 * How long the run of quoted words is that `text` starts with (“失联”“空壳” of “失联”“空壳”小额贷款公司),
 * 0 when it starts with none or the run is all there is: the noun they qualify comes after them.
 */
function quotedRun(text: string): number {
  let at = 0;
  while (codeAt(text, at) === OPEN_QUOTE) {
    const close = text.indexOf('”', at + 1);
    if (close < 0 || close - at > QUOTED_WORD_MAX) break;
    at = close + 1;
  }
  return at < text.length && startsNoun(codeAt(text, at)) ? at : 0;
}

/** The noun right after a figure (300余名医护骨干参加 → 医护骨干), or null. */
export function nounAfter(text: string, stopAtDe = true): string | null {
  if (!startsNoun(codeAt(text, 0)) || STOP.startingAt(text) || startsQuantity(text, 0)) return null;
  const level = levelWithAlternatives(text, 0);
  if (level > 0) return text.slice(0, level);
  // quoted words before the noun neither count toward its length nor end it inside them
  const quoted = quotedRun(text);
  let end = Math.min(text.length, quoted + NOUN_AFTER_MAX);
  for (let i = quoted; i < end; i++) {
    if (codeAt(text, i) === OPEN_QUOTE) {
      // a quoted name is read whole (实现“最多跑一次”: its 一次 is no figure), or left out when it
      // closes past the noun's reach: a subject never ends inside quotes
      const close = text.indexOf('”', i + 1);
      if (close < 0 || close >= end) end = i;
      else i = close;
      continue;
    }
    if (i === 0) continue; // the noun's first character ends nothing
    const de = stopAtDe && i >= MIN_SUBJECT && codeAt(text, i) === DE; // 128个社区的网格化管理 → 社区
    if (de || isDigit(codeAt(text, i)) || CUT.startingAt(text, i) || startsQuantity(text, i)) end = i;
  }
  return text.slice(0, end);
}

/** A noun at the end of the words after a figure: 7个与现行政策不符的文件 → 文件. */
export function nounAfterDe(text: string): string | null {
  const de = text.lastIndexOf('的');
  const noun = de >= 0 ? text.slice(de + 1) : '';
  return noun.length >= 2 && !STOP.startingAt(noun) && !startsQuantity(noun, 0) && !/\d/.test(noun) ? noun : null;
}

const GENERIC = new WordIndex(GENERIC_ENTITY_WORDS);
const SCHEME_VERB_WORDS = new WordIndex(SCHEME_VERBS);
const LIST_SCHEME = new Set(LIST_SCHEME_VERBS);
const LIST_WORD_INDEX = new WordIndex(LIST_WORDS);
const SCHEME_ADVERB_WORDS = new WordIndex(SCHEME_ADVERBS);
/** The longest scheme name taken. */
const SCHEME_MAX = 16;

/**
 * The scheme a generic noun after a figure is put into, as [start, end) in `text` (the words
 * after the figure), or null: 126家|企业纳入监督执法正面清单 → 监督执法正面清单, 58家|市场主体适用“首违不罚” → 首违不罚.
 */
export function schemeAfter(text: string, noun: string): { start: number; end: number } | null {
  if (noun.length > 5 || GENERIC.endingAt(noun) === null) return null;
  let i = noun.length;
  for (let adverb = SCHEME_ADVERB_WORDS.startingAt(text, i); adverb; adverb = SCHEME_ADVERB_WORDS.startingAt(text, i)) i += adverb.length;
  const verb = SCHEME_VERB_WORDS.startingAt(text, i);
  if (!verb) return null;
  const start = i + verb.length;
  const end = Math.min(text.length, start + SCHEME_MAX);
  if (LIST_SCHEME.has(verb)) {
    // up to the last list word: 纳入经营异常名录管理 → 经营异常名录
    for (let j = end; j > start + 1; j--) if (LIST_WORD_INDEX.endingAt(text, j)) return { start, end: j };
    return null;
  }
  if (codeAt(text, start) === OPEN_QUOTE) {
    const close = text.indexOf('”', start + 1);
    return close > start + 2 && close <= end ? { start: start + 1, end: close } : null;
  }
  const object = nounAfter(text.slice(start, end));
  return object && object.length >= MIN_SUBJECT ? { start, end: start + object.length } : null;
}

/**
 * The list a generic noun after a figure was put into, named before the figure, as [start, end) in
 * `clause`, or null: 对纳入正面清单的|126家企业 → 正面清单.
 */
export function schemeBefore(clause: string, noun: string): { start: number; end: number } | null {
  if (noun.length > 5 || GENERIC.endingAt(noun) === null || !clause.endsWith('的')) return null;
  const end = clause.length - 1;
  if (!LIST_WORD_INDEX.endingAt(clause, end)) return null;
  for (let i = end - MIN_SUBJECT - 1; i >= 0 && end - i <= SCHEME_MAX; i--) {
    const verb = SCHEME_VERB_WORDS.startingAt(clause, i);
    if (verb && LIST_SCHEME.has(verb) && end - i - verb.length >= MIN_SUBJECT) return { start: i + verb.length, end };
  }
  return null;
}

/** An action verb and its object right after a figure: 4次参加“一把手跟执法”活动 → 参加“一把手跟执法”活动. */
export function actionAfter(text: string): string | null {
  const verb = VERBS_ANYWHERE.startingAt(text);
  if (!verb) return null;
  const object = nounAfter(text.slice(verb.length), false); // 组织学习党的二十大精神: the object keeps its 的
  return object ? verb + object : null;
}
