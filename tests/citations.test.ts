// report.citations: title, kind, document number and span of each 《…》 a report cites.
import { describe, expect, it } from 'vitest';
import { findCitations } from '../src/citations/index.js';
import { citationKind } from '../src/citations/kind.js';
import { scanTitles } from '../src/citations/scan.js';
import { createDoc } from '../src/document.js';
import { parseReport } from '../src/parse.js';
import type { CitationKind } from '../src/schema.js';

interface Row {
  form: string;
  text: string;
  title: string;
  kind: CitationKind;
  docNumber: string | null;
}

const ROWS: Row[] = [
  { form: 'a law', text: '深入学习《中华人民共和国行政处罚法》。', title: '中华人民共和国行政处罚法', kind: 'law', docNumber: null },
  { form: 'a code is a law', text: '宣传《民法典》。', title: '民法典', kind: 'law', docNumber: null },
  { form: 'a State Council regulation', text: '落实《重大行政决策程序暂行条例》。', title: '重大行政决策程序暂行条例', kind: 'regulation', docNumber: null },
  { form: 'a local legislature’s 条例', text: '施行《浙江省安全生产条例》。', title: '浙江省安全生产条例', kind: 'regulation', docNumber: null },
  { form: 'a national 规定', text: '贯彻《法治政府建设与责任落实督察工作规定》。', title: '法治政府建设与责任落实督察工作规定', kind: 'regulation', docNumber: null },
  { form: 'a local government’s 办法 is other', text: '印发《浙江省行政规范性文件管理办法》。', title: '浙江省行政规范性文件管理办法', kind: 'other', docNumber: null },
  { form: 'a department’s 办法 is other', text: '制定《卫生健康委员会行政执法管理办法》。', title: '卫生健康委员会行政执法管理办法', kind: 'other', docNumber: null },
  { form: 'a party regulation is other', text: '学习《中国共产党纪律处分条例》。', title: '中国共产党纪律处分条例', kind: 'other', docNumber: null },
  { form: 'a plan with a closing note', text: '落实《法治政府建设实施纲要(2021—2025年)》。', title: '法治政府建设实施纲要(2021—2025年)', kind: 'plan', docNumber: null },
  { form: 'a plan whose note is left open', text: '落实《法治宣传教育第八个五年规划(2021—2025年》。', title: '法治宣传教育第八个五年规划(2021—2025年', kind: 'plan', docNumber: null },
  { form: 'work points are a plan', text: '印发《2024年法治政府建设工作要点》。', title: '2024年法治政府建设工作要点', kind: 'plan', docNumber: null },
  { form: 'a notice with its number in brackets', text: '转发《国务院办公厅关于印发〈提升行政执法质量三年行动计划〉的通知》(国办发〔2023〕27号)。', title: '国务院办公厅关于印发〈提升行政执法质量三年行动计划〉的通知', kind: 'other', docNumber: '国办发〔2023〕27号' },
  { form: 'a number right after the title', text: '根据《关于加强法治建设的意见》浙委发〔2021〕5号要求。', title: '关于加强法治建设的意见', kind: 'other', docNumber: '浙委发〔2021〕5号' },
  { form: 'an order number', text: '施行《优化营商环境条例》(国务院令第722号)。', title: '优化营商环境条例', kind: 'regulation', docNumber: '国务院令第722号' },
  { form: 'a title quoted inside another stays part of it', text: '印发《关于印发《法治建设实施方案》的通知》。', title: '关于印发《法治建设实施方案》的通知', kind: 'other', docNumber: null },
  { form: 'a number at the longest reach (spaces, a bracket, a 12-character issuer, a 5-digit number)', text: '印发《工作方案》   (某某某某某某某某某某某某〔2021〕12345号)。', title: '工作方案', kind: 'plan', docNumber: '某某某某某某某某某某某某〔2021〕12345号' },
  { form: 'a number one character too far is none', text: '印发《工作方案》    (某某某某某某某某某某某某〔2021〕12345号)。', title: '工作方案', kind: 'plan', docNumber: null },
  { form: 'a book', text: '发放《习近平谈治国理政》。', title: '习近平谈治国理政', kind: 'other', docNumber: null },
];

