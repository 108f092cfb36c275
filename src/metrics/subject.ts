// What a figure measures, as written nearby: the clause before it (核发诊所备案凭证33件 →
// 诊所备案凭证) or, for a measure word that counts the noun after it, that noun
// (对21家医疗机构开展… → 医疗机构). Rule-based: clause boundaries, time and scope words, action
// verbs and link words from src/data/metricSubjects.ts. Before the figure, what follows the subject
// is cut off: a comparison's basis (时间较法定时限), a change and its result (时限压缩至), a starting
// state (事项由原来的), a share's whole (权重占总分的); a verb before a measure head stays in the
// name (平均办理时间); a bare verb, scope word or distribution (按每户) is no subject.
import { CHANGE_BASES, CHANGE_VERBS } from '../data/metricQualifiers.js';
import {
  BARE_SUBJECT_WORDS,
  COUNTED_ACTIONS,
  COMPARISON_BASIS_MAX,
  COMPARISON_MARKERS,
  COMPARISON_WORDS_AFTER,
  COMPARISON_WORDS_BEFORE,
  COMPARE_WITH_CLOSERS,
  COMPARE_WITH_EXCEPTIONS,
  COMPARE_WITH_OPENERS,
  DEGREE_ADJECTIVES,
  DISTRIBUTIVE_LEADS,
  DISTRIBUTIVE_UNIT_MAX,
  ENUMERATION_LEADS_RE,
  FROM_MARKERS,
  FROM_STATES,
  FROM_WORD_EXCEPTIONS,
  MEASURE_HEAD_PREFIXES,
  MEASURE_HEADS,
  ONE_CHAR_NOUNS,
  POSTPOSITION_EXCEPTIONS,
  POSTPOSITIONS,
  RESULT_LINKS,
  RESULT_VERBS,
  SHARE_ENDINGS,
  SHARE_WORD_EXCEPTIONS,
  SHORT_RESULT_WORDS,
  GENERIC_ENTITY_WORDS,
  LIST_SCHEME_VERBS,
  LIST_WORDS,
  SCHEME_ADVERBS,
  SCHEME_VERBS,
  LEAD_WORD_EXCEPTIONS,
  LINK_WORD_EXCEPTIONS,
  SUBJECT_LEAD_WORDS,
  SUBJECT_LINK_WORDS,
  SUBJECT_STOP_WORDS,
  SUBJECT_VERBS,
  SUBJECT_VERBS_ANYWHERE,
} from '../data/metricSubjects.js';
import type { UnitInfo } from '../data/units.js';
import { CN_NUMERAL_CHARS } from '../data/numerals.js';
import { CN_QUANTITY_RE } from './patterns.js';
import { charTable } from '../charTable.js';
import { WordIndex } from './wordIndex.js';

/** Characters that end a clause for the subject search. */
const BOUNDARY = charTable(',;。:!?()、\n[]【】');
/** Ends a clause even inside quotation marks: a quote is never left open across a sentence or a line. */
const HARD_BOUNDARY = charTable('。!?\n');
/** How far to look for a subject on either side. */
const REACH_BEFORE = 40;
const REACH_AFTER = 24;
/** The longest noun taken after a figure. */
const NOUN_AFTER_MAX = 12;
/** Words at the end of the text before a figure that make the figure the object: 对21家, 参评的25件. */
const OBJECT_MARKERS = ['的', '等', '及', '和', '与', '为', '对', '向', '给', '将', '把', '或', '有', '了'];
/** Words that end the noun after a figure. */
const AFTER_CUT_WORDS = [
  '及时', '全面', '依法', '严格', '有效', '积极', '主动', '按时', '共同', '联合', '被', '全部', '均', '都', '已', '分别',
  '同比', '其中', '以上', '左右', '达到', '获得', '荣获', '入选', '评为', '实现', '取得', '进行', '纳入', '接受', '稳定',
  '开展', '参加', '参与', '适用', '实行', '享受', '列入', '录入', '首次', '给予', '总体', '整体', '比以往', '较以往',
];

