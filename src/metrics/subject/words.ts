// The word lists of the subject search as indexes, and the strippers every strategy shares:
// time and scope words from the left, link words from the right.
import { DISTRIBUTIVE_LEADS, ENUMERATION_LEADS_RE, LEAD_WORD_EXCEPTIONS, LINK_WORD_EXCEPTIONS, MEASURE_HEADS, MEASURE_HEAD_PREFIXES, RESULT_LINKS, RESULT_VERBS, SHORT_RESULT_WORDS, SUBJECT_LEAD_WORDS, SUBJECT_LINK_WORDS, SUBJECT_STOP_WORDS, SUBJECT_VERBS, SUBJECT_VERBS_ANYWHERE } from '../../data/metricSubjects.js';
import { CHANGE_BASES, CHANGE_VERBS } from '../../data/metricQualifiers.js';
import { charSet, codeAt } from '../../charTable.js';
import { charFilter, mayHold } from '../../codeFilter.js';
import { LongestMatch, WordIndex } from '../wordIndex.js';
import { isDigit } from './chars.js';
/** Characters that end a clause for the subject search. */
export const BOUNDARY_CHARS = ',;。:!?()、\n[]【】';
export const BOUNDARY = charSet(BOUNDARY_CHARS);
/** Ends a clause even inside quotation marks: a quote is never left open across a sentence or a line. */
export const HARD_BOUNDARY_CHARS = '。!?\n';
export const HARD_BOUNDARY = charSet(HARD_BOUNDARY_CHARS);
/** How far to look for a subject on either side. */
export const REACH_BEFORE = 40;
export const REACH_AFTER = 24;
/** The longest noun taken after a figure. */
export const NOUN_AFTER_MAX = 12;
/** Words at the end of the text before a figure that make the figure the object: 对21家, 参评的25件. */
const OBJECT_MARKERS = ['的', '等', '及', '和', '与', '为', '对', '向', '给', '将', '把', '或', '有', '了'];
/** Words that end the noun after a figure. */
const AFTER_CUT_WORDS = [
  '及时', '全面', '依法', '严格', '有效', '积极', '主动', '按时', '共同', '联合', '被', '全部', '均', '都', '已', '分别',
  '同比', '其中', '以上', '左右', '达到', '获得', '荣获', '入选', '评为', '实现', '取得', '进行', '纳入', '接受', '稳定',
  '开展', '参加', '参与', '适用', '实行', '享受', '列入', '录入', '首次', '给予', '总体', '整体', '比以往', '较以往',
];

// a basis opening the clause is passed over like a time word, with 多/少 after it: 全镇比上年多办理案件 → 案件
const LEAD_WORDS = [...SUBJECT_LEAD_WORDS, ...CHANGE_BASES.flatMap((b) => ['', '多', '少'].map((more) => b.written + more))];
export const LEAD = new WordIndex(LEAD_WORDS);
/**
 * Lead words and the nouns that merely start like one (在校学生 is not 在 + 校学生, 对象 not 对 +
 * 象): the longest word at the start of a clause decides whether a lead is there.
 */
const LEAD_AT = new LongestMatch(LEAD_WORDS, LEAD_WORD_EXCEPTIONS);
export const VERBS = new WordIndex(SUBJECT_VERBS);
export const VERBS_ANYWHERE = new WordIndex(SUBJECT_VERBS_ANYWHERE.flatMap((v) => [`${v}了`, v]));
/** Verbs of change, and each with the word for its result: 压缩至, 精简为 (压缩至5个工作日). */
export const CHANGE_WORDS = [...new Set([...Object.keys(CHANGE_VERBS), ...RESULT_VERBS])];
export const RESULT_WORDS = [...RESULT_VERBS.flatMap((v) => RESULT_LINKS.map((l) => v + l)), ...SHORT_RESULT_WORDS];
// a distribution's 按 left at the end once its unit went as a link word: 各村按每人200元 → 各村
const DANGLING_LEADS = DISTRIBUTIVE_LEADS.filter((w) => w !== '以');
const LINK_WORDS = [...SUBJECT_LINK_WORDS, ...CHANGE_WORDS, ...RESULT_WORDS, ...CHANGE_BASES.map((b) => b.written), ...DANGLING_LEADS];
export const LINK_EXCEPTIONS = new WordIndex(LINK_WORD_EXCEPTIONS);
/**
 * Link words and the words that merely end like one (行为 is not 行 + 为, 统计 not 统 + 计): the
 * longest word at the end of a clause decides whether a link is there.
 */