describe('report.citations', () => {
  it.each(ROWS)('$form: $title', ({ text, title, kind, docNumber }) => {
    const citations = parseReport(text).citations;
    expect(citations).toHaveLength(1);
    const c = citations[0]!;
    expect({ title: c.title, kind: c.kind, docNumber: c.docNumber }).toEqual({ title, kind, docNumber });
    expect(text.slice(c.span.start, c.span.end)).toBe(`《${title}》`);
  });

  it('lists every title in order, full-width brackets and traditional characters read', () => {
    const text = '學習《憲法》和《中華人民共和國行政複議法》(主席令第九號),落實《某某方案》。';
    const citations = parseReport(text).citations;
    expect(citations.map((c) => [c.title, c.kind])).toEqual([
      ['憲法', 'law'],
      ['中華人民共和國行政複議法', 'law'],
      ['某某方案', 'plan'],
    ]);
    expect(citations[1]!.docNumber).toBe('主席令第九號');
    for (const c of citations) expect(text.slice(c.span.start, c.span.end)).toBe(`《${c.title}》`);
  });

  it('an unclosed 《 is given up at the end of its line; titles after it are read', () => {
    const text = '关于《未完\n学习《民法典》。';
    expect(parseReport(text).citations.map((c) => c.title)).toEqual(['民法典']);
  });

  it('an unclosed outer 《 leaves the titles closed inside it standing alone', () => {
    expect(scanTitles('落实《关于《甲方案》和《乙规划》的').map((s) => [s.start, s.end])).toEqual([[5, 10], [11, 16]]);
  });

  it('an empty 《》 is no citation', () => {
    expect(parseReport('见《》。').citations).toEqual([]);
  });

  it('titles inside page chrome are left out', () => {
    const text = '首页《网站导航》\n学习《民法典》。';
    const doc = createDoc(text);
    const chromeEnd = text.indexOf('\n');
    expect(findCitations(doc, (offset) => offset < chromeEnd).map((c) => c.title)).toEqual(['民法典']);
    expect(findCitations(doc).map((c) => c.title)).toEqual(['网站导航', '民法典']);
  });

  it('kinds from the title alone', () => {
    expect(citationKind('行政许可法')).toBe('law');
    expect(citationKind('行政执法工作方法')).toBe('other');
    expect(citationKind('某县行政应诉工作规则')).toBe('other');
    expect(citationKind('潼关县贯彻落实<法治政府建设实施纲要>工作方案>')).toBe('plan');
  });

  // a 规定 / 办法 is a local government's only when its title opens with a place, not with a word
  // that merely holds a level's character (市场, 城市, 区域)
  it.each([
    ['a national rule opening with 市场', '市场监督管理行政处罚程序规定', 'regulation'],
    ['a national rule opening with 城市', '城市管理执法办法', 'regulation'],
    ['a national rule opening with 区域', '区域协调发展促进办法', 'regulation'],
    ['a national rule with 县级 inside', '县级以上地方人民政府工作规定', 'regulation'],
    ['a city’s 办法', '杭州市城市管理办法', 'other'],
    ['a province’s 规定', '浙江省政府信息公开规定', 'other'],
    ['a county in the division table', '蒙城县行政规范性文件管理办法', 'other'],
    ['a place the table does not know', '某某县行政执法公示办法', 'other'],
    ['a document of the whole city', '全市安全生产领域长效机制实施办法', 'other'],
    ['a document of our district', '我区行政执法公示实施办法', 'other'],
    ['a national rule opening with 全市场', '全市场主体信用修复管理办法', 'regulation'],
    ['a district under its city', '西安市莲湖区行政执法监督办法', 'other'],
  ] as const)('place test, %s: %s → %s', (_form, title, kind) => {
    expect(citationKind(title)).toBe(kind);
  });
});
