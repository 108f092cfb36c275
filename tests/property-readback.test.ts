// Read-back properties: text generated from a known structure parses back to that structure.
// - a count, sum or share written in a plain sentence (digits plain, grouped or full-width) is
//   one metric with that raw text, value and unit, and the year beside it is no metric;
// - a well-formed outline (一、 > (一) > 1.) is one section tree with the same levels, ordinals,
//   markers and titles.
// `npm run test:props` runs these with PROPS_RUNS=10000 too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, type Section } from '../src/index.js';

const RUNS = Number(process.env.PROPS_RUNS ?? 200);
const SEED = process.env.PROPS_SEED === undefined ? undefined : Number(process.env.PROPS_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

type Written = 'plain' | 'grouped' | 'full-width';

function write(n: number, how: Written): string {
  if (how === 'grouped') return n.toLocaleString('en-US');
  if (how === 'full-width') return String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
  return String(n);
}

const UNITS: { unit: string; written: string; times: number }[] = [
  { unit: '件', written: '件', times: 1 },
  { unit: '人次', written: '人次', times: 1 },
  { unit: '家', written: '家', times: 1 },
  { unit: '元', written: '万元', times: 10_000 },
  { unit: '%', written: '%', times: 1 },
];

const CARRIERS: [string, string][] = [
  ['2023年,我局共办理行政许可', '。'],
  ['全年累计开展执法检查', ',发现问题均已整改。'],
  ['其中,行政复议案件', '。'],
];

describe('a quantity in a plain sentence reads back', () => {
  it('as one metric with its raw text, value and unit', () => {
    const quantity = fc.record({
      n: fc.integer({ min: 1, max: 999_999 }),
      how: fc.constantFrom<Written>('plain', 'grouped', 'full-width'),
      unit: fc.constantFrom(...UNITS),
      carrier: fc.constantFrom(...CARRIERS),
    });
    fc.assert(
      fc.property(quantity, ({ n, how, unit, carrier }) => {
        const raw = write(n, how) + unit.written;
        const text = carrier[0] + raw + carrier[1];
        const report = parseReport(text);
        expect(report.metrics.map((m) => ({ raw: m.raw, value: m.value, unit: m.unit, span: m.span }))).toEqual([
          { raw, value: n * unit.times, unit: unit.unit, span: { start: carrier[0].length, end: carrier[0].length + raw.length } },
        ]);
      }),
      params,
    );
  });
});

/** 1..99,999 in Chinese numerals as reports write them: 十二, 一百零五, 两千三百, 三万零五十. */
function chinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千', '万'];
  const parts: string[] = [];
  let zero = false;
  const s = String(n);
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const place = s.length - 1 - i;
    if (d === 0) {
      zero = parts.length > 0;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    const digit = d === 2 && place >= 3 ? '两' : digits[d]!;
    parts.push((d === 1 && place === 1 && i === 0 ? '' : digit) + units[place]!);
  }
  return parts.join('');
}

describe('a quantity with Chinese numerals or an approximation reads back', () => {
  it.each([
    [12, '十二'],
    [105, '一百零五'],
    [2300, '两千三百'],
    [30050, '三万零五十'],
    [10, '十'],
  ])('the generator writes %i as %s', (n, text) => {
    expect(chinese(n)).toBe(text);
  });

  it('as one metric with its value, unit and approximation', () => {
    const APPROX = [
      { before: '', inside: '', after: '', approx: null },
      { before: '', inside: '余', after: '', approx: 'over' },
      { before: '', inside: '多', after: '', approx: 'over' },
      { before: '近', inside: '', after: '', approx: 'about' },
      { before: '约', inside: '', after: '', approx: 'about' },
      { before: '', inside: '', after: '以上', approx: 'over' },
    ] as const;
    const quantity = fc.record({
      // 一 alone is as often the article "a" (一次会议) as a count: left out.
      n: fc.integer({ min: 2, max: 99_999 }),
      numerals: fc.constantFrom('arabic', 'chinese'),
      approx: fc.constantFrom(...APPROX),
      unit: fc.constantFrom('件', '次', '人次', '家', '名'),
    });
    fc.assert(
      fc.property(quantity, ({ n, numerals, approx, unit }) => {
        const number = numerals === 'arabic' ? String(n) : chinese(n);
        const text = `全年共开展专项检查${approx.before}${number}${approx.inside}${unit}${approx.after},成效明显。`;
        const metrics = parseReport(text).metrics;
        expect(metrics.map((m) => ({ value: m.value, unit: m.unit, approx: m.approx }))).toEqual([{ value: n, unit, approx: approx.approx }]);
        expect(metrics[0]!.raw).toContain(number);
      }),
      params,
    );
  });
});

