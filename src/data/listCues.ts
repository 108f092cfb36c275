// Words that mark a heading or a paragraph as being about problems or about next steps.
import type { ListKind } from '../schema.js';

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
  '工作重点',
  '努力方向',
  '今后',
  '下一年',
  '明年',
  '主要安排',
  '工作设想',
  '重点任务',
] as const;

/** A heading that names next year's work: 2025年工作…, 2025年度…安排 (a year followed by 工作/度). */
const YEAR_PLAN = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?(?:法治政府建设)?(?:工作|主要|重点)/;

/**
 * The kind of a section heading: "problems", "plans" or null. A heading that mentions both (存在的
 * 问题和下一步工作打算) counts as problems: its first sub-sections are; the lists pass splits it.
 */
export function headingKind(title: string): ListKind | null {
  const problems = PROBLEM_HEADING_CUES.some((cue) => title.includes(cue));
  if (problems) return 'problems';
  if (PLAN_HEADING_CUES.some((cue) => title.includes(cue)) || YEAR_PLAN.test(title)) return 'plans';
  return null;
}
