// The issuer as the subject of the opening sentence: "2021年,司法部坚持…", "…领导下,东城街道深入…".
import { PARTY_BODIES, PARTY_OPENINGS, SUBJECT_FOLLOWERS } from '../data/issuerNames.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import { YEAR, type Mention } from './mention.js';
import { isOrgName, mayEndOrgName, mayStartOrgName } from './orgName.js';
import { findInBodySentences, type OpeningLines } from './region.js';
import { yearDuEnd } from './year.js';
import { bitTable, inBitTable } from '../charTable.js';
import { CN_YEAR_DIGITS } from '../data/yearPattern.js';

/** The characters of a pinyin gloss and its brackets: 区(qū). */
const PINYIN_CHAR = bitTable('()abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü');
const SELF = '我'.charCodeAt(0);

/** A character of a name: a CJK ideograph (not 我), or a pinyin gloss 区(qū). */
function isNameChar(view: string, i: number): boolean {
  const code = view.charCodeAt(i);
  if (code >= 0x4e00 && code <= 0x9fff) return code !== SELF;
  return inBitTable(PINYIN_CHAR, code);
}
const MAX_NAME = 30;

/** The first characters of the followers: most characters after a name start none. */
const FOLLOWER_FIRST = bitTable(SUBJECT_FOLLOWERS);
/** Followers by the char code of their first character: only these need trying after a name. */
const FOLLOWERS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const w of SUBJECT_FOLLOWERS) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  return map;
})();
/** How a year starts: a digit or a Chinese numeral of a year (二〇二一). */
const YEAR_FIRST = bitTable(`0123456789${CN_YEAR_DIGITS}`);

function followsName(view: string, at: number): boolean {
  const next = view.charCodeAt(at);
  if (inBitTable(FOLLOWER_FIRST, next)) {
    const words = FOLLOWERS_BY_FIRST.get(next)!;
    for (let i = 0; i < words.length; i++) if (view.startsWith(words[i]!, at)) return true;
  }
  if (!inBitTable(YEAR_FIRST, next)) return false;
  const year = YEAR.exec(view.slice(at, at + 8));
  return year !== null && year.index === 0;
}

/** The shortest organisation name starting at `start` that a predicate follows, if any. */
function nameAt(view: string, start: number, limit: number): number | null {
  if (!mayStartOrgName(view.charCodeAt(start))) return null;
  for (let e = start + 2; e <= Math.min(limit, start + MAX_NAME); e++) {
    if (!isNameChar(view, e - 1)) return null;
    if (mayEndOrgName(view.charCodeAt(e - 1)) && followsName(view, e) && isOrgName(view.slice(start, e))) return withPartyBody(view, start, e);
  }
  return null;
}

/** `e`, or past the 党组 after it where the name from `start` is a party body's (中共某局 + 党组): the issuer. */
function withPartyBody(view: string, start: number, e: number): number {
  if (!PARTY_OPENINGS.some((o) => view.startsWith(o, start))) return e;
  const party = PARTY_BODIES.find((w) => view.startsWith(w, e));
  return party === undefined ? e : e + party.length;
}

/** How an opening year phrase starts: a year's digit, 今年, 一年来, 近年来, 本年度, 过去一年. */
const YEAR_LEAD_FIRST = bitTable(`0123456789${CN_YEAR_DIGITS}今近本过`);
const COMMA = ','.charCodeAt(0);
const XIA = '下'.charCodeAt(0);
/** Opening year phrases that name no year (tried after a year, in this order). */
const YEAR_LEAD_WORDS: readonly string[] = ['今年以来', '一年来', '近年来', '本年度', '过去一年'];
const SINCE = '以来';

/**
 * The length of the opening year phrase at `at` (今年以来, 2023年度, 2023年以来: a year, 年, 度 and
 * 以来 if there, else one of YEAR_LEAD_WORDS), or -1 where none stands: read in place.
 */
function yearLeadAt(view: string, at: number): number {
  if (!inBitTable(YEAR_LEAD_FIRST, view.charCodeAt(at))) return -1;
  const end = yearDuEnd(view, at);
  if (end >= 0) return (view.startsWith(SINCE, end) ? end + SINCE.length : end) - at;
  for (const word of YEAR_LEAD_WORDS) if (view.startsWith(word, at)) return word.length;
  return -1;
}

const TITLE_OPEN = '《'.charCodeAt(0);
const XIAN = '现将';

/** Where the first 现将 from `from` stands within the sentence ending at `last`, or -1 (searched within the sentence only). */
function xianWithin(view: string, from: number, last: number): number {
  const at = from < last ? view.slice(from, last).indexOf(XIAN) : -1;
  return at < 0 ? -1 : from + at;
}

/** The name starting at `at` (up to `end`) that a predicate follows, as a mention; else null. */
function subjectAt(view: string, at: number, end: number): Mention | null {
  const e = nameAt(view, at, end);
  return e === null ? null : { source: 'body', span: { start: at, end: e } };
}

/** The name that opens the sentence and ends at its 现将 (…。某开发区管理委员会现将…报告如下:), or null. */
function subjectBeforeXian(view: string, lineStart: number, xian: number): Mention | null {
  let at = xian;
  while (at > lineStart && view.charCodeAt(at - 1) !== FULL_STOP) at--;
  return xian - at >= BODY_NAME_MIN && xian - at <= MAX_NAME && isOrgName(view.slice(at, xian)) ? { source: 'body', span: { start: at, end: xian } } : null;
}
const FULL_STOP = '。'.charCodeAt(0);