// a basis opening the clause is passed over like a time word, with 多/少 after it: 全镇比上年多办理案件 → 案件
const LEAD = new WordIndex([...SUBJECT_LEAD_WORDS, ...CHANGE_BASES.flatMap((b) => ['', '多', '少'].map((more) => b.written + more))]);
const LEAD_EXCEPTIONS = new WordIndex(LEAD_WORD_EXCEPTIONS);
const VERBS = new WordIndex(SUBJECT_VERBS);
const VERBS_ANYWHERE = new WordIndex(SUBJECT_VERBS_ANYWHERE.flatMap((v) => [`${v}了`, v]));
/** Verbs of change, and each with the word for its result: 压缩至, 精简为 (压缩至5个工作日). */
const CHANGE_WORDS = [...new Set([...Object.keys(CHANGE_VERBS), ...RESULT_VERBS])];
const RESULT_WORDS = [...RESULT_VERBS.flatMap((v) => RESULT_LINKS.map((l) => v + l)), ...SHORT_RESULT_WORDS];
// a distribution's 按 left at the end once its unit went as a link word: 各村按每人200元 → 各村
const DANGLING_LEADS = DISTRIBUTIVE_LEADS.filter((w) => w !== '以');
const LINK = new WordIndex([...SUBJECT_LINK_WORDS, ...CHANGE_WORDS, ...RESULT_WORDS, ...CHANGE_BASES.map((b) => b.written), ...DANGLING_LEADS]);
const LINK_EXCEPTIONS = new WordIndex(LINK_WORD_EXCEPTIONS);
// after a figure, a verb of change ends the noun only with its result word (由45项调整为30项): 优化营商环境 is a name
const GROWTH_WORDS = Object.keys(CHANGE_VERBS);
const STOP = new WordIndex([...SUBJECT_STOP_WORDS, ...SUBJECT_VERBS, ...GROWTH_WORDS, ...RESULT_WORDS]);
const CUT = new WordIndex([...AFTER_CUT_WORDS, ...SUBJECT_VERBS.filter((v) => v.length >= 2), ...GROWTH_WORDS.filter((v) => v.length >= 2), ...RESULT_WORDS]);
const MARKERS = new WordIndex(OBJECT_MARKERS);
/** Words that join two verbs: 发现并整改. */
const JOINERS = new WordIndex(['并', '和', '及', '与', '或', '并且', '以及']);
/** A date or period opening a clause: 2020年, 2021年以来, 1-10月, 12月份. */
const LEADING_DATE_RE = /^(?:\d{4}年度?|\d{1,2}(?:-\d{1,2})?月份?|\d{1,2}日)/;
/** A character a noun may start with: CJK, an opening quote or 《. */
function startsNoun(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || code === 0x201c || code === 0x22 || code === 0x300a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Keeps at least two characters when stripping. */
const MIN_SUBJECT = 2;

function stripLinkWords(text: string): string {
  let s = text;
  for (let link = LINK.endingAt(s); link; link = LINK.endingAt(s)) {
    if (link.length === 1 && LINK_EXCEPTIONS.endingAt(s)) break; // 行为 is not 行 + 为
    s = s.slice(0, -link.length);
  }
  return s;
}

/**
 * The characters an enumeration lead can start with: every character written in its pattern, a
 * superset as long as the pattern holds only literal characters and classes of them (else every
 * character, and the pattern is always tried).
 */
const ENUMERATION_FIRST = charTable(ENUMERATION_LEADS_RE.source);
if (/[\\.-]/.test(ENUMERATION_LEADS_RE.source)) ENUMERATION_FIRST.fill(1);

/** A leading date (it starts with a digit) or enumeration lead of `s`, tried only where one can start. */
function leadingDate(s: string): RegExpExecArray | null {
  const c = s.charCodeAt(0);
  if (isDigit(c)) {
    const date = LEADING_DATE_RE.exec(s);
    if (date) return date;
  }
  return ENUMERATION_FIRST[c] === 1 ? ENUMERATION_LEADS_RE.exec(s) : null;
}

function stripLeadWords(text: string): string {
  let s = text;
  for (;;) {
    const date = leadingDate(s);
    const lead = date ? date[0] : LEAD_EXCEPTIONS.startingAt(s) ? null : LEAD.startingAt(s);
    if (!lead) return s;
    if (s.length - lead.length < MIN_SUBJECT) {
      const rest = s.slice(lead.length); // 分别对: lead words only, no subject
      return rest === '' || (!date && LEAD.startingAt(rest) === rest) ? '' : s;
    }
    s = s.slice(lead.length);
  }
}

/**
 * Cuts the text up to and including its first action verb, while enough is left:
 * 司法所共参与领导班子会议 → 领导班子会议; verbs that can be nouns only at the start.
 */
function stripVerbs(text: string): string {
  let s = text;
  const lastCode = s.charCodeAt(s.length - 1);
  const rate = lastCode === 0x7387 || lastCode === 0x6bd4; // 调解成功率, 检查覆盖率: the verb is part of the rate's name
  const tally = s.endsWith('数'); // 破获刑事案件数: a count named by its verb keeps it
  const measure = MEASURE.endingAt(s) !== null; // 审批时限, 平均办理时间: the verb is part of the measure's name
  for (let i = 0; i < s.length; i++) {
    let strong = tally && i === 0 ? null : VERBS_ANYWHERE.startingAt(s, i);
    // 核查处置率 is 核查 + 处置率, not 核 + 查处 + 置率: a verb whose last character starts another verb is no verb here
    if (strong && i > 0 && VERBS.startingAt(s, i + strong.length - 1)) strong = null;
    if (strong && measure && namesMeasure(s.slice(i + strong.length))) strong = null;
    // 受理率和办结率: a verb right before 率 names a rate wherever it stands
    if (strong && s.charCodeAt(i + strong.length) === RATE) strong = null;
    // a verb that may also be a noun (整改, 审核) is kept before a short head: 整改意见, 审核合同
    const weak = !strong && i === 0 && !rate && !tally && !measure ? VERBS.startingAt(s, 0) : null;
    const verb = strong ?? weak;
    if (verb && s.length - i - verb.length >= (weak ? MIN_SUBJECT + 1 : MIN_SUBJECT)) {
      s = s.slice(i + verb.length);
      const joined = JOINERS.startingAt(s); // 发现并督促整改隐患
      if (joined && s.length - joined.length >= MIN_SUBJECT) s = s.slice(joined.length);
      i = -1;
    }
  }
  return s.startsWith('的') && s.length > MIN_SUBJECT ? s.slice(1) : s;
}

const MEASURE = new WordIndex(MEASURE_HEADS);
/** 率: a verb right before it names a rate (受理率, 办结率). */
const RATE = 0x7387;
const MEASURE_PREFIX = new WordIndex(MEASURE_HEAD_PREFIXES);

/** True when `rest` (the words after a verb) is a measure head: 时间, 平均时长 (平均办理时间). */
function namesMeasure(rest: string): boolean {
  const prefix = MEASURE_PREFIX.startingAt(rest);
  const head = prefix ? rest.slice(prefix.length) : rest;
  return MEASURE.startingAt(head) === head;
}

const COMPARISON = charTable(COMPARISON_MARKERS.join(''));
const COMPARISON_AFTER = new WordIndex(COMPARISON_WORDS_AFTER);
const COMPARISON_BEFORE = new WordIndex(COMPARISON_WORDS_BEFORE);
const DEGREE = new WordIndex(DEGREE_ADJECTIVES);
/** Characters that a basis never holds: a quotation or a title belongs to a name (“比学赶超”). */
const NOT_IN_BASIS = charTable('“”"《》');

/**
 * The noun phrase before a comparison whose basis runs to the figure, or the text unchanged:
 * 平均审批时间较法定时限 → 平均审批时间, 整体通关时间较2019年 → 整体通关时间. 比例, 占比 and the
 * degree adverb 较 (较大数额罚款) compare nothing.
 */
function cutComparison(text: string): string {
  const from = Math.max(0, text.length - 1 - COMPARISON_BASIS_MAX);
  for (let k = text.length - 2; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (NOT_IN_BASIS[c] === 1) return text;
    if (COMPARISON[c] !== 1) continue;
    if (COMPARISON_AFTER.startingAt(text, k) || COMPARISON_BEFORE.endingAt(text, k + 1)) continue;
    if (c === 0x8f83 && DEGREE.startingAt(text, k + 1)) continue; // 较
    if (hasActionVerb(text, k + 1)) return text; // 比上年多办理案件: the object follows
    const left = text.slice(0, k);
    if (k > 0 && NOT_IN_BASIS[text.charCodeAt(k - 1)] === 1) return text;
    if (VERBS.endingAt(left)) return text; // 开展比学赶超活动: the verb's object starts with 比
    if (stripLeadWords(left) !== '') return left;
    // 比全省平均水平低: the clause is the comparison, its subject is not written here (比上年多调解纠纷 has one)
    return hasActionVerb(text, k + 1, VERBS) ? text : '';
  }
  return text;
}

const COMPARE_OPENER = charTable(COMPARE_WITH_OPENERS.join(''));
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
    if (COMPARE_OPENER[text.charCodeAt(k)] === 1 && !COMPARE_EXCEPTIONS.startingAt(text, k)) return text.slice(0, k);
  }
  return text;
}

