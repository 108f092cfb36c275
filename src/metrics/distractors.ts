// Numbers that look like quantities but are not: ordinals, names and slogans, quoted names,
// page counters, vague numerals.
import { COUNTER_LABELS, NAMED_TERMS, NUMERAL_IDIOMS, QUOTE_PAIRS, VAGUE_BEFORE } from '../data/metricNamedTerms.js';
import { CN_FRACTIONS, CN_NUMERAL_CHARS } from '../data/numerals.js';

const FRACTION_WORDS = Object.keys(CN_FRACTIONS);
import { approxBefore } from './qualifiers.js';
import type { Quantity } from './readQuantity.js';
import { closesClause } from './patterns.js';
import { charTable } from '../charTable.js';

/** How far a quotation may reach on either side of a figure for the figure to be its name. */
const QUOTE_REACH = 12;
/** The most units a quote is looked for in, spaces included. */
const SPACED_REACH = 3 * QUOTE_REACH;
/** Characters a quotation does not run across. */
const CLAUSE_END = new Set('。;\n!?');
/** Scale characters a vague word (数, 几, 成, 上) goes before: 数十, 几百, 上万. */
const CN_SCALE_CHARS = '十百千万亿';
const QUOTE_CLOSERS = new Set(Object.values(QUOTE_PAIRS));

/** A character before Arabic digits that makes them part of a code: V3, GB/T 3, 3+X's X … */
const CODE_BEFORE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.·/\\#+×*-';
const CN_LEADING_SCALE = '百千万亿';
const counterLabels = new Set(COUNTER_LABELS);
const namedTermsByFirst = new Map<number, string[]>();
for (const term of NAMED_TERMS) {
  const first = term.charCodeAt(0);
  namedTermsByFirst.set(first, [...(namedTermsByFirst.get(first) ?? []), term]);
}

/** The closing quote's code for each opening quote's code, 0 for other characters. */
const QUOTE_CLOSE_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(QUOTE_PAIRS)) QUOTE_CLOSE_OF[open.charCodeAt(0)] = close.charCodeAt(0);
const CLOSE_CODES = charTable(QUOTE_CLOSERS);
const CLAUSE_END_CODES = charTable(CLAUSE_END);
const CODE_BEFORE_CODES = charTable(CODE_BEFORE_CHARS);

/** True when the figure at [start, end) sits inside a short quotation: “最多跑一次”, “315”. */
export function inShortQuote(view: string, start: number, end: number): boolean {
  // spaces do not count toward the reach (an entity left in the text pads its quote with them),
  // within a hard bound of SPACED_REACH units
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen <= QUOTE_REACH && start - i <= SPACED_REACH; i--) {
    const ch = view.charCodeAt(i);
    if (ch !== 0x20) seen++;
    if (CLAUSE_END_CODES[ch] === 1) return false;
    const close = QUOTE_CLOSE_OF[ch]!;
    if (close !== 0) {
      let after = 0;
      for (let j = end; j < view.length && after <= QUOTE_REACH && j - end <= SPACED_REACH; j++) {
        const c = view.charCodeAt(j);
        if (c !== 0x20) after++;
        if (c === close) return true;
        if (CLAUSE_END_CODES[c] === 1) return false;
      }
      return false;
    }
    if (CLOSE_CODES[ch] === 1) return false; // a quotation closed before the figure
  }
  return false;
}

/** True when a CJK character stands right before `at`: 门户网站访问量27.5万次 is a sentence, not a page counter. */
function inSentence(view: string, at: number): boolean {
  const c = at > 0 ? view.charCodeAt(at - 1) : 0;
  return c >= 0x4e00 && c <= 0x9fff;
}

/** True when a page-counter or identifier label stands right before `start`: 阅读次数:356. */
function afterCounterLabel(view: string, start: number): boolean {
  let i = start;
  while (i > 0 && view.charCodeAt(i - 1) === 0x20) i--;
  if (i > 0 && view.charCodeAt(i - 1) === 0x3a) i--;
  else return view[i - 1] === '量' && /(?:访问|浏览|阅读|点击)量$/.test(view.slice(Math.max(0, i - 3), i)) && !inSentence(view, i - 3);
  while (i > 0 && view[i - 1] === ' ') i--;
  for (let len = 2; len <= 3; len++) if (counterLabels.has(view.slice(i - len, i))) return true;
  return false;
}

