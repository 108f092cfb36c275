// Words that make a figure approximate, and the words of growth figures.
import type { Approx } from '../schema.js';

/** Written right before the number: 超过35%, 近4500条, 不足10人. Longest first when matched. */
export const APPROX_BEFORE: Readonly<Record<string, Approx>> = {
  超过: 'over',
  逾: 'over',
  超: 'over',
  多达: 'over',
  高达: 'over',
  高于: 'over',
  多于: 'over',
  大于: 'over',
  突破: 'over',
  近: 'about',
  将近: 'about',
  接近: 'about',
  约: 'about',
  大约: 'about',
  约为: 'about',
  约有: 'about',
  不足: 'under',
  不到: 'under',
  低于: 'under',
  少于: 'under',
  小于: 'under',
  未超过: 'under',
  // a bound written as a negation: 不少于40学时 is at least 40, 不超过3个工作日 at most 3
  不少于: 'over',
  不低于: 'over',
  不小于: 'over',
  至少: 'over',
  不超过: 'under',
  不高于: 'under',
  不多于: 'under',
  不大于: 'under',
  最多: 'under',
};

/** Between the number and its unit, kept in `raw`: 300余名, 十余次, 100多人. */
export const APPROX_INSIDE: Readonly<Record<string, Approx>> = { 余: 'over', 多: 'over' };

/** Right after the unit: 100%以上, 50人左右, 10人以下. */
export const APPROX_AFTER: Readonly<Record<string, Approx>> = {
  以上: 'over',
  之多: 'over',
  左右: 'about',
  上下: 'about',
  以下: 'under',
  以内: 'under',
};

/** Verbs of growth right before a figure, and their direction. */
export const CHANGE_VERBS: Readonly<Record<string, 'up' | 'down'>> = {
  增长: 'up',
  增加: 'up',
  提升: 'up',
  提高: 'up',
  上升: 'up',
  上涨: 'up',
  增幅: 'up',
  下降: 'down',
  降低: 'down',
  减少: 'down',
  下滑: 'down',
  回落: 'down',
  压缩: 'down',
  降幅: 'down',
  降: 'down',
  // reductions of time limits and item lists: 缩短55%, 精简30%
  缩短: 'down',
  缩减: 'down',
  压减: 'down',
  削减: 'down',
  精简: 'down',
  压降: 'down',
};

/** What a growth figure is compared with: 比上年 → 上年, 同比 → 同比. Longest first when matched. */
export const CHANGE_BASES: readonly { readonly written: string; readonly basis: string }[] = [
  { written: '与去年同期相比', basis: '去年同期' },
  { written: '与上年同期相比', basis: '上年同期' },
  { written: '比上年同期', basis: '上年同期' },
  { written: '较上年同期', basis: '上年同期' },
  { written: '较去年同期', basis: '去年同期' },
  { written: '比去年同期', basis: '去年同期' },
  { written: '与上年相比', basis: '上年' },
  { written: '与去年相比', basis: '去年' },
  { written: '比上年度', basis: '上年度' },
  { written: '较上年度', basis: '上年度' },
  { written: '比上一年', basis: '上一年' },
  { written: '较上一年', basis: '上一年' },
  { written: '比上年', basis: '上年' },
  { written: '较上年', basis: '上年' },
  { written: '比去年', basis: '去年' },
  { written: '较去年', basis: '去年' },
  { written: '同比', basis: '同比' },
  { written: '环比', basis: '环比' },
];
