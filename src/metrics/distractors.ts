// Numbers that look like quantities but are not: ordinals, sessions, names and slogans, quoted
// names and titles, page counters, vague numerals. Each rule is one entry of DISTRACTORS, tried in
// order (as chrono's refiners are); the first that applies gives the reason the figure is dropped.
// To add one: a reason, a test of the figure in its context, and a row of the negative table in
// tests/metrics.test.ts that names the reason.
import {
  LAST_ONE_BEFORE,
  LISTED_SET_MATTERS,
  LISTED_SET_REACH,
  NAMED_TERMS,
  NUMERAL_IDIOMS,
  PROGRAMME_MEASURE,
  PROGRAMME_NOUN_MAX,
  PROGRAMME_VERBS,
  PROGRAMME_WORDS,
  SESSION_MEETINGS,
  SESSION_REACH,
  SESSION_TERM,
  TITLE_REACH,
  VAGUE_BEFORE,
} from '../data/metricNamedTerms.js';
import { CN_NUMERAL_CHARS } from '../data/numerals.js';
import { afterCounterLabel, continuesOrdinal } from './labels.js';
import { approxBefore } from './qualifiers.js';
import type { Quantity } from './readQuantity.js';
import { closesClause, fractionAt } from './patterns.js';
import { QUOTE_OPEN_REACH, inShortQuote, inTitle } from './quotes.js';
import { codeAt, charSet, inSet, isAsciiDigit } from '../charTable.js';
import { WordIndex } from './wordIndex.js';

/** Why a quantity is no metric. */
export type DistractorReason =
  | 'ordinal'
  | 'session'
  | 'rank'
  | 'vague numeral'
  | 'idiom'
  | 'article'
  | 'slogan'
  | 'named term'
  | 'programme name'
  | 'code'
  | 'quoted name'
  | 'document title'
  | 'page counter'
  | 'cut figure';

/** What every rule looks at: the figure and the characters around it, by code (0 for none). */
export interface Context {
  readonly view: string;
  readonly q: Quantity;
  /** The character right before the figure (0 at the start). */
  readonly before: number;
  /** The character before the figure, spaces skipped: the 第 of 第 5 次. */
  readonly word: number;
  /** The character right after the figure (0 at the end). */
  readonly next: number;
  /** True for a Chinese numeral that is not a fraction (百分之八十 is read as a share). */
  readonly chineseCount: boolean;
  /** Where the last opening quote and the last 《 before the figure are, -1 when none (the scanner's: see NUMBER_START). */
  readonly quoteOpen: number;
  readonly titleOpen: number;
}

export interface Distractor {
  readonly reason: DistractorReason;
  readonly applies: (c: Context) => boolean;
  /** True when the rule applies to Chinese counts only (Context.chineseCount): other figures skip it. */
  readonly chineseCountOnly?: true;
}

const SPACE = 0x20;
const ORDINAL_MARK = '第'.charCodeAt(0);
const RANK_MARK = '前'.charCodeAt(0);
const RANK_UNITS = new Set(['名', '位']);
const ONE = '一'.charCodeAt(0);
/** Scale characters a vague word (数, 几, 成, 上) goes before: 数十, 几百, 上万. */
const CN_SCALE_CHARS = '十百千万亿';
/** A numeral led by a bare scale is vague (千人, 万家) unless approximate (近千人, 百余家). */
const CN_LEADING_SCALE = '百千万亿';
/** What follows the measure word of a slogan: 三个不发生, 四个“最”, 五个一. */
const SLOGAN_NEXT = charSet(`“‘不${CN_NUMERAL_CHARS}`);
const NUMERAL = charSet(CN_NUMERAL_CHARS);
const SCALE = charSet(CN_SCALE_CHARS);
const LEADING_SCALE = charSet(CN_LEADING_SCALE);
const VAGUE = charSet(VAGUE_BEFORE);
/** A character before Arabic digits that makes them part of a code: V3, GB/T 3, 3+X's X … */
const CODE_BEFORE = charSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.·/\\#+×*-');
const SESSION_UNIT = '次';
const SESSION_TERM_CODE = SESSION_TERM.charCodeAt(0);

const NAMED = new WordIndex(NAMED_TERMS);
const SESSION_MEETING_WORDS = new WordIndex(SESSION_MEETINGS);
const LAST_ONE = new WordIndex(LAST_ONE_BEFORE);
const PROGRAMME_VERB_WORDS = new WordIndex(PROGRAMME_VERBS);
const PROGRAMME_WORD_INDEX = new WordIndex(PROGRAMME_WORDS);
const CLAUSE_BREAKS = charSet(',;。:!?、\n');
const LISTED_SET_WORDS = new WordIndex(LISTED_SET_MATTERS);
const LIST_COMMA = '、';