/** How far back an ordinal's 第 may stand: 第1、2次, 第一、二批. */
const ORDINAL_REACH = 10;
const ORDINAL_LIST_CHARS = new Set(`、,和及至-${CN_NUMERAL_CHARS}0123456789 `);

/** True when the figure continues a list of ordinals: the 2 of 第1、2次. */
function continuesOrdinal(view: string, start: number): boolean {
  const c = view[start - 1];
  if (c !== '、' && c !== ',' && c !== '和' && c !== '及' && c !== '至' && c !== '-') return false;
  for (let i = start - 1; i >= 0 && start - i <= ORDINAL_REACH; i--) {
    const ch = view[i]!;
    if (ch === '第') return true;
    if (!ORDINAL_LIST_CHARS.has(ch)) return false;
  }
  return false;
}

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
  const places = IDIOMS_BY_CHAR.get(view.charCodeAt(start));
  if (places === undefined) return false;
  for (const [idiom, k] of places) if (k <= start && view.startsWith(idiom, start - k)) return true;
  return false;
}

/** Why the quantity is not a metric, or null when it is one. */
export function distractor(view: string, q: Quantity): string | null {
  const before = q.start > 0 ? view[q.start - 1]! : '';
  let p = q.start;
  while (p > 0 && view.charCodeAt(p - 1) === 0x20) p--;
  const word = p > 0 ? view[p - 1]! : ''; // the character before, spaces skipped: 第 5 次
  if (word === '第' || continuesOrdinal(view, q.start)) return 'ordinal';
  if (word === '前' && (q.unit.unit === '名' || q.unit.unit === '位')) return 'rank';
  if (q.chinese) {
    const first = view[q.start]!;
    if (FRACTION_WORDS.some((w) => view.startsWith(w, q.start))) {
      // 百分之八十, 万分之三: a fraction, read as a percentage
    } else {
      // 千人, 万家 are names or vague, except with an approximation: 近千人, 百余家, 千余人
      const single = !CN_NUMERAL_CHARS.includes(view[q.start + 1] ?? '');
      const approximate = q.approx !== null || approxBefore(view, q.start) !== null;
      if (CN_LEADING_SCALE.includes(first) && !(single && approximate)) return 'vague numeral';
      if (inIdiom(view, q.start)) return 'idiom';
      const bareOne = first === '一' && !CN_NUMERAL_CHARS.includes(view[q.start + 1] ?? '一');
      // 一次, 一个: "a", not a count (提高一个百分点 is one, and so is 建成中心一个。 at the end of its clause)
      if (bareOne && q.unit.kind !== 'change' && !closesClause(view, q.end)) return 'article';
      // 数十家, 几百人, 上万人: a vague word before a scale (not 人数一万二千余人, where 数 ends a noun)
      const vagueWord = VAGUE_BEFORE.includes(before) && CN_SCALE_CHARS.includes(first);
      if (before !== '' && (vagueWord || CN_NUMERAL_CHARS.includes(before))) return 'vague numeral';
      const next = view[q.end] ?? '';
      if (next !== '' && (next === '“' || next === '‘' || next === '不' || CN_NUMERAL_CHARS.includes(next))) return 'slogan'; // 三个不发生 // 四个“最”, 五个一
      for (const term of namedTermsByFirst.get(view.charCodeAt(q.start)) ?? []) if (view.startsWith(term, q.start)) return 'named term';
    }
  } else {
    if (q.start > 0 && CODE_BEFORE_CODES[view.charCodeAt(q.start - 1)] === 1) return 'code';
    for (const term of namedTermsByFirst.get(view.charCodeAt(q.start)) ?? []) if (view.startsWith(term, q.start)) return 'named term';
  }
  if (inShortQuote(view, q.start, q.end)) return 'quoted name';
  if (afterCounterLabel(view, q.start)) return 'page counter';
  return null;
}
