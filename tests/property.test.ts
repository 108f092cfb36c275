// Properties of parseReport on any string: it never throws, its output passes ReportSchema and is
// plain JSON, every span lies in the text and slices back to what it claims, children lie inside
// their parents, siblings come in order without overlapping, a neutral prefix shifts every span by
// its length, and the same input always gives the same output.
//
// `npm test` runs a few hundred cases per property; `npm run test:props` (scripts/props-long.mjs)
// sets PROPS_RUNS=10000. A failure prints the seed and the shrunk counterexample; replay it with
// PROPS_SEED=<seed>.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type Report, type Section, type Span } from '../src/index.js';

const RUNS = Number(process.env.PROPS_RUNS ?? 200);
const SEED = process.env.PROPS_SEED === undefined ? undefined : Number(process.env.PROPS_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

// ---------------------------------------------------------------------------------------------
// Inputs

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(FIXTURES_DIR + f, 'utf8'));

/** Pieces of the genre: markers, numbers, units, cue words, chrome, and awkward characters. */
const TOKENS = {
  markers: [
    '一、', '二、', '十一、', '(一)', '（二）', '一)', '(十)', '1.', '2、', '3．', '１．', '(1)', '（2）',
    '①', '②', '⑩', '第一部分', '第二章', '一是', '二是', '三是', '第一,', '第二，', '其一,', '1.1', '1.1.1.',
  ],
  numbers: [
    '0', '1', '7', '12', '2969', '1,126', '1，126', '277.2', '2.2699', '３５', '0.5', '100000000000000000000',
    '一', '两', '十', '二十', '三百', '两千', '一万', '百分之三十五', '百分之', '5-10', '5～10', '5万至10万',
  ],
  units: ['件', '次', '人次', '户次', '家', '名', '人', '个', '项', '元', '万元', '亿元', '%', '％', '﹪', '‰', '余', '多', '万', '亿'],
  words: [
    '法治政府建设', '年度报告', '工作报告', '南昌市卫健委', '县人民政府', '市场监管局', '存在的问题', '不足',
    '下一步', '工作计划', '2025年工作', '行政处罚', '罚款', '比上年提升', '同比下降', '近', '约', '超过', '不足',
    '以上', '左右', '2021年', '2021年度', '12月', '第48届', '三项制度', '七五普法', '某府办发〔2023〕8号',
    '县委、县政府:', '特此报告。', '2022年3月1日', '年', '月', '日',
  ],
  chrome: [
    '您当前所在位置:首页 > ', '首页 > 政务公开 > ', '[ 索引号 ] 11360100/2022-00123', '发布日期: 2022-03-11',
    '来源:政宣科', '访问量: 123', '版权所有', '赣ICP备12345678号', '网站标识码3601000001', '电话:0791-1234567',
    '【打印】【关闭】', '分享到:',
  ],
  punctuation: ['，', '。', '；', '：', '、', ',', '.', ';', ':', '(', ')', '（', '）', '“', '”', '—', '——', '…', '-', '/', '>'],
  spaces: ['\n', '\n\n', '\r\n', '\r', ' ', '  ', '\u3000', '\u3000\u3000', '\t', '\u00a0', '\u200b', '\ufeff'],
  odd: ['\u0000', '\ufffd', '\ud800', '\udfff', '\udc00\ud800', '😀', '👨‍👩‍👧', '\u2028', '\u0301', 'ａ', '𠮷'],
};

const anyToken = fc.constantFrom(...Object.values(TOKENS).flat());
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));

/** A token repeated: long runs of markers, digits, punctuation. */
const run = fc
  .tuple(anyToken, fc.integer({ min: 2, max: 300 }))
  .map(([t, n]) => t.repeat(n));

/** Genre-shaped text: tokens, lone UTF-16 units, CJK characters and runs, in any order. */
const tokenText = fc
  .array(fc.oneof({ weight: 8, arbitrary: anyToken }, { weight: 2, arbitrary: cjkChar }, { weight: 1, arbitrary: anyUnit }, { weight: 1, arbitrary: run }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

/** A piece of a real report, cut anywhere (even inside a surrogate pair). */
const fixtureCut = fc
  .tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.nat(), fc.nat())
  .map(([i, a, b]) => {
    const text = FIXTURES[i]!;
    const x = a % (text.length + 1);
    const y = b % (text.length + 1);
    return text.slice(Math.min(x, y), Math.max(x, y));
  });

/** Real reports cut and spliced together, with hostile pieces in the joins. */
const spliced = fc
  .array(fc.oneof({ weight: 3, arbitrary: fixtureCut }, { weight: 1, arbitrary: tokenText }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 200 }) },
  { weight: 4, arbitrary: tokenText },
  { weight: 3, arbitrary: spliced },
  { weight: 1, arbitrary: fc.constantFrom(...FIXTURES) },
);

// ---------------------------------------------------------------------------------------------
// Invariants

