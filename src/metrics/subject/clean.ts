// A clause before a figure made into its subject: lead words, verbs and link words stripped, the
// clause cuts applied, bare words and distributions passed over to the words left of them.
import { BARE_SUBJECT_WORDS, COUNTED_ACTIONS, DISTRIBUTIVE_LEADS, DISTRIBUTIVE_UNIT_MAX, ONE_CHAR_NOUNS, SUBJECT_LEAD_WORDS, SUBJECT_LINK_WORDS, SUBJECT_STOP_WORDS, SUBJECT_VERBS, SUBJECT_VERBS_ANYWHERE } from '../../data/metricSubjects.js';
import { codeAt, charSet, inSet } from '../../charTable.js';
import { codeFilter, mayHold, pairKey } from '../../codeFilter.js';
import { WordIndex } from '../wordIndex.js';
import { CHANGE_WORDS, JOINERS, MEASURE, MIN_SUBJECT, RESULT_WORDS, VERBS, VERBS_ANYWHERE, namesMeasure, stripLeadWords, stripLinkWords } from './words.js';
import { CLAUSE_CUTS } from './cuts.js';
import { GE, RATE, RATIO } from './chars.js';
/**
 * How many characters a cut needs from where its verb starts: the shortest verb and the subject
 * left after it (a verb that may be a noun, cut at the start only, leaves one more). A verb
 * starting nearer the end than this is never cut, so the search for one stops there.
 */
const CUT_ROOM = MIN_SUBJECT + Math.min(...SUBJECT_VERBS_ANYWHERE.map((v) => v.length), ...SUBJECT_VERBS.map((v) => v.length + 1));

/**
 * Cuts the text up to and including its first action verb, while enough is left:
 * 司法所共参与领导班子会议 → 领导班子会议; verbs that can be nouns only at the start.
 */
function stripVerbs(text: string): string {
  let s = text;
  const lastCode = codeAt(s, s.length - 1);
  const rate = lastCode === RATE || lastCode === RATIO; // 调解成功率, 检查覆盖率: the verb is part of the rate's name
  const tally = s.endsWith('数'); // 破获刑事案件数: a count named by its verb keeps it
  const measure = MEASURE.endingAt(s) !== null; // 审批时限, 平均办理时间: the verb is part of the measure's name
  for (let i = 0; i + CUT_ROOM <= s.length; i++) {
    let strong = tally && i === 0 ? null : VERBS_ANYWHERE.startingAt(s, i);
    // 核查处置率 is 核查 + 处置率, not 核 + 查处 + 置率: a verb whose last character starts another verb is no verb here
    if (strong && i > 0 && VERBS.startingAt(s, i + strong.length - 1)) strong = null;
    if (strong && measure && namesMeasure(s.slice(i + strong.length))) strong = null;
    // 受理率和办结率: a verb right before 率 names a rate wherever it stands
    if (strong && codeAt(s, i + strong.length) === RATE) strong = null;
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
/** The one-character nouns, by code (a longer word is never the one-character subject asked about). */
const ONE_CHAR = charSet(ONE_CHAR_NOUNS.filter((w) => w.length === 1));
/**
 * The first two characters of the bare words of two or more, and their longest length: most
 * subjects are turned away before the set hashes them.
 */
const headOf = (s: string): number => pairKey(s.charCodeAt(0), s.charCodeAt(1));
const BARE_HEAD = codeFilter([...BARE].filter((w) => w.length >= 2).map(headOf));
const BARE_MAX = Math.max(0, ...[...BARE].map((w) => w.length));
const BARE_EMPTY = BARE.has('');

/**
 * True when `s` cannot be a subject on its own: 精简, 中, 月; one character unless a counted noun (户).
 * An action that names what is counted (审结, 保留) can.
 */
export function isBareSubject(s: string): boolean {
  return isBareSpan(s, 0, s.length);
}

/** isBareSubject of [start, end) of `view`, sliced only when the filter lets it through. */
export function isBareSpan(view: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return !inSet(ONE_CHAR, view.charCodeAt(start));
  if (length === 0) return BARE_EMPTY;
  return length <= BARE_MAX && mayHold(BARE_HEAD, pairKey(view.charCodeAt(start), view.charCodeAt(start + 1))) && BARE.has(view.slice(start, end));
}

const DISTRIBUTIVE_LEAD = new WordIndex(DISTRIBUTIVE_LEADS);
/** A number after 每 makes a rate's base (每万人口律师数), not a distribution: 每个行政村 is one. */
const RATE_BASE = charSet('0123456789十百千万');

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
  if (inSet(RATE_BASE, codeAt(s, k + 1))) return -1;
  // with no 按: only 每 and its unit make the whole subject (每户, 每个行政村); 每户补贴 names the 补贴
  return k === 0 && (unit <= 2 || codeAt(s, 1) === GE) ? 0 : -1;
}

/** Strips time, scope, adverbs and verbs from the left, link words from the right. */
export function cleanSubject(text: string): string {
  return clean(text);
}

/** How many times a bare word or distributive phrase sends the search further left. */
const LOOK_LEFT_MAX = 2;


export function clean(text: string, depth = 0): string {
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
