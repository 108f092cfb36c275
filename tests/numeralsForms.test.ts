// Every way Chinese writes a number, read in a sentence: value, unit, approx and span. Each form
// sits next to its neighbours (with and without 零, traditional and simplified, half and full
// width), and the forms that read more than one way give no metric at all.
import { describe, expect, it } from 'vitest';
import { readNumeral } from '../src/data/numerals.js';
import { parseReport } from '../src/index.js';
import type { Approx } from '../src/schema.js';

interface Form {
  /** The sentence; `raw` is found in it. */
  text: string;
  raw: string;
  value: number;
  unit: string;
  approx?: Approx | null;
  max?: number | null;
}

const metricsOf = (text: string) => parseReport(text).metrics;

function expectForm(f: Form): void {
  const ms = metricsOf(f.text);
  expect(ms.map((m) => m.raw)).toEqual([f.raw]);
  const m = ms[0]!;
  expect(f.text.slice(m.span.start, m.span.end)).toBe(f.raw);
  expect(m.span.start).toBe(f.text.indexOf(f.raw));
  expect(m.value).toBe(f.value);
  expect(m.unit).toBe(f.unit);
  expect(m.approx).toBe(f.approx ?? null);
  expect(m.max).toBe(f.max ?? null);
}

const inCases = (raw: string, value: number, unit = '件', approx: Approx | null = null): Form => ({
  text: `全年办理案件${raw}。`,
  raw,
  value,
  unit,
  approx,
});

describe('elliptical numerals: a digit right after a multiplier is the next place down', () => {
  it.each([
    inCases('一万三件', 13000),
    inCases('一万零三件', 10003), // with 零 the digit is the ones
    inCases('一万三千件', 13000),
    inCases('四百五件', 450),
    inCases('四百零五件', 405),
    inCases('四百五十件', 450),
    inCases('九百九件', 990),
    inCases('九十二万四件', 924000),
    inCases('九十二万零四件', 920004),
    inCases('两千三百五件', 2350),
    inCases('二千三百五件', 2350),
    inCases('一千三件', 1300),
    inCases('一亿三件', 130000000),
    inCases('十万三件', 103000),
    inCases('两千三点一件', 2300.1),
    inCases('一萬三件', 13000), // traditional
    inCases('兩千三百五件', 2350),
  ])('$raw → $value', expectForm);
});

describe('mixed digits and multipliers', () => {
  it.each([
    inCases('1千零1件', 1001),
    inCases('1千1件', 1100), // elliptical with a digit
    inCases('5万4千6百件', 54600),
    inCases('５万４千６百件', 54600), // full width
    inCases('2千零30万件', 20300000),
    inCases('3万4000件', 34000),
    inCases('3万4件', 34000),
    inCases('1万3件', 13000),
    inCases('1万零3件', 10003),
    inCases('25万6千件', 256000),
    inCases('1亿5000万元', 150000000, '元'),
    inCases('1亿零5万元', 100050000, '元'),
    inCases('5百件', 500),
    inCases('1.5亿元', 150000000, '元'),
    inCases('1.2万亿元', 1.2e12, '元'),
  ])('$raw → $value', expectForm);
});

describe('financial numerals (大写)', () => {
  it.each([
    { text: '罚款人民币壹万元整。', raw: '壹万元', value: 10000, unit: '元' },
    { text: '罚款人民币壹萬圓整。', raw: '壹萬圓', value: 10000, unit: '元' }, // traditional, 圆 is 元
    { text: '罚款人民币壹万圆整。', raw: '壹万圆', value: 10000, unit: '元' },
    { text: '共计肆佰陆拾元。', raw: '肆佰陆拾元', value: 460, unit: '元' },
    { text: '共计肆佰陸拾元。', raw: '肆佰陸拾元', value: 460, unit: '元' },
    { text: '共计壹千零五十元。', raw: '壹千零五十元', value: 1050, unit: '元' },
    { text: '共计壹仟零伍拾元。', raw: '壹仟零伍拾元', value: 1050, unit: '元' },
    { text: '共计贰拾叁万柒仟元。', raw: '贰拾叁万柒仟元', value: 237000, unit: '元' },
    { text: '共计貳拾叁萬柒仟元。', raw: '貳拾叁萬柒仟元', value: 237000, unit: '元' },
    { text: '共计壹拾伍亿元。', raw: '壹拾伍亿元', value: 1500000000, unit: '元' },
    { text: '罚款伍元。', raw: '伍元', value: 5, unit: '元' },
    // 角 and 分 belong to the amount: stopping at 元 would be a wrong value
    { text: '罚款人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分。', raw: '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分', value: 1234567.89, unit: '元' },
    { text: '罚款人民币伍元伍角。', raw: '伍元伍角', value: 5.5, unit: '元' },
    { text: '共计三元五角。', raw: '三元五角', value: 3.5, unit: '元' },
    { text: '他们俩人到场。', raw: '俩人', value: 2, unit: '人' },
  ])('$raw → $value', expectForm);

  it('reads no count from a word that holds a financial character (陆家嘴, 队伍)', () => {
    expect(metricsOf('陆家嘴街道开展宣传。').map((m) => m.raw)).toEqual([]);
    expect(metricsOf('执法队伍一万人参加。').map((m) => [m.raw, m.value])).toEqual([['一万人', 10000]]);
    expect(metricsOf('陆续办理3件。').map((m) => m.raw)).toEqual(['3件']);
  });
});