function noSpace(s: string): string {
  return s.replace(/[\s\u200b]+/g, '');
}

function expectSpanInText(span: Span, text: string, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${JSON.stringify(span)} in [0, ${text.length}]`).toBe(true);
}

function expectInside(inner: Span, outer: Span, what: string): void {
  expect(outer.start <= inner.start && inner.end <= outer.end, `${what}: ${JSON.stringify(inner)} inside ${JSON.stringify(outer)}`).toBe(true);
}

function expectInOrder(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    expect(spans[i - 1]!.end <= spans[i]!.start, `${what} ${i}: ${JSON.stringify(spans[i - 1])} before ${JSON.stringify(spans[i])}`).toBe(true);
  }
}

function checkSection(section: Section, text: string, level: number, path: string): void {
  const slice = (s: Span) => text.slice(s.start, s.end);
  expect(section.level, `${path}.level`).toBe(level);
  expectSpanInText(section.span, text, `${path}.span`);
  expectSpanInText(section.headingSpan, text, `${path}.headingSpan`);
  expectInside(section.headingSpan, section.span, `${path}.headingSpan`);
  expect(section.headingSpan.start, `${path}: span starts at the heading`).toBe(section.span.start);
  const heading = slice(section.headingSpan);
  expect(heading.includes(section.marker), `${path}: heading ${JSON.stringify(heading)} holds marker ${JSON.stringify(section.marker)}`).toBe(true);
  expect(
    noSpace(heading).includes(noSpace(section.title)),
    `${path}: heading ${JSON.stringify(heading)} holds title ${JSON.stringify(section.title)}`,
  ).toBe(true);
  section.items.forEach((item, i) => {
    const where = `${path}.items[${i}]`;
    expectSpanInText(item.span, text, where);
    expectInside(item.span, section.span, where);
    expect(noSpace(slice(item.span)).includes(noSpace(item.text)), `${where}: span holds its text`).toBe(true);
  });
  expectInOrder(section.items.map((i) => i.span), `${path}.items`);
  section.children.forEach((child, i) => {
    expectInside(child.span, section.span, `${path}.children[${i}]`);
    expect(child.span.start >= section.headingSpan.end, `${path}.children[${i}] after the parent heading`).toBe(true);
    checkSection(child, text, level + 1, `${path}.children[${i}]`);
  });
  expectInOrder(section.children.map((c) => c.span), `${path}.children`);
}

/** Every invariant of a report on `text` that does not depend on what the text says. */
function checkReport(report: Report, text: string): void {
  const slice = (s: Span) => text.slice(s.start, s.end);
  const checked = ReportSchema.safeParse(report);
  expect(checked.success ? [] : checked.error.issues, 'ReportSchema').toEqual([]);
  expect(JSON.parse(JSON.stringify(report)), 'plain JSON').toEqual(report);

  expect(report.title === null, 'title and titleSpan are both set or both null').toBe(report.titleSpan === null);
  if (report.title !== null && report.titleSpan) {
    expectSpanInText(report.titleSpan, text, 'titleSpan');
    expect(noSpace(slice(report.titleSpan)), 'titleSpan slices back to the title, modulo line breaks').toBe(noSpace(report.title));
  }
  if (report.issuer) {
    expectSpanInText(report.issuer.span, text, 'issuer.span');
    expect(slice(report.issuer.span), 'issuer.mention').toBe(report.issuer.mention);
  }
  report.sections.forEach((s, i) => checkSection(s, text, 1, `sections[${i}]`));
  expectInOrder(report.sections.map((s) => s.span), 'sections');

  report.metrics.forEach((m, i) => {
    expectSpanInText(m.span, text, `metrics[${i}]`);
    expect(slice(m.span), `metrics[${i}].raw`).toBe(m.raw);
  });
  expectInOrder(report.metrics.map((m) => m.span), 'metrics');

  for (const key of ['problems', 'plans'] as const) {
    report[key].forEach((item, i) => {
      expectSpanInText(item.span, text, `${key}[${i}]`);
      expect(noSpace(slice(item.span)).includes(noSpace(item.text)), `${key}[${i}]: span holds its text`).toBe(true);
    });
    expectInOrder(report[key].map((p) => p.span), key);
  }
}

/** The report with every offset moved by `by`. */
function shift(report: Report, by: number): Report {
  return JSON.parse(JSON.stringify(report), (key, value: unknown) =>
    (key === 'start' || key === 'end') && typeof value === 'number' ? value + by : value,
  ) as Report;
}

/**
 * The report of `text` as it should read for the same text with CRLF line breaks: every offset
 * moved past the CRs inserted before it.
 */
function toCrlf(report: Report, text: string): Report {
  const before: number[] = [0]; // before[i] = number of LFs in text[0, i)
  for (let i = 0; i < text.length; i++) before.push(before[i]! + (text[i] === '\n' ? 1 : 0));
  return JSON.parse(JSON.stringify(report), (key, value: unknown) =>
    (key === 'start' || key === 'end') && typeof value === 'number' ? value + before[value]! : value,
  ) as Report;
}

/** `report` with every CR removed from its strings. */
function withoutCr(report: Report): Report {
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\r', '') : value)) as Report;
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('parseReport on any string', () => {
  it('never throws, and its output keeps every invariant', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReport(parseReport(text), text);
      }),
      params,
    );
  });

  it('keeps every invariant on whole fixtures with hostile pieces inserted', () => {
    const insert = fc.tuple(fc.constantFrom(...FIXTURES), fc.array(fc.tuple(fc.nat(), tokenText), { maxLength: 5 }));
    fc.assert(
      fc.property(insert, ([base, pieces]) => {
        let text = base;
        for (const [at, piece] of pieces) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i);
        }
        checkReport(parseReport(text), text);
      }),
      params,
    );
  });

  it.each([
    ['a blank line', '\n'],
    ['two blank lines', '\n\n'],
  ])('%s in front shifts every span by its length', (_name, prefix) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const plain = parseReport(text);
        const prefixed = parseReport(prefix + text);
        expect(prefixed).toEqual(shift(plain, prefix.length));
      }),
      params,
    );
  });

  it('reads CRLF line breaks as LF: same report, offsets moved past the CRs', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = raw.replaceAll('\r', '');
        const crlf = text.replaceAll('\n', '\r\n');
        expect(withoutCr(parseReport(crlf))).toEqual(toCrlf(parseReport(text), text));
      }),
      params,
    );
  });

  it('gives the same output for the same input, whatever was parsed before', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const first = parseReport(a);
        parseReport(b);
        expect(parseReport(a)).toEqual(first);
      }),
      params,
    );
  });
});

describe('the generated texts', () => {
  it('reach every part of the report, so the properties are not vacuous', () => {
    const seen = new Map<string, number>();
    const count = (key: string, hit: boolean) => seen.set(key, (seen.get(key) ?? 0) + (hit ? 1 : 0));
    for (const text of fc.sample(anyText, { numRuns: 500, seed: 6 })) {
      const r = parseReport(text);
      count('title', r.title !== null);
      count('issuer', r.issuer !== null);
      count('sections', r.sections.length > 0);
      count('children', r.sections.some((s) => s.children.length > 0));
      count('items', r.sections.some((s) => s.items.length > 0 || s.children.some((c) => c.items.length > 0)));
      count('metrics', r.metrics.length > 0);
      count('problems', r.problems.length > 0);
      count('plans', r.plans.length > 0);
    }
    expect([...seen].filter(([, n]) => n < 5).map(([key]) => key)).toEqual([]);
  });
});

describe('the invariant checker itself', () => {
  const report = (over: Partial<Report>): Report => ({ ...parseReport(''), warnings: [], ...over });
  const metric = { raw: '35%', value: 35, max: null, unit: '%', kind: 'percent' as const, approx: null, subject: null, change: null, indicator: null };

  it('accepts a metric whose span slices back to raw', () => {
    expect(() => checkReport(report({ metrics: [{ ...metric, span: { start: 3, end: 6 } }] }), '提高了35%。')).not.toThrow();
  });

  it.each([
    ['a span past the end', [{ ...metric, span: { start: 3, end: 9 } }]],
    ['a span that slices to other text', [{ ...metric, span: { start: 2, end: 5 } }]],
    ['overlapping metrics', [{ ...metric, span: { start: 3, end: 6 } }, { ...metric, raw: '5%', span: { start: 4, end: 6 } }]],
  ])('rejects %s', (_name, metrics) => {
    expect(() => checkReport(report({ metrics }), '提高了35%。')).toThrow();
  });

  it('moves offsets past the CRs of a CRLF text', () => {
    const r = report({ metrics: [{ ...metric, raw: '5%', span: { start: 4, end: 6 } }] });
    expect(toCrlf(r, 'a\nb\n5%').metrics[0]!.span).toEqual({ start: 6, end: 8 });
    expect('a\r\nb\r\n5%'.slice(6, 8)).toBe('5%');
  });

  it('rejects a child outside its parent and a shifted report that is not shifted', () => {
    const text = '一、甲\n(一)乙\n二、丙';
    const child: Section = {
      level: 2, style: 'cn-paren', ordinal: 1, marker: '(一)', title: '乙', span: { start: 4, end: 10 },
      headingSpan: { start: 4, end: 8 }, kind: null, topic: null, items: [], children: [],
    };
    const parent: Section = { ...child, level: 1, style: 'cn', marker: '一、', title: '甲', span: { start: 0, end: 8 }, headingSpan: { start: 0, end: 3 }, children: [child] };
    expect(() => checkReport(report({ sections: [parent] }), text)).toThrow(/inside/);
    expect(shift(report({ sections: [parent] }), 2).sections[0]!.children[0]!.span).toEqual({ start: 6, end: 12 });
  });
});