/** True when an action verb stands in `text` from `from` on: the words after it are its object. */
function hasActionVerb(text: string, from: number, verbs = VERBS_ANYWHERE): boolean {
  for (let i = from; i < text.length; i++) if (verbs.startingAt(text, i)) return true;
  return false;
}

const RESULT = new WordIndex(RESULT_WORDS);

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

const FROM = charTable(FROM_MARKERS.join(''));
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
    return k >= MIN_SUBJECT && FROM[text.charCodeAt(k)] === 1 ? text.slice(0, k) : text;
  }
  // 由法定的, 由2021年的: a short state ending with 的 and holding no verb
  if (!text.endsWith('的')) return text;
  for (let k = text.length - 2; k >= MIN_SUBJECT && text.length - k - 1 <= FROM_STATE_MAX; k--) {
    if (VERBS.startingAt(text, k)) return text;
    if (FROM[text.charCodeAt(k)] === 1 && !LINK_EXCEPTIONS.endingAt(text, k + 1) && !FROM_EXCEPTIONS.startingAt(text, k)) {
      return text.slice(0, k);
    }
  }
  return text;
}

/** Words that are never a whole subject: verbs, time, scope and function words. */
const BARE = new Set([
  ...BARE_SUBJECT_WORDS,
  ...SUBJECT_LEAD_WORDS,
  ...SUBJECT_STOP_WORDS,
  ...SUBJECT_LINK_WORDS,
  ...SUBJECT_VERBS_ANYWHERE,
  ...CHANGE_WORDS,
  ...RESULT_WORDS,
]);
for (const action of COUNTED_ACTIONS) BARE.delete(action);
const ONE_CHAR = new Set(ONE_CHAR_NOUNS);

