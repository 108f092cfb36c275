// What sort of quantity a metric is, for the indicator vocabulary: times, people, things, a rate
// or a sum of money (src/data/indicators.ts, Measure).
import type { Measure } from '../data/indicators.js';
import type { Metric } from '../schema.js';

/** Units that count people. */
const PEOPLE: readonly string[] = ['人', '名', '人次', '位', '余人', '人员'];
/** Units that count occasions: sessions, meetings, events, rounds. */
const TIMES: readonly string[] = ['次', '场', '场次', '期', '轮', '批次', '堂', '课', '节', '遍', '届', '班', '班次', '个次'];
/** Units of equipment, time, size and the like: no indicator counts them. */
const OTHER: readonly string[] = ['台', '辆', '套', '部', '天', '日', '个工作日', '工作日', '小时', '分钟', '年', '月', '岁', '米', '公里', '平方米', '亩', '吨', '架', '艘', '间'];

/**
 * The measure of each unit above, in one map (one look-up per figure, not one per list); a unit in
 * two lists takes the first of OTHER, PEOPLE, TIMES (as the lists were asked in that order).
 */
const BY_UNIT: ReadonlyMap<string, Measure> = (() => {
  const map = new Map<string, Measure>();
  const put = (units: readonly string[], measure: Measure) => {
    for (const u of units) if (!map.has(u)) map.set(u, measure);
  };
  put(OTHER, 'other');
  put(PEOPLE, 'people');
  put(TIMES, 'times');
  return map;
})();

export function measureOf(m: Pick<Metric, 'kind' | 'unit'>): Measure {
  if (m.kind === 'money') return 'money';
  if (m.kind === 'percent' || m.kind === 'change') return 'rate';
  if (m.kind === 'other') return 'other';
  return BY_UNIT.get(m.unit) ?? 'things';
}
