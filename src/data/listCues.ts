// Words that mark a heading or a paragraph as being about problems or about next steps.
import { addPair, inPairTable, pairTable } from '../charTable.js';
import type { ListKind } from '../schema.js';
import { YEAR_SOURCE } from './yearPattern.js';

/** A heading about problems or shortcomings: 存在的问题, 不足, 短板, 差距, 薄弱环节 … */
export const PROBLEM_HEADING_CUES = ['问题', '不足', '短板', '差距', '薄弱环节', '困难', '弱项', '瓶颈'] as const;

/** A heading about next steps: 下一步, 工作计划, 工作打算, 工作安排, 工作思路, 努力方向 … */
export const PLAN_HEADING_CUES = [
  '下一步',
  '下步',
  '工作计划',
  '工作打算',
  '工作安排',
  '工作思路',
  '努力方向',
  '今后',
  '下一年',
  '明年',
  '主要安排',
  '工作设想',
  '工作展望',
  '展望',
  '工作谋划',
  '改进措施',
  '整改措施',
  '改进方向',
  '对策建议',
  '打算',
  '设想',
] as const;

/** Verbs that make a problem word part of an achievement: 解决…问题, 补齐短板, 坚持问题导向, 依法处理信访问题. */
const SOLVED_PROBLEM =
  /解决|整改|整治|破解|化解|补齐|补强|弥补|聚焦|排查|查找|查摆|梳理|针对|直面|回应|问题导向|治理|攻坚|决策|研究|协调|开展|推进|加强|强化|深化|健全|完善|提升|抓好|做好|狠抓|处理|处置|调处|办理|受理|督办|交办|答复/;

/** Words that admit what follows: 存在的问题, 面临的困难. */
const ADMITTING = /存在|面临/;

const LACK_WORDS = '问题|不足|短板|差距|薄弱环节|困难|弱项|瓶颈';
const LACK = `(?:${LACK_WORDS})`;
const LACK_TAIL = `(?:${LACK_WORDS}|原因(?:分析)?|建议|对策|挑战|改进措施|整改措施)`;
/** A heading that ends on the problems: …工作中的不足, 困难和问题, 问题及原因分析 */
const PROBLEM_TAIL = new RegExp(`${LACK}(?:之处|方面)?(?:[和与及、]${LACK_TAIL})?$`);
/** A heading that starts with the problems: 问题与展望, 主要问题和建议 */
const PROBLEM_HEAD = new RegExp(`^(?:主要)?${LACK}`);

/** Verbs that make a plan word part of an achievement: 制定年度工作计划, 创新工作思路. */
const DONE_PLAN = /制定|印发|出台|编制|落实|完成|创新|拓宽|转变|理清|厘清|紧扣|围绕|按照|根据|结合|纳入|部署/;

/** A heading that opens with next steps: 下一步…, 今后…, 明年… */
const PLAN_OPENING = /^(?:下一步|下步|今后|明年|新的一年|下一年)/;

/** How many characters may follow a plan cue in its heading (…工作计划 / …工作打算和建议). */
const CUE_REACH = 10;

/** Words naming what was done: 主要举措和存在的问题 announces achievements before problems. */
const ACHIEVEMENT = /举措|成效|成绩|做法|措施|进展|开展情况|工作情况|主要工作|亮点|经验/;

/** A heading about causes: 不足的原因, 原因分析. */
const CAUSE = /原因|成因/;
/** A heading that is only about causes: 问题的原因, 不足的原因, 原因分析 (not 存在的问题和原因分析). */
const CAUSE_ONLY = /(?:问题|不足|短板|差距|困难)(?:产生)?的(?:主要)?(?:原因|成因)|^(?:主要|存在)?(?:问题)?(?:原因|成因)/;

/** Words of a review of work done: 2024年度重点工作推进情况 is no plan. */
const REVIEW = /情况|成效|成绩|完成|总结|回顾|举措|做法|亮点/;

/** A heading that names a later year's work: 2025年工作…, 2025年度…安排. */
const YEAR_PLAN = new RegExp(
  `${YEAR_SOURCE}年度?(?:法治政府建设|依法行政)?(?:工作)?(?:计划|打算|安排|思路|设想|要点|重点|目标|任务|主要任务|谋划|展望)`,
);

/** A heading year: 2025年 → 2025 (Arabic digits only). */
const HEADING_YEAR = /(\d{4})年/;

/** Every character a cue word of any role starts with or holds: a heading without one is quickly null. */
export const HEADING_CUE_CHARS = '问不短差薄困弱瓶下步计划打安排思努方今明展谋措对年原因成';
/**
 * Every word one of the role tests needs (problem and plan cues, PLAN_OPENING, YEAR_PLAN's tail,
 * CAUSE): a heading without one is null after a single test.
 */
const ROLE_WORDS: readonly string[] = [
  ...new Set([
    ...PROBLEM_HEADING_CUES,
    ...PLAN_HEADING_CUES,
    ...['新的一年', '计划', '安排', '思路', '设想', '要点', '重点', '目标', '任务', '谋划', '展望'],
    ...['原因', '成因'],
  ]),
];
const ROLE_WORD = new RegExp(ROLE_WORDS.join('|'));
/** The first two characters of every role word (none is shorter): most headings hold no such pair, and the regex is not run. */
const ROLE_HEADS = pairTable();
for (const w of ROLE_WORDS) {
  if (w.length < 2) throw new Error(`heading role words: ${w} has no pair of characters to be found by`);
  addPair(ROLE_HEADS, w.charCodeAt(0), w.charCodeAt(1));
}

