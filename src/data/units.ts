// Measure words and units a metric can end with, with the kind of quantity each one gives.
import type { MetricKind } from '../schema.js';

export interface UnitInfo {
  /** The unit as written after the number (multiplier taken out): 件, 人次, 元, % … */
  readonly unit: string;
  readonly kind: MetricKind;
  /**
   * False when a Chinese numeral before this unit is more often a name or a word than a count
   * (十分, 三张网, 二期, 十条): such a unit only counts after Arabic digits.
   */
  readonly afterCn: boolean;
  /** Frequency counters (次, 人次, 场次 …): what they count is usually named before them. */
  readonly verbal?: boolean;
}

const count = (unit: string, afterCn = true): UnitInfo => ({ unit, kind: 'count', afterCn });
const times = (unit: string): UnitInfo => ({ unit, kind: 'count', afterCn: true, verbal: true });
const other = (unit: string, afterCn = true): UnitInfo => ({ unit, kind: 'other', afterCn });

export const UNITS: readonly UnitInfo[] = [
  // frequencies
  times('次'),
  times('人次'),
  times('户次'),
  times('家次'),
  times('间次'),
  times('场次'),
  times('台次'),
  times('件次'),
  times('批次'),
  times('车次'),
  times('架次'),
  times('轮'),
  times('遍'),
  // counts of things and people
  count('件'),
  count('名'),
  count('人'),
  count('个'),
  count('项'),
  count('份'),
  count('条'),
  count('场'),
  count('台'),
  count('宗'),
  count('起'),
  count('例'),
  count('批'),
  count('篇'),
  count('所'),
  count('家'),
  count('户'),
  count('类'),
  count('册'),
  count('本'),
  count('张'),
  count('部'),
  count('部门'),
  count('单位'),
  count('期', false),
  count('单', false),
  count('位'),
  count('套'),
  count('辆'),
  count('座'),
  count('支'),
  count('封'),
  count('处'),
  count('块'),
  count('期次'),
  // money
  { unit: '元', kind: 'money', afterCn: true },
  { unit: '美元', kind: 'money', afterCn: true },
  // shares
  { unit: '%', kind: 'percent', afterCn: false },
  { unit: '‰', kind: 'percent', afterCn: false },
  { unit: '个百分点', kind: 'change', afterCn: true },
  { unit: '百分点', kind: 'change', afterCn: true },
  // durations, scores and physical quantities
  other('天'),
  other('个工作日'),
  other('工作日'),
  other('个月'),
  other('小时'),
  other('分钟'),
  other('分', false),
  other('倍'),
  other('吨'),
  other('公斤'),
  other('千克'),
  other('亩'),
  other('公顷'),
  other('平方米'),
  other('平方公里'),
  other('公里'),
  other('千米'),
  other('米', false),
];

/**
 * Two-character words that start with a unit character but are not that unit: after 3 they are
 * a different word (3项目 is not 3项 + 目; 3台账, 3条例 …). A unit followed by the second character
 * is not read.
 */
export const UNIT_WORD_BREAKERS: readonly string[] = [
  '项目',
  '人民',
  '家庭',
  '台账',
  '条例',
  '期间',
  '期限',
  '名单',
  '名称',
  '本地',
  '本级',
  '元素',
  '场所',
  '类型',
  '所有',
  '件事',
  '次性',
  '个性',
  '个体',
  '分之',
  '分局',
  '分类',
  '分别',
  '分析',
  '天然',
  '位于',
  '起来',
  '部署',
  '户籍',
  '套餐',
  '类别',
  '份额',
  '处理',
  '处罚',
  '处置',
  '处室',
  '处长',
  '处级',
  '处分',
  '处于',
  '处在',
  '元旦',
  '天气',
  '期末',
  '场地',
  '所在',
  '家长',
  '家属',
  '户口',
  '条件',
  '条款',
  '位置',
];

const byUnit = new Map(UNITS.map((u) => [u.unit, u]));

/** The unit's entry, if it is one. */
export function unitInfo(unit: string): UnitInfo | undefined {
  return byUnit.get(unit);
}
