// Generated tables: every multiplier × approximation × unit, after Arabic digits and after
// Chinese numerals, is read with its value, unit, approximation and span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { CN_NUMERAL_CHARS } from '../src/data/numerals.js';
import { UNITS, type UnitInfo } from '../src/data/units.js';
import { findMetrics } from '../src/metrics/findMetrics.js';
import type { Chrome } from '../src/pipeline.js';
import type { Approx, Metric } from '../src/schema.js';

const noChrome = (length: number): Chrome => ({ spans: [], body: { start: 0, end: length }, meta: [] });
const metricsOf = (text: string): Metric[] => findMetrics(createDoc(text), noChrome(text.length));

interface Row {
  text: string;
  raw: string;
  value: number;
  unit: string;
  approx: Approx | null;
}

const round = (v: number): number => (Number.isInteger(v) || v > 1e9 ? v : Math.round(v * 1e6) / 1e6);
const PREFIX = '累计办理';
const SUFFIX = '。';
const row = (raw: string, value: number, unit: UnitInfo, approx: Approx | null): Row => ({
  text: `${PREFIX}${raw}${SUFFIX}`,
  raw,
  value: round(value),
  unit: unit.reads ?? unit.unit,
  approx,
});

const ARABIC: [string, number][] = [['27', 27], ['27.5', 27.5], ['1,200', 1200], ['２７', 27]];
const MULTIPLIERS: [string, number][] = [['', 1], ['千', 1e3], ['万', 1e4], ['百万', 1e6], ['千万', 1e7], ['亿', 1e8], ['万亿', 1e12]];
const INSIDE: [string, Approx | null][] = [['', null], ['余', 'over'], ['多', 'over']];
const UNIT_NAMES = new Set(UNITS.map((u) => u.unit));
const shares = (u: UnitInfo): boolean => u.kind === 'percent' || u.kind === 'change';

function arabicRows(): Row[] {
  const rows: Row[] = [];
  for (const unit of UNITS) {
    for (const [digits, n] of ARABIC) {
      if (shares(unit)) {
        rows.push(row(`${digits}${unit.unit}`, n, unit, null));
        continue;
      }
      for (const [mult, scale] of MULTIPLIERS) {
        if (mult !== '' && UNIT_NAMES.has(mult[mult.length - 1] + unit.unit)) continue; // 千 + 米 is 千米, a unit of its own
        for (const [inside, approx] of INSIDE) {
          rows.push(row(`${digits}${mult}${inside}${unit.unit}`, n * scale, unit, approx)); // 27.5万余人次
          if (mult !== '' && inside !== '') rows.push(row(`${digits}${inside}${mult}${unit.unit}`, n * scale, unit, approx)); // 10余万元
        }
        if (mult !== '') rows.push(row(`${digits} ${mult}${unit.unit}`, n * scale, unit, null)); // 27.5 万次
      }
    }
  }
  return rows;
}

/** Chinese numerals; a lone 百/千/万 is vague (百人) unless approximate (百余人). */
const CHINESE: [string, number][] = [
  ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['两千', 2000], ['三万', 30000], ['二十万', 200000],
  ['百', 100], ['千', 1000], ['万', 10000], ['一百', 100], ['三千五百', 3500],
];
const CN_MULTIPLIERS: [string, number][] = [['', 1], ['万', 1e4], ['亿', 1e8]];

function chineseRows(): Row[] {
  const rows: Row[] = [];
  // a unit starting with a numeral character (千瓦, 百分点) is ambiguous after a Chinese numeral
  const units = UNITS.filter((u) => u.afterCn && !CN_NUMERAL_CHARS.includes(u.unit[0]!));
  for (const unit of units) {
    for (const [numeral, n] of CHINESE) {
      const lone = numeral.length === 1 && numeral !== '十';
      for (const [inside, approx] of INSIDE) {
        if (lone && inside === '') continue; // 百人: vague, see the negative table
        if (shares(unit) && inside !== '') continue;
        rows.push(row(`${numeral}${inside}${unit.unit}`, n, unit, approx)); // 百余人次, 两千余人
        // 十余万元: a multiplier after 余 (not after 万 itself)
        if (inside !== '' && !shares(unit) && n < 1e4) {
          for (const [mult, scale] of CN_MULTIPLIERS) {
            if (mult !== '') rows.push(row(`${numeral}${inside}${mult}${unit.unit}`, n * scale, unit, approx));
          }
        }
      }
    }
  }
  return rows;
}