/**
 * True when `s` cannot be a subject on its own: 精简, 中, 月; one character unless a counted noun (户).
 * An action that names what is counted (审结, 保留) can.
 */
export function isBareSubject(s: string): boolean {
  return s.length === 1 ? !ONE_CHAR.has(s) : BARE.has(s);
}

const DISTRIBUTIVE_LEAD = new WordIndex(DISTRIBUTIVE_LEADS);
/** A number after 每 makes a rate's base (每万人口律师数), not a distribution: 每个行政村 is one. */
const RATE_BASE = charTable('0123456789十百千万');

/**
 * Where a distributive phrase at the end of `s` starts (按每户, 按照每个行政村: the figure is per
 * unit, the unit is no subject), or -1.
 */
function distributiveStart(s: string): number {
  const k = s.lastIndexOf('每');
  const unit = s.length - k - 1;
  if (k < 0 || unit < 1 || unit > DISTRIBUTIVE_UNIT_MAX) return -1;
  if (s.endsWith('率') || s.endsWith('数') || MEASURE.endingAt(s)) return -1;
  const lead = DISTRIBUTIVE_LEAD.endingAt(s, k);
  if (lead) return k - lead.length; // 按照每百户: a ratio to distribute by
  if (RATE_BASE[s.charCodeAt(k + 1)] === 1) return -1;
  // with no 按: only 每 and its unit make the whole subject (每户, 每个行政村); 每户补贴 names the 补贴
  return k === 0 && (unit <= 2 || s.charCodeAt(1) === 0x4e2a) ? 0 : -1; // 个
}

/** Strips time, scope, adverbs and verbs from the left, link words from the right. */
export function cleanSubject(text: string): string {
  return clean(text);
}

/** How many times a bare word or distributive phrase sends the search further left. */
const LOOK_LEFT_MAX = 2;

/**
 * The constructions cut from the right of a clause, in order, after its link words: what follows
 * the subject there is a whole it is a share of, a basis, or a starting state.
 */
const CLAUSE_CUTS: readonly ((text: string) => string)[] = [cutShare, cutResultShare, cutCompareWith, cutComparison, cutFromState];