describe('tenths and fractions', () => {
  it.each([
    { text: '群众满意度达九成。', raw: '九成', value: 90, unit: '%' },
    { text: '群众满意度达九成以上。', raw: '九成', value: 90, unit: '%', approx: 'over' as const },
    { text: '超过九成的群众表示满意。', raw: '九成', value: 90, unit: '%', approx: 'over' as const },
    { text: '案件中三成半的当事人。', raw: '三成半', value: 35, unit: '%' },
    { text: '案件中七成五的当事人。', raw: '七成五', value: 75, unit: '%' },
    { text: '占比十成。', raw: '十成', value: 100, unit: '%' },
    { text: '占比三四成。', raw: '三四成', value: 30, max: 40, unit: '%', approx: 'about' as const },
    { text: '差错率为万分之三。', raw: '万分之三', value: 0.03, unit: '%' },
    { text: '差错率为萬分之三。', raw: '萬分之三', value: 0.03, unit: '%' },
    { text: '发生率为千分之三。', raw: '千分之三', value: 3, unit: '‰' }, // ‰ stays its own unit
    { text: '覆盖率为百分之三十五。', raw: '百分之三十五', value: 35, unit: '%' },
    { text: '提高3个百分点。', raw: '3个百分点', value: 3, unit: '个百分点' },
  ])('$raw → $value $unit', expectForm);

  it.each(['八成是他。', '一成不变。', '九成员单位。', '建成3个中心'])('reads no tenth in %s', (text) => {
    expect(metricsOf(text).filter((m) => m.unit === '%')).toEqual([]);
  });
});

describe('vague numerals with a place', () => {
  it.each([
    inCases('二十几万件', 200000, '件', 'over'),
    inCases('一百零几万件', 1000000, '件', 'over'),
    inCases('十几件', 10, '件', 'over'),
    inCases('一千几百件', 1000, '件', 'over'),
    inCases('三十几件', 30, '件', 'over'),
  ])('$raw → $value over', expectForm);

  it.each(['全年办理案件几十件。', '全年办理案件几百万件。'])('gives no value to a numeral that leads with 几: %s', (text) => {
    expect(metricsOf(text)).toEqual([]);
  });
});

describe('forms that read more than one way give no metric', () => {
  // 十四五件: 14 or 15; 一万三百: 10300 or 13000 (a place skipped without 零); 3万400: 30400 or
  // 34000; 2千30万: 2030万 or 2300万; 一百五万: 150万 or 105万; 一亿三万: 1亿零3万 or 1.3亿
  it.each(['十四五件', '一万三百件', '3万400件', '2千30万件', '一千二十件', '一百五万件', '一亿三万件', '二十五零件'])(
    '%s',
    (raw) => {
      const ms = metricsOf(`全年办理案件${raw}。`);
      expect(ms).toEqual([]);
    },
  );
});

describe('readNumeral', () => {
  it.each([
    ['一万三', 13000, false],
    ['壹仟零伍拾', 1050, false],
    ['二十几万', 200000, true],
    ['5万4千6百', 54600, false],
    ['三点五万', 35000, false],
    ['二〇二二', 2022, false],
  ] as const)('%s → %d', (s, value, vague) => expect(readNumeral(s)).toEqual({ value, vague }));

  it.each(['几十', '十四五', '一千二点五万', '三点', '点五', '一百零', '肆伍'])('%s → null', (s) => expect(readNumeral(s)).toBeNull());
});

describe('ordinals and names stay no metrics', () => {
  it.each(['第一万三件', '第三成', '“十四五”规划'])('%s', (text) => expect(metricsOf(`${text}。`)).toEqual([]));
});