function check(rows: Row[]): string[] {
  const wrong: string[] = [];
  for (const r of rows) {
    const ms = metricsOf(r.text);
    const m = ms.length === 1 ? ms[0]! : undefined;
    const ok =
      m !== undefined &&
      m.raw === r.raw &&
      r.text.slice(m.span.start, m.span.end) === m.raw &&
      m.span.start === PREFIX.length &&
      m.value === r.value &&
      m.unit === r.unit &&
      m.approx === r.approx;
    if (!ok) wrong.push(`${r.text} → ${JSON.stringify(ms.map((x) => [x.raw, x.value, x.unit, x.approx]))}`);
  }
  return wrong;
}

describe('metrics: generated multiplier × unit tables', () => {
  it('Arabic digits × multiplier × 余/多 × every unit', () => {
    const rows = arabicRows();
    expect(rows.length).toBeGreaterThan(2000);
    expect(check(rows)).toEqual([]);
  });

  it('Chinese numerals × 余/多 × multiplier × every unit that follows Chinese numerals', () => {
    const rows = chineseRows();
    expect(rows.length).toBeGreaterThan(1000);
    expect(check(rows)).toEqual([]);
  });

  it('a lone 百/千/万 without an approximation is vague: no metric', () => {
    for (const numeral of ['百', '千', '万']) expect(metricsOf(`${PREFIX}${numeral}人${SUFFIX}`)).toEqual([]);
  });
});

describe('metrics: a unit that starts like a multiplier', () => {
  it.each([
    ['线路长27千米。', '27千米', 27, '千米'],
    ['装机容量30千瓦,', '30千瓦', 30, '千瓦'],
    ['发电120千瓦时,', '120千瓦时', 120, '千瓦时'],
    ['收缴5千克,', '5千克', 5, '千克'],
    ['新建3万立方米,', '3万立方米', 30000, '立方米'],
  ])('%s', (text, raw, value, unit) => {
    const [m] = metricsOf(text);
    expect(m && [m.raw, text.slice(m.span.start, m.span.end), m.value, m.unit]).toEqual([raw, raw, value, unit]);
  });
});

describe('metrics: invariants on generated text with the new measure words and schemes', () => {
  const pieces = ['27.5', '126', '百', '十', '余', ' ', '万', '次', '人次', '学时', '剂次', '对', '1对1', '卷', '种', '节',
    '不少于', '不超过', '将', '对', '家', '企业', '纳入', '适用', '“', '首违不罚', '”', '正面清单', '的', '和', '、', ',',
    '同比分别下降', '%', '千米', '千瓦', '口头', '只是', '在校学生', '核查处置率', '百分之', '分别为', '均为', '率'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join(''));

  it('spans slice back, values are finite, subjects are words of the text and never the next figure', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = metricsOf(t);
        let last = 0;
        for (const [i, m] of ms.entries()) {
          expect(t.slice(m.span.start, m.span.end)).toBe(m.raw);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.span.start).toBeGreaterThanOrEqual(last);
          last = m.span.end;
          if (m.subject !== null) {
            expect(m.subject.length).toBeGreaterThan(0);
            expect(t).toContain(m.subject);
            // 3期百余人次: 百余人次 is the next figure, not what 3期 counts (checked when that text occurs once)
            const next = ms[i + 1]?.raw;
            if (next !== undefined && t.indexOf(next) === t.lastIndexOf(next)) expect(m.subject).not.toBe(next);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