/**
 * A name after 现将 (at `at`): right after it, after a title's opening 《, after the year that
 * opens what is reported (现将2023年度某市教育局…, 现将《某市文化和旅游局2025年度…报告》予以公布).
 */
function subjectAfterXian(view: string, at: number, end: number): Mention | null {
  const found = subjectAt(view, at, end);
  if (found) return found;
  let p = at;
  if (view.charCodeAt(p) === TITLE_OPEN) {
    const quoted = subjectAt(view, ++p, end);
    if (quoted) return quoted;
  }
  const lead = yearLeadAt(view, p);
  return lead >= 0 ? subjectAt(view, p + lead, end) : null;
}

/**
 * The issuer at a strong place of the opening sentence of the line `[start, end)`, tried in order:
 * the sentence's start, after its opening year ("2021年,司法部…", "2023年省应急管理厅…"), after 现将,
 * and after a clause that ends a year or a "在…领导下," phrase ("…坚强领导下,东城街道…"). The
 * sentence's commas are kept in `commas` (complete when nothing is found) for the weak places.
 */
function strongSubject(view: string, start: number, end: number, commas: number[]): Mention | null {
  const found = subjectAt(view, start, end);
  if (found) return found;
  // the sentence's end, looked for only where its start names no one
  const stop = view.indexOf('。', start);
  const last = stop < 0 || stop > end ? end : stop;
  // the sentence is walked clause by clause (comma to comma), its 现将 found by indexOf in order
  // (once past the sentence, never looked for again: one native scan on most pages)
  let xian = xianWithin(view, start, last);
  for (let clause = start; clause < last; ) {
    const lead = yearLeadAt(view, clause);
    if (lead >= 0) {
      const after = clause + lead;
      const found = subjectAt(view, after, end) ?? (view.charCodeAt(after) === COMMA ? subjectAt(view, after + 1, end) : null);
      if (found) return found;
    }
    const comma = view.indexOf(',', clause);
    const clauseEnd = comma < 0 || comma >= last ? last : comma;
    for (; xian >= 0 && xian < clauseEnd; xian = xianWithin(view, xian + 1, last)) {
      const found = subjectAfterXian(view, xian + 2, end);
      if (found) return found;
    }
    if (clauseEnd === last) break;
    commas.push(comma);
    if (view.charCodeAt(comma - 1) === XIA) {
      const found = subjectAt(view, comma + 1, end);
      if (found) return found;
    }
    clause = comma + 1;
  }
  return null;
}

/**
 * The issuer at a weak place of a line's opening sentence (tried when no line has a name at a strong
 * one): after any other of its `commas` ("为深入贯彻…精神,某某局坚持…"); the line ends at `end`.
 */
function weakSubject(view: string, commas: readonly number[], end: number): Mention | null {
  for (const comma of commas) {
    if (view.charCodeAt(comma - 1) === XIA) continue;
    const found = subjectAt(view, comma + 1, end);
    if (found) return found;
  }
  return null;
}

/** The subject of the report's opening sentence: "2021年,司法部坚持…", "…,东城街道深入…". */
export function subjectMention(doc: Doc, opening: OpeningLines): Mention | null {
  const { view } = doc;
  // every line's strong places first (a line found only when those before it name no one), then
  // every line's weak ones: the commas of each line's opening sentence are found once, by the first walk
  const commas: number[][] = [];
  for (let i = 0; ; i++) {
    const line = opening.line(i);
    if (line === undefined) break;
    const own: number[] = [];
    commas.push(own);
    const found = strongSubject(view, line.contentStart, line.contentEnd, own);
    if (found) return found;
  }
  for (let i = 0; i < commas.length; i++) {
    const found = weakSubject(view, commas[i]!, opening.line(i)!.contentEnd);
    if (found) return found;
  }
  // the sentence that hands the report over, later in its paragraph (…。现将某市某局…工作总结如下:)
  for (let i = 0; i < commas.length; i++) {
    const { contentStart: start, contentEnd: end } = opening.line(i)!;
    for (let xian = xianWithin(view, start, end); xian >= 0; xian = xianWithin(view, xian + XIAN.length, end)) {
      const found = subjectAfterXian(view, xian + XIAN.length, end) ?? subjectBeforeXian(view, start, xian);
      if (found) return found;
    }
  }
  return null;
}

/** The shortest name the fallback takes (a place and a body: 某市司法局). */
const BODY_NAME_MIN = 4;
/** What follows a name the text then calls by a short name: 某市发展和改革委员会(以下简称市发改委). */
const DEFINES_SHORT_NAME = '(以下简称';

/**
 * The issuer as the subject of any sentence of the body, for a page that names it nowhere else
 * (an excerpt from the middle of a report): "2016年,某州气象局按照…", "某市发展和改革委员会(以下简称
 * 市发改委)修订…". Only a name after the sentence's year, or one the text defines as its short name.
 */
export function bodySubjectMention(doc: Doc, chrome: Chrome): Mention | null {
  const { view } = doc;
  return findInBodySentences(doc, chrome, (start, lineEnd): Mention | null => {
    const lead = yearLeadAt(view, start);
    const at = lead >= 0 ? start + lead + (view.charCodeAt(start + lead) === COMMA ? 1 : 0) : start;
    const e = nameAt(view, at, lineEnd);
    if (e === null || e - at < BODY_NAME_MIN || (lead < 0 && !view.startsWith(DEFINES_SHORT_NAME, e))) return null;
    return { source: 'body', span: { start: at, end: e } };
  });
}
