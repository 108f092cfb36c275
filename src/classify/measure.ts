// What sort of quantity a metric is, for the indicator vocabulary: times, people, things, a rate
// or a sum of money (src/data/indicators.ts, Measure).
import type { Measure } from '../data/indicators.js';
import type { Metric } from '../schema.js';

/** Units that count people. */
const PEOPLE = new Set(['人', '名', '人次', '位', '余人', '人员']);
/** Units that count occasions: sessions, meetings, events, rounds. */
const TIMES = new Set(['次', '场', '场次', '期', '轮', '批次', '堂', '课', '节', '遍', '届', '班', '班次', '个次']);

/** Units of equipment, time, size and the like: no indicator counts them. */
const OTHER = new Set(['台', '辆', '套', '部', '天', '日', '个工作日', '工作日', '小时', '分钟', '年', '月', '岁', '米', '公里', '平方米', '亩', '吨', '架', '艘', '间']);

export function measureOf(m: Pick<Metric, 'kind' | 'unit'>): Measure {
  if (m.kind === 'money') return 'money';
  if (m.kind === 'percent' || m.kind === 'change') return 'rate';
  if (m.kind === 'other' || OTHER.has(m.unit)) return 'other';
  if (PEOPLE.has(m.unit)) return 'people';
  if (TIMES.has(m.unit)) return 'times';
  return 'things';
}