function clean(text: string, depth = 0): string {
  let cut = stripLinkWords(text.trim());
  for (const apply of CLAUSE_CUTS) cut = apply(cut);
  const base = stripLinkWords(cut).trim(); // 整体通关时间较2019年分别 → 整体通关时间
  const s = stripVerbs(stripLeadWords(base)).trim();
  if (s === '的') return ''; // 12家的百分之五十: no subject
  const dist = s ? distributiveStart(s) : -1;
  // 小区按每户, 其中死亡: the words left of a distribution or a bare word, if any
  const left = dist >= 0 ? base.slice(0, base.length - s.length + dist) : isBareSubject(s) ? base.slice(0, base.length - s.length) : null;
  if (left === null) return s;
  return depth < LOOK_LEFT_MAX && left.trim() ? clean(left, depth + 1) : '';
}

/** True when the clause before the figure leaves it as an object: 召开22次, 对21家, 参评的25件. */
function objectPosition(text: string): boolean {
  let s = text.trim();
  for (let lead = LEAD.endingAt(s); lead; lead = LEAD.endingAt(s)) s = s.slice(0, -lead.length);
  return s.length === 0 || MARKERS.endingAt(s) !== null || VERBS.endingAt(s) !== null;
}

const CN_NUMERAL_CODES = charTable(CN_NUMERAL_CHARS);

/** True when a Chinese numeral with a unit starts at `i`: the 百余人次 of 3期百余人次. */
function startsQuantity(text: string, i: number): boolean {
  if (CN_NUMERAL_CODES[text.charCodeAt(i)] !== 1) return false;
  if (text.startsWith('分之', i + 1)) return true; // 百分之五十
  CN_QUANTITY_RE.lastIndex = i;
  return CN_QUANTITY_RE.test(text);
}

/** The noun right after a figure (300余名医护骨干参加 → 医护骨干), or null. */
function nounAfter(text: string, stopAtDe = true): string | null {
  if (!startsNoun(text.charCodeAt(0)) || STOP.startingAt(text) || startsQuantity(text, 0)) return null;
  let end = Math.min(text.length, NOUN_AFTER_MAX);
  for (let i = 1; i < end; i++) {
    const de = stopAtDe && i >= MIN_SUBJECT && text.charCodeAt(i) === 0x7684; // 128个社区的网格化管理 → 社区
    if (de || isDigit(text.charCodeAt(i)) || CUT.startingAt(text, i) || startsQuantity(text, i)) end = i;
  }
  return text.slice(0, end);
}