const LINK_AT = new LongestMatch(LINK_WORDS, LINK_WORD_EXCEPTIONS);
// after a figure, a verb of change ends the noun only with its result word (由45项调整为30项): 优化营商环境 is a name
const GROWTH_WORDS = Object.keys(CHANGE_VERBS);
export const STOP = new WordIndex([...SUBJECT_STOP_WORDS, ...SUBJECT_VERBS, ...GROWTH_WORDS, ...RESULT_WORDS]);
export const CUT = new WordIndex([...AFTER_CUT_WORDS, ...SUBJECT_VERBS.filter((v) => v.length >= 2), ...GROWTH_WORDS.filter((v) => v.length >= 2), ...RESULT_WORDS]);
export const MARKERS = new WordIndex(OBJECT_MARKERS);
/** Words that join two verbs: 发现并整改. */
export const JOINERS = new WordIndex(['并', '和', '及', '与', '或', '并且', '以及']);
/** A date or period opening a clause: 2020年, 2021年以来, 1-10月, 12月份. */
const LEADING_DATE_RE = /^(?:\d{4}年度?|\d{1,2}(?:-\d{1,2})?月份?|\d{1,2}日)/;

/** Keeps at least two characters when stripping. */
export const MIN_SUBJECT = 2;

export function stripLinkWords(text: string): string {
  let s = text;
  for (let link = LINK_AT.endingAt(s); link; link = LINK_AT.endingAt(s)) s = s.slice(0, -link.length);
  return s;
}

/**
 * The characters an enumeration lead can start with: every character written in its pattern, a
 * superset as long as the pattern holds only literal characters and classes of them (else null, and
 * the pattern is always tried). A filter: what it lets through by chance the pattern turns away.
 */
const ENUMERATION_FIRST = /[\\.-]/.test(ENUMERATION_LEADS_RE.source) ? null : charFilter(ENUMERATION_LEADS_RE.source);

/** A leading date (it starts with a digit) or enumeration lead of `s`, tried only where one can start. */
function leadingDate(s: string): RegExpExecArray | null {
  const c = codeAt(s, 0);
  if (isDigit(c)) {
    const date = LEADING_DATE_RE.exec(s);
    if (date) return date;
  }
  return ENUMERATION_FIRST === null || mayHold(ENUMERATION_FIRST, c) ? ENUMERATION_LEADS_RE.exec(s) : null;
}

export function stripLeadWords(text: string): string {
  let s = text;
  for (;;) {
    const date = leadingDate(s);
    const lead = date ? date[0] : LEAD_AT.startingAt(s);
    if (!lead) return s;
    if (s.length - lead.length < MIN_SUBJECT) {
      const rest = s.slice(lead.length); // 分别对: lead words only, no subject
      return rest === '' || (!date && LEAD.startingAt(rest) === rest) ? '' : s;
    }
    s = s.slice(lead.length);
  }
}

export const MEASURE = new WordIndex(MEASURE_HEADS);
const MEASURE_PREFIX = new WordIndex(MEASURE_HEAD_PREFIXES);

/** True when `rest` (the words after a verb) is a measure head: 时间, 平均时长 (平均办理时间). */
export function namesMeasure(rest: string): boolean {
  const prefix = MEASURE_PREFIX.startingAt(rest);
  const head = prefix ? rest.slice(prefix.length) : rest;
  return MEASURE.startingAt(head) === head;
}

/** True when an action verb stands in `text` from `from` on: the words after it are its object. */
export function hasActionVerb(text: string, from: number, verbs = VERBS_ANYWHERE): boolean {
  for (let i = from; i < text.length; i++) if (verbs.startingAt(text, i)) return true;
  return false;
}

export const RESULT = new WordIndex(RESULT_WORDS);

/**
 * A place's level and the others it stands for, in brackets: 市(州), 县(市、区), 村(社区), the units
 * a count of places is of (9个市(州)、88个县(市、区)). Sticky: read at one offset.
 */
const LEVEL_WITH_ALTERNATIVES = /[省市县区州盟旗乡镇村]\((?:\p{Script=Han}{1,4}、){0,3}\p{Script=Han}{1,4}\)/uy;

const OPEN_BRACKET = 0x28; // (

/** The length of a level and its alternatives in brackets at `at` in `view`, or 0. */
export function levelWithAlternatives(view: string, at: number): number {
  if (codeAt(view, at + 1) !== OPEN_BRACKET) return 0; // the level's one character, then its bracket
  LEVEL_WITH_ALTERNATIVES.lastIndex = at;
  const m = LEVEL_WITH_ALTERNATIVES.exec(view);
  return m ? m[0].length : 0;
}