interface Node {
  title: string;
  children: Node[];
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MARKERS = [(i: number) => `${CN[i]}、`, (i: number) => `(${CN[i]})`, (i: number) => `${i + 1}.`];
const TITLE_WORDS = ['加强', '推进', '完善', '落实', '健全', '深化'];
const TITLE_OBJECTS = ['法治政府建设', '行政执法监督', '规范性文件管理', '普法宣传教育', '行政复议工作', '依法决策机制'];

const title = fc.tuple(fc.constantFrom(...TITLE_WORDS), fc.constantFrom(...TITLE_OBJECTS)).map(([a, b]) => a + b);
const outline: fc.Arbitrary<Node[]> = fc.letrec<{ level1: Node[]; level2: Node[]; level3: Node[] }>((tie) => ({
  level1: fc.array(fc.record({ title, children: tie('level2') }), { minLength: 1, maxLength: 4 }),
  level2: fc.array(fc.record({ title, children: tie('level3') }), { maxLength: 3 }),
  level3: fc.array(fc.record({ title, children: fc.constant([]) }), { maxLength: 3 }),
})).level1;

/** The outline as text; a heading with sub-headings has a line of prose under it unless `bare`. */
function render(nodes: Node[], depth = 0, bare = false): string {
  return nodes
    .map((node, i) => {
      const prose = bare && node.children.length > 0 ? '' : '我们认真开展了相关工作,取得了积极成效。\n';
      return `${MARKERS[depth]!(i)}${node.title}\n${prose}${render(node.children, depth + 1, bare)}`;
    })
    .join('');
}

function shape(nodes: Node[], depth = 0): unknown[] {
  return nodes.map((node, i) => ({ level: depth + 1, ordinal: i + 1, marker: MARKERS[depth]!(i), title: node.title, children: shape(node.children, depth + 1) }));
}

function read(sections: Section[]): unknown[] {
  return sections.map((s) => ({ level: s.level, ordinal: s.ordinal, marker: s.marker, title: s.title, children: read(s.children) }));
}

describe('a well-formed outline reads back', () => {
  it('as the same tree of sections', () => {
    fc.assert(
      fc.property(outline, (nodes) => {
        const text = `某县2023年法治政府建设情况报告\n\n${render(nodes)}`;
        expect(read(parseReport(text).sections)).toEqual(shape(nodes));
      }),
      params,
    );
  });
});

describe('problems and plans sections read back', () => {
  const PROBLEM_HEADINGS = ['存在的问题', '存在的问题和不足', '当前存在的主要问题', '工作中的不足'];
  const PLAN_HEADINGS = ['下一步工作计划', '2024年工作打算', '下一步工作安排', '今后的努力方向'];
  const PROBLEMS = ['法治宣传教育的针对性不够强', '执法人员业务能力有待提高', '规范性文件审查力量薄弱', '基层法治建设基础较为薄弱'];
  const PLANS = ['持续深化法治宣传教育', '加强执法队伍建设', '健全规范性文件审查机制', '推进基层法治建设'];

  // The headings of the problems and plans sections stand right above their sub-sections here: an
  // introductory paragraph between them is read differently by problems (an item) and plans (none).
  it('as one item per sub-section, with the heading kind', () => {
    const outlineWithLists = fc.record({
      before: fc.array(title, { minLength: 1, maxLength: 3 }),
      problemHeading: fc.constantFrom(...PROBLEM_HEADINGS),
      problems: fc.uniqueArray(fc.constantFrom(...PROBLEMS), { minLength: 1, maxLength: 4 }),
      planHeading: fc.constantFrom(...PLAN_HEADINGS),
      plans: fc.uniqueArray(fc.constantFrom(...PLANS), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(outlineWithLists, ({ before, problemHeading, problems, planHeading, plans }) => {
        const top = [...before.map((t) => ({ title: t, children: [] })), { title: problemHeading, children: problems.map((t) => ({ title: t, children: [] })) }, { title: planHeading, children: plans.map((t) => ({ title: t, children: [] })) }];
        const text = `某县2023年法治政府建设情况报告\n\n${render(top, 0, true)}`;
        const report = parseReport(text);
        expect(report.sections.map((s) => s.kind)).toEqual([...before.map(() => null), 'problems', 'plans']);
        expect(report.problems.map((p) => p.title)).toEqual(problems);
        expect(report.plans.map((p) => p.title)).toEqual(plans);
        report.problems.forEach((p, i) => expect(text.slice(p.span.start, p.span.end).startsWith(problems[i]!)).toBe(true));
        report.plans.forEach((p, i) => expect(text.slice(p.span.start, p.span.end).startsWith(plans[i]!)).toBe(true));
      }),
      params,
    );
  });
});