/** True when `title` holds a role word. */
function hasRoleWord(title: string): boolean {
  for (let k = 0; k + 1 < title.length; k++) {
    if (inPairTable(ROLE_HEADS, title.charCodeAt(k), title.charCodeAt(k + 1))) return ROLE_WORD.test(title);
  }
  return false;
}

/** What a heading announces, in more detail than ListKind. */
export type HeadingRole =
  | 'problems' // 存在的问题, 存在的不足和原因
  | 'plans' // 下一步工作打算, 2025年工作计划
  | 'both' // 存在的问题和下一步打算
  | 'announce' // 主要举措和存在的问题, 工作情况及2025年打算: achievements first, then problems or plans
  | 'causes' // 不足的原因, 原因分析
  | null;

/** Any cue of PROBLEM_HEADING_CUES / PLAN_HEADING_CUES, tested once before the cues are looked up one by one. */
const ANY_PROBLEM_CUE = new RegExp(PROBLEM_HEADING_CUES.join('|'));
const ANY_PLAN_CUE = new RegExp(PLAN_HEADING_CUES.join('|'), 'g');

function hasProblemCue(title: string): boolean {
  if (!ANY_PROBLEM_CUE.test(title)) return false;
  if (ADMITTING.test(title)) return true;
  return (PROBLEM_TAIL.test(title) || PROBLEM_HEAD.test(title)) && !SOLVED_PROBLEM.test(title);
}

function hasPlanCue(title: string, reportYear: number | null): boolean {
  if (PLAN_OPENING.test(title) || title.includes('下一步') || title.includes('下步')) return true;
  const cue = lastPlanCue(title);
  if (cue >= 0) {
    // …工作计划性不强 is a shortcoming, not a plan
    return !DONE_PLAN.test(title) && title.length - cue <= CUE_REACH && !SHORTCOMING_WORDS.test(title.slice(cue));
  }
  if (!title.includes('年') || !YEAR_PLAN.test(title) || REVIEW.test(title)) return false;
  const year = HEADING_YEAR.exec(title);
  return reportYear === null || year === null || Number(year[1]) > reportYear;
}

/**
 * The offset just past the plan cue that ends last in `title`, or -1. Every start is tried, so a
 * cue inside another (打算 in 工作打算) is seen; no two cues starting at one offset differ in length
 * except where one ends the other.
 */
function lastPlanCue(title: string): number {
  let end = -1;
  ANY_PLAN_CUE.lastIndex = 0;
  for (let m = ANY_PLAN_CUE.exec(title); m; m = ANY_PLAN_CUE.exec(title)) {
    end = Math.max(end, m.index + m[0].length);
    ANY_PLAN_CUE.lastIndex = m.index + 1;
  }
  return end;
}

/** A heading that reviews the year before it turns to plans: 2024年工作情况及2025年工作打算. */
function reviewsFirst(title: string): boolean {
  const review = REVIEW.exec(title);
  if (!review) return false;
  const plan = YEAR_PLAN.exec(title);
  const cue = PLAN_HEADING_CUES.map((c) => title.indexOf(c)).filter((i) => i >= 0);
  const first = Math.min(plan ? plan.index : title.length, ...cue);
  return review.index < first;
}

/** The index of the first problem cue in `title`, or -1. */
function firstProblemCue(title: string): number {
  let at = -1;
  for (const cue of PROBLEM_HEADING_CUES) {
    const i = title.indexOf(cue);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * What a heading (or a short unmarked line) is about. `reportYear`, when known, keeps a heading
 * naming the report's own year (2024年度法治政府建设主要任务 in a 2024 report) out of the plans.
 */
export function headingRole(title: string, reportYear: number | null = null): HeadingRole {
  if (!hasRoleWord(title)) return null;
  const problems = hasProblemCue(title);
  const plans = hasPlanCue(title, reportYear);
  if (problems && plans) return 'both';
  if (problems) {
    if (CAUSE.test(title) && CAUSE_ONLY.test(title)) return 'causes';
    const achievement = ACHIEVEMENT.exec(title);
    if (achievement && achievement.index < firstProblemCue(title)) return 'announce';
    return 'problems';
  }
  if (plans) return reviewsFirst(title) ? 'announce' : 'plans';
  return CAUSE.test(title) ? 'causes' : null;
}

/**
 * The kind of a section heading: "problems", "plans" or null. A heading that mentions both (存在的
 * 问题和下一步工作打算) counts as problems: its first sub-sections are; the lists pass splits it.
 * A heading that announces achievements before problems (主要举措和存在的问题) or only causes
 * (不足的原因) is null. `reportYear`, when given, keeps 2024年重点任务 in a 2024 report from plans.
 */
export function headingKind(title: string, reportYear: number | null = null): ListKind | null {
  const role = headingRole(title, reportYear);
  if (role === 'problems' || role === 'both') return 'problems';
  return role === 'plans' ? 'plans' : null;
}

/** Words that describe a shortcoming: 不够, 有待, 欠缺 … (to tell problems from plans). */
export const SHORTCOMING_WORDS = /不够|不足|有待|欠缺|不强|不高|较弱|滞后|薄弱|尚未|不到位|不完善|不健全|不平衡|不充分|缺乏|短缺|偏少|偏弱|差距|不多|单一/;

/** A heading that only names a part, it is no item: 存在的问题, 下一步工作打算, 2025年工作安排. */
export const PART_HEADING =
  /^(?:存在|主要问题|问题|不足|下一步|下步|今后|明年|\d{4}年)|(?:计划|打算|安排|思路|设想|展望|方向|谋划|措施)$/;