/** For each character code, the idioms holding it and where: [idiom, offset of the character]. */
const IDIOMS_BY_CHAR = new Map<number, [string, number][]>();
for (const idiom of NUMERAL_IDIOMS) {
  for (let k = 0; k < idiom.length; k++) {
    const code = idiom.charCodeAt(k);
    const list = IDIOMS_BY_CHAR.get(code);
    if (list) list.push([idiom, k]);
    else IDIOMS_BY_CHAR.set(code, [[idiom, k]]);
  }
}

/** True when the figure sits inside an idiom: 三番五次. */
function inIdiom(view: string, start: number): boolean {
  const places = IDIOMS_BY_CHAR.get(codeAt(view, start));
  if (places === undefined) return false;
  for (const [idiom, k] of places) if (k <= start && view.startsWith(idiom, start - k)) return true;
  return false;
}

/** True when the first character of the figure stands alone (no numeral character after it). */
const single = (c: Context): boolean => c.q.start + 1 < c.view.length && !inSet(NUMERAL, c.view.charCodeAt(c.q.start + 1));

/** Digits after a Latin name are a count when written as one: with a thousands comma or a multiplier (检测APP208万款, APP1,549款). */
function countAfterName(c: Context): boolean {
  const { view, q } = c;
  const before = codeAt(view, q.start - 1) | 0x20;
  if (before < 0x61 || before > 0x7a) return false;
  let i = q.start;
  while (i < q.end && isAsciiDigit(codeAt(view, i))) i++;
  const at = codeAt(view, i);
  return (at === COMMA && isAsciiDigit(codeAt(view, i + 1))) || MULTIPLIER_CHARS.includes(view[i] ?? '');
}
const COMMA = 0x2c;
/** Multipliers a count may carry: 208万款. */
const MULTIPLIER_CHARS = '万亿';

/** True when the numeral is made of scales only (百, 百万, 千万): no digit a count would have. */
function scalesOnly(c: Context): boolean {
  for (let i = c.q.start; i < c.q.end; i++) {
    const code = c.view.charCodeAt(i);
    if (!inSet(NUMERAL, code)) return true;
    if (!inSet(SCALE, code)) return false;
  }
  return true;
}

/** 十二届八次全会, 六届二次全会, 十四届全国人大二次会议: a session, not a count of meetings. */
function isSession(c: Context): boolean {
  if (c.q.unit.unit !== SESSION_UNIT) return false;
  if (c.before === SESSION_TERM_CODE) return true;
  if (!SESSION_MEETING_WORDS.startingAt(c.view, c.q.end)) return false;
  for (let i = c.q.start - 1; i >= 0 && c.q.start - i <= SESSION_REACH; i--) {
    const ch = c.view.charCodeAt(i);
    if (ch === SESSION_TERM_CODE) return true;
    if (inSet(CLAUSE_BREAKS, ch)) return false;
  }
  return false;
}

/** 加快推进五个中心建设: a programme's name after a verb of pursuing it. */
function isProgramme(c: Context): boolean {
  const { view, q } = c;
  if (!c.chineseCount || q.unit.unit !== PROGRAMME_MEASURE || !PROGRAMME_VERB_WORDS.endingAt(view, q.start)) return false;
  for (let k = 1; k <= PROGRAMME_NOUN_MAX; k++) {
    if (inSet(CLAUSE_BREAKS, codeAt(view, q.end + k - 1))) return false;
    if (PROGRAMME_WORD_INDEX.startingAt(view, q.end + k)) return true;
  }
  return false;
}

/** 稳定、发展、生态、强边四件大事: a count of matters that sums up the list right before it. */
function namesListedSet(c: Context): boolean {
  const { view, q } = c;
  if (!c.chineseCount || !LISTED_SET_WORDS.startingAt(view, q.end)) return false;
  for (let i = q.start - 1; i >= 0 && q.start - i <= LISTED_SET_REACH; i--) {
    if (view[i] === LIST_COMMA) return true;
    if (inSet(CLAUSE_BREAKS, codeAt(view, i))) return false;
  }
  return false;
}

/** A line a fixed-width wrap (a PDF's text) cut a figure at the end of is this long at least. */
const WRAPPED_LINE_MIN = 16;
const LF = 0x0a;
const CR = 0x0d;

/**
 * True when the figure opens a line and the long line before ends with digits it goes on (641 /
 * 8户, 96. / 5%, 1, / 863万元): a PDF's text wrapped a figure at its width, and this is its tail.
 * A short line (a table's cell, one per line) ending with digits cuts nothing.
 */
function isCutTail(c: Context): boolean {
  const { view } = c;
  let p = c.q.start - 1;
  while (p >= 0 && (view.charCodeAt(p) === SPACE || view.charCodeAt(p) === CR)) p--;
  if (p < 0 || view.charCodeAt(p) !== LF) return false;
  p--;
  while (p >= 0 && (view.charCodeAt(p) === SPACE || view.charCodeAt(p) === CR)) p--;
  const last = codeAt(view, p);
  const digitEnds = isAsciiDigit(last) || ((last === POINT || last === GROUP) && isAsciiDigit(codeAt(view, p - 1)));
  if (!digitEnds) return false;
  const lineStart = view.lastIndexOf('\n', p) + 1;
  return p + 1 - lineStart >= WRAPPED_LINE_MIN;
}
const POINT = '.'.charCodeAt(0);
const GROUP = ','.charCodeAt(0);