/** A noun at the end of the words after a figure: 7个与现行政策不符的文件 → 文件. */
function nounAfterDe(text: string): string | null {
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
function schemeAfter(text: string, noun: string): { start: number; end: number } | null {
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
  if (text.charCodeAt(start) === OPEN_QUOTE) {
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
function schemeBefore(clause: string, noun: string): { start: number; end: number } | null {
  if (noun.length > 5 || GENERIC.endingAt(noun) === null || !clause.endsWith('的')) return null;
  const end = clause.length - 1;
  if (!LIST_WORD_INDEX.endingAt(clause, end)) return null;
  for (let i = end - MIN_SUBJECT - 1; i >= 0 && end - i <= SCHEME_MAX; i--) {
    const verb = SCHEME_VERB_WORDS.startingAt(clause, i);
    if (verb && LIST_SCHEME.has(verb) && end - i - verb.length >= MIN_SUBJECT) return { start: i + verb.length, end };
  }
  return null;
}

/** Adverbs right before a count of actions: 先后14次组织学习. */
const ADVERBS_BEFORE_COUNT = new WordIndex(['先后', '累计', '共', '共计', '合计', '总计', '多']);

/** An action verb and its object right after a figure: 4次参加“一把手跟执法”活动 → 参加“一把手跟执法”活动. */
function actionAfter(text: string): string | null {
  const verb = VERBS_ANYWHERE.startingAt(text);
  if (!verb) return null;
  const object = nounAfter(text.slice(verb.length), false); // 组织学习党的二十大精神: the object keeps its 的
  return object ? verb + object : null;
}

export interface SubjectContext {
  /** Where the figure's words start (before 超过 / 比上年提升 …) and where it ends (after 以上 …). */
  start: number;
  end: number;
  unit: UnitInfo;
  /** Where the subject search must stop on the left (the end of the previous metric). */
  floor: number;
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
/** The longest note in brackets read as part of a noun: 示范村(社区). */
const NOUN_NOTE_MAX = 8;
/** The longest verb looked for before a note. */
const VERB_MAX = 4;

/**
 * Where the "(" of a short note in brackets closing at `close` is, when the note belongs to the
 * noun before it (示范村(社区), 市(州)): a CJK character that ends no verb stands before it. Else -1.
 */
function nounNoteStart(view: string, close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k <= NOUN_NOTE_MAX; k--) {
    const c = view.charCodeAt(k);
    if (c === OPEN_PAREN) {
      // 办理(不含移送): after a verb the note qualifies the action, and no noun stands before it
      const noun = startsNoun(view.charCodeAt(k - 1)) && VERBS.endingAt(view.slice(Math.max(floor, k - VERB_MAX), k)) === null;
      return noun ? k : -1;
    }
    if (BOUNDARY[c] === 1) return -1;
  }
  return -1;
}

function clauseBefore(view: string, at: number, floor: number): { text: string; boundary: string; start: number } {
  let i = at;
  let quoted = false; // inside “…” (read backwards), where 、 and , do not end the clause: “双随机、一公开”
  for (; i > floor && at - i < REACH_BEFORE; i--) {
    const c = view.charCodeAt(i - 1);
    if (c === CLOSE_QUOTE) quoted = true;
    else if (c === OPEN_QUOTE) quoted = false;
    else if (c === CLOSE_PAREN && !quoted) {
      const open = nounNoteStart(view, i - 1, floor);
      if (open < 0) break;
      i = open + 1; // the note is part of the noun: go on before its "("
    } else if (quoted ? HARD_BOUNDARY[c] === 1 : BOUNDARY[c] === 1) break;
  }
  return { text: view.slice(i, at), boundary: i > 0 ? view[i - 1]! : '', start: i };
}

function clauseAfter(view: string, at: number): string {
  let i = at;
  while (i < view.length && i - at < REACH_AFTER && BOUNDARY[view.charCodeAt(i)] !== 1) i++;
  return view.slice(at, i);
}

const LIST_COMMA = 0x3001; // 、
/** How many names before the last a list subject may hold, and how long it may be. */
const LIST_ITEMS_MAX = 5;
const LIST_LENGTH_MAX = 60;

/**
 * The subject `at` widened over the names listed before it with 、, when they are parallel names
 * the figure counts together: 办结率、满意率均为100%, 开展习近平法治思想宣传、宣讲146场次. Only when
 * the last name stands whole at the start of its clause (nothing stripped: 加强执法、查处案件12件
 * keeps 案件), and each earlier name ends right at its 、.
 */
function overList(view: string, at: { start: number; end: number }, clauseStart: number, floor: number): { start: number; end: number } {
  if (at.start !== skipSpaces(view, clauseStart, at.start)) return at;
  let start = at.start;
  let comma = clauseStart - 1;
  for (let n = 0; n < LIST_ITEMS_MAX && view.charCodeAt(comma) === LIST_COMMA; n++) {
    const item = clauseBefore(view, comma, floor);
    const name = item.text ? clean(item.text) : '';
    if (!name || !item.text.endsWith(name) || at.end - (comma - name.length) > LIST_LENGTH_MAX) break;
    start = comma - name.length;
    if (start !== skipSpaces(view, item.start, start)) break; // a name that lost its verb or time words heads the list
    comma = item.start - 1;
  }
  return { start, end: at.end };
}

/** The first offset from `from` (up to `to`) that is no space. */
function skipSpaces(view: string, from: number, to: number): number {
  let i = from;
  while (i < to && view.charCodeAt(i) === 0x20) i++;
  return i;
}

const POSTPOSITION = new WordIndex(POSTPOSITIONS);
const POSTPOSITION_NOUNS = new WordIndex(POSTPOSITION_EXCEPTIONS);

/**
 * How many characters at the end of a subject are no part of it: a place word (16个乡镇中 →
 * 乡镇) or a 的 left dangling (具有法律职业资格的156人 → 具有法律职业资格), keeping two characters.
 */
function trailingWords(s: string): number {
  if (s.endsWith('的')) return s.length - 1 >= MIN_SUBJECT ? 1 : 0;
  const place = POSTPOSITION.endingAt(s);
  if (!place || s.length - place.length < MIN_SUBJECT || POSTPOSITION_NOUNS.endingAt(s)) return 0;
  return place.length;
}

/** Where the subject is, as view offsets, or null; a subject that is one quotation loses its quotes: “首违不罚”. */
/** `span` without spaces at either end (a CR before LF reads as a space in the view), or null when nothing is left. */
function trimSpaces(view: string, span: { start: number; end: number } | null): { start: number; end: number } | null {
  if (span === null) return null;
  let { start, end } = span;
  while (start < end && view.charCodeAt(start) === 0x20) start++;
  while (end > start && view.charCodeAt(end - 1) === 0x20) end--;
  return end > start ? { start, end } : null;
}

export function findSubject(view: string, ctx: SubjectContext): { start: number; end: number } | null {
  const found = trimSpaces(view, subjectAt(view, ctx));
  const at = found && { start: found.start, end: found.end - trailingWords(view.slice(found.start, found.end)) };
  if (at !== null && isBareSubject(view.slice(at.start, at.end))) return null; // 覆盖, 中: no subject
  if (at === null || at.end - at.start < MIN_SUBJECT + 2) return at;
  if (view.charCodeAt(at.start) !== OPEN_QUOTE || view.charCodeAt(at.end - 1) !== CLOSE_QUOTE) return at;
  const inner = view.indexOf('“', at.start + 1);
  return inner === -1 || inner >= at.end ? { start: at.start + 1, end: at.end - 1 } : at;
}

function subjectAt(view: string, ctx: SubjectContext): { start: number; end: number } | null {
  const clause = clauseBefore(view, ctx.start, ctx.floor);
  const locate = (s: string, from: number, to: number): { start: number; end: number } | null => {
    if (!s) return null;
    const at = view.lastIndexOf(s, to - s.length);
    return at >= from ? { start: at, end: at + s.length } : null;
  };
  let cleaned: string | null = null; // the subject before the figure, made only when asked for
  const before = (): string => (cleaned ??= clean(clause.text));
  const shareable = ctx.unit.kind !== 'percent' && ctx.unit.kind !== 'change';
  const after = shareable ? clauseAfter(view, ctx.end) : '';
  if (shareable) {
    const action = actionAfter(after);
    if (action && (!before() || (ctx.unit.verbal && ADVERBS_BEFORE_COUNT.endingAt(clause.text)))) {
      // 先后4次参加“一把手跟执法”活动, 局务会先后14次组织学习…: the count is of the action after it
      return locate(action, ctx.end, ctx.end + after.length);
    }
    const noun = nounAfter(after);
    const nominal = !ctx.unit.verbal && ctx.unit.kind !== 'money';
    if (noun && (nominal || objectPosition(clause.text))) {
      const scheme = schemeAfter(after, noun);
      if (scheme) return { start: ctx.end + scheme.start, end: ctx.end + scheme.end };
      const named = schemeBefore(clause.text, noun);
      if (named) return { start: clause.start + named.start, end: clause.start + named.end };
      return locate(noun, ctx.end, ctx.end + after.length);
    }
    if (nominal && (!before() || objectPosition(clause.text))) {
      const tail = nounAfterDe(after);
      if (tail) return locate(tail, ctx.end, ctx.end + after.length);
    }
  }
  const beforeSubject = before();
  if (beforeSubject) {
    const at = locate(beforeSubject, clause.start, ctx.start);
    return at && clause.boundary === '、' ? overList(view, at, clause.start, ctx.floor) : at;
  }
  if (!shareable && view.charCodeAt(ctx.end) === 0x7684) {
    // 95%以上的矛盾纠纷化解在基层: the share of what follows 的
    const after = clauseAfter(view, ctx.end + 1);
    const noun = nounAfter(after);
    if (noun) return locate(noun, ctx.end + 1, ctx.end + 1 + after.length);
  }
  if (clause.boundary === '(' && clause.start > 1) {
    // 刑事立案数(同比下降13.4%): the subject stands before the parenthesis
    const outer = clauseBefore(view, clause.start - 1, ctx.floor);
    const s = clean(outer.text);
    if (s) return locate(s, outer.start, clause.start - 1);
  }
  return null; // 由46条减少到16条: the caller reuses the last subject
}