/** The rules, in the order they are tried. */
export const DISTRACTORS: readonly Distractor[] = [
  { reason: 'ordinal', applies: (c) => c.word === ORDINAL_MARK || continuesOrdinal(c.view, c.q.start) },
  { reason: 'session', applies: isSession },
  { reason: 'rank', applies: (c) => c.word === RANK_MARK && RANK_UNITS.has(c.q.unit.unit) },
  {
    // 千人, 万家 are names or vague, except with an approximation: 近千人, 百余家, 千余人, 近百万元
    reason: 'vague numeral',
    applies: (c) =>
      c.chineseCount &&
      inSet(LEADING_SCALE, c.view.charCodeAt(c.q.start)) &&
      !(scalesOnly(c) && (c.q.approx !== null || approxBefore(c.view, c.q.start) !== null)),
    chineseCountOnly: true,
  },
  { reason: 'idiom', applies: (c) => c.chineseCount && inIdiom(c.view, c.q.start), chineseCountOnly: true },
  {
    // 最后一公里, 最后一道防线: "the last", not one
    reason: 'idiom',
    applies: (c) => c.chineseCount && c.view.charCodeAt(c.q.start) === ONE && single(c) && LAST_ONE.endingAt(c.view, c.q.start) !== null,
    chineseCountOnly: true,
  },
  {
    // 一次, 一个: "a", not a count (提高一个百分点 is one, and so is 建成中心一个。 at the end of its clause)
    reason: 'article',
    applies: (c) =>
      c.chineseCount &&
      c.view.charCodeAt(c.q.start) === ONE &&
      c.q.start + 1 < c.view.length &&
      !inSet(NUMERAL, c.view.charCodeAt(c.q.start + 1)) &&
      c.q.unit.kind !== 'change' &&
      !closesClause(c.view, c.q.end),
    chineseCountOnly: true,
  },
  {
    // 数十家, 几百人, 上万人: a vague word before a scale (not 人数一万二千余人, where 数 ends a noun),
    // or a numeral before the figure (三五家)
    reason: 'vague numeral',
    applies: (c) =>
      c.chineseCount &&
      ((inSet(VAGUE, c.before) && inSet(SCALE, c.view.charCodeAt(c.q.start))) || inSet(NUMERAL, c.before)),
    chineseCountOnly: true,
  },
  { reason: 'slogan', applies: (c) => c.chineseCount && inSet(SLOGAN_NEXT, c.next), chineseCountOnly: true },
  { reason: 'slogan', applies: namesListedSet, chineseCountOnly: true },
  { reason: 'named term', applies: (c) => (c.chineseCount || !c.q.chinese) && NAMED.startingAt(c.view, c.q.start) !== null },
  { reason: 'programme name', applies: isProgramme, chineseCountOnly: true },
  {
    reason: 'code',
    applies: (c) => !c.q.chinese && c.q.start > 0 && inSet(CODE_BEFORE, codeAt(c.view, c.q.start - 1)) && !countAfterName(c),
  },
  { reason: 'quoted name', applies: (c) => c.q.start - c.quoteOpen <= QUOTE_OPEN_REACH && inShortQuote(c.view, c.q.start, c.q.end) },
  { reason: 'document title', applies: (c) => c.q.start - c.titleOpen <= TITLE_REACH && inTitle(c.view, c.q.start, c.q.end) },
  { reason: 'page counter', applies: (c) => afterCounterLabel(c.view, c.q.start) },
  { reason: 'cut figure', applies: (c) => !c.q.chinese && (c.before === LF || c.before === SPACE || c.before === CR) && isCutTail(c) },
];

/** The rules a figure that is no Chinese count is asked, in the same order. */
const NOT_CHINESE_COUNT = DISTRACTORS.filter((d) => d.chineseCountOnly !== true);

function contextOf(view: string, q: Quantity, quoteOpen: number, titleOpen: number): Context {
  let p = q.start;
  while (p > 0 && codeAt(view, p - 1) === SPACE) p--;
  return {
    view,
    q,
    before: codeAt(view, q.start - 1),
    word: codeAt(view, p - 1),
    next: codeAt(view, q.end),
    chineseCount: q.chinese && !fractionAt(view, q.start),
    quoteOpen,
    titleOpen,
  };
}

/**
 * Why the quantity is not a metric, or null when it is one. `quoteOpen` and `titleOpen`: where the
 * last opening quote and the last 《 before it are, -1 when none.
 */
export function distractor(view: string, q: Quantity, quoteOpen: number, titleOpen: number): DistractorReason | null {
  const c = contextOf(view, q, quoteOpen, titleOpen);
  const rules = c.chineseCount ? DISTRACTORS : NOT_CHINESE_COUNT;
  for (let k = 0; k < rules.length; k++) if (rules[k]!.applies(c)) return rules[k]!.reason;
  return null;
}
