import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import type { Chrome, Draft } from '../src/pipeline.js';
import type { Section, Span } from '../src/schema.js';
import { NO_SECTIONS_WARNING, sectionsPass } from '../src/sections/index.js';

/** Runs the sections pass alone; the body is the whole text unless chrome spans are given. */
function run(text: string, chromeSpans: Span[] = []): { sections: Section[]; warnings: string[] } {
  const bodyEnd = chromeSpans.length > 0 && chromeSpans[chromeSpans.length - 1]!.end === text.length ? chromeSpans[chromeSpans.length - 1]!.start : text.length;
  const chrome: Chrome = { spans: chromeSpans, body: { start: 0, end: bodyEnd }, meta: [] };
  const out = sectionsPass.run(createDoc(text), { chrome } as Draft);
  return { sections: out.sections ?? [], warnings: out.warnings ?? [] };
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** [level, marker, title] of every section in document order, with the heading span checked. */
function outline(text: string): Array<[number, string, string]> {
  return flatten(run(text).sections).map((s) => {
    const heading = text.slice(s.headingSpan.start, s.headingSpan.end);
    expect(heading.startsWith(s.marker)).toBe(true);
    expect(heading.endsWith(s.title)).toBe(true);
    expect(s.span.start).toBe(s.headingSpan.start);
    return [s.level, s.marker, s.title];
  });
}

describe('sections: what is a heading', () => {
  it.each<[string, string, Array<[number, string, string]>]>([
    ['the usual depth 一、 > (一) > 1. > (1) > ①', '一、甲\n(一)乙\n1.丙\n(1)丁\n①戊\n正文。', [
      [1, '一、', '甲'], [2, '(一)', '乙'], [3, '1.', '丙'], [4, '(1)', '丁'], [5, '①', '戊'],
    ]],
    ['run-in headings end at the first 。', '一、主要举措\n(一)强化规范性文件监督管理。严格落实《办法》。\n(二)落实法律顾问制度。发挥作用。', [
      [1, '一、', '主要举措'], [2, '(一)', '强化规范性文件监督管理'], [2, '(二)', '落实法律顾问制度'],
    ]],
    ['a run-in title stops where 一是 starts', '(一)总体\n(二)持续提高依法行政水平一是健全制度。二是规范执法。', [
      [1, '(一)', '总体'], [1, '(二)', '持续提高依法行政水平'],
    ]],
    ['full-width markers and spaces', '一、 主要成效\n（一） 加强领导。正文。\n１．落实责任。正文。', [
      [1, '一、', '主要成效'], [2, '（一）', '加强领导'], [3, '１．', '落实责任'],
    ]],
    ['a marker that lost its opening parenthesis', '一、情况\n一)加强领导\n二)规范执法\n正文。', [
      [1, '一、', '情况'], [2, '一)', '加强领导'], [2, '二)', '规范执法'],
    ]],
    ['a document that starts at (一) has it at level 1', '前言。\n(一)加强领导\n1.落实责任。正文。\n(二)规范执法\n正文。', [
      [1, '(一)', '加强领导'], [2, '1.', '落实责任'], [1, '(二)', '规范执法'],
    ]],
    ['一、 right after 一、 opens a level below it', '一、2022年工作情况\n一、加强领导\n二、规范执法\n二、存在的问题\n正文。', [
      [1, '一、', '2022年工作情况'], [2, '一、', '加强领导'], [2, '二、', '规范执法'], [1, '二、', '存在的问题'],
    ]],
    ['第一部分 above 一、, and 一、 restarts under each part', '第一部分 主要成效\n一、甲\n二、乙\n第二部分 存在问题\n一、丙\n正文。', [
      [1, '第一部分', '主要成效'], [2, '一、', '甲'], [2, '二、', '乙'], [1, '第二部分', '存在问题'], [2, '一、', '丙'],
    ]],
    ['numbering that continues across parents (1. 2. | (二) | 3.)', '(一)甲\n1.子一。正文。\n2.子二。正文。\n(二)乙\n3.子三。正文。', [
      [1, '(一)', '甲'], [2, '1.', '子一'], [2, '2.', '子二'], [1, '(二)', '乙'], [2, '3.', '子三'],
    ]],
    ['a lost first heading: (二) then (三)', '一、甲\n(二)乙。正文。\n(三)丙。正文。', [
      [1, '一、', '甲'], [2, '(二)', '乙'], [2, '(三)', '丙'],
    ]],
    ['a marker alone on its line takes its title from the line under it', '一、\n主要成效\n(一)\n\n加强领导。正文。', [
      [1, '一、', '主要成效'], [2, '(一)', '加强领导'],
    ]],
    ['closing punctuation is not part of the title', '一、主要工作:\n二、下一步打算。\n正文。', [
      [1, '一、', '主要工作'], [1, '二、', '下一步打算'],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });
});

describe('sections: what is not a heading', () => {
  it.each([
    ['一是 / 二是 lines', '一是加强领导。\n二是规范执法。'],
    ['a quantity at the start of a line', '1.5万人次参加考试。\n12.4宪法日开展宣传。'],
    ['a date at the start of a line', '2021年,我局加强领导。\n2024-01-31'],
    ['a marker in the middle of a line', '我局主要做了以下工作:一、加强领导;二、规范执法。'],
    ['a list number after a line that breaks a sentence', '主要包括法律顾问、\n1.公职律师制度。'],
    ['a list of numbers', '一、二季度新增市场主体3200户。'],
    ['markers alone with no title under them', '一、\n二、\n(1)\n'],
    ['a 3. that continues nothing', '我局全年办理案件。\n3.其他事项。\n正文。'],
  ])('%s', (_name, text) => {
    const { sections, warnings } = run(text);
    expect(sections).toEqual([]);
    expect(warnings).toContain(NO_SECTIONS_WARNING);
  });

  it('drops a heading the text is cut inside, with a warning', () => {
    const { sections, warnings } = run('一、主要成效\n加强领导。\n二、规范');
    expect(sections.map((s) => s.title)).toEqual(['主要成效']);
    expect(warnings).toEqual(['sections: the text ends inside a heading: 二、规范']);
  });

  it('keeps a last heading that a line break follows: the page was not cut inside it', () => {
    const { sections } = run('一、主要成效\n加强领导。\n二、规范执法\n');
    expect(sections.map((s) => s.title)).toEqual(['主要成效', '规范执法']);
  });

  it('a heading that ends in a comma does not hide the heading after it', () => {
    expect(outline('一、主要成效,\n(一)加强领导\n正文。')).toEqual([
      [1, '一、', '主要成效'],
      [2, '(一)', '加强领导'],
    ]);
  });

  it('keeps a heading at the end of the text when its title is closed', () => {
    const { sections } = run('一、主要成效\n加强领导。\n二、规范执法。完善');
    expect(sections.map((s) => s.title)).toEqual(['主要成效', '规范执法']);
  });
});

describe('sections: spans, kind and items', () => {
  const text = [
    '某局2023年法治政府建设年度报告',
    '一、主要成效',
    '(一)加强领导。一是健全机制。二是压实责任。',
    '(二)规范执法',
    '全年办理案件12件。',
    '二、存在的问题',
    '基层力量薄弱。',
    '三、下一步工作打算',
    '第一,深化学习。第二,规范执法。',
    '',
    '某局',
    '2024年1月15日',
    '版权所有 某局',
  ].join('\n');
  const footer = text.indexOf('版权所有');
  const { sections } = run(text, [{ start: footer, end: text.length }]);
  const [first, second, third] = sections;
  const slice = (s: Span): string => text.slice(s.start, s.end);

  it('spans run to the next sibling or parent sibling', () => {
    expect(slice(first!.span)).toBe('一、主要成效\n(一)加强领导。一是健全机制。二是压实责任。\n(二)规范执法\n全年办理案件12件。');
    expect(slice(first!.children[0]!.span)).toBe('(一)加强领导。一是健全机制。二是压实责任。');
    expect(slice(first!.children[1]!.span)).toBe('(二)规范执法\n全年办理案件12件。');
    expect(slice(second!.span)).toBe('二、存在的问题\n基层力量薄弱。');
  });

  it('the last span stops before the signature and the footer chrome', () => {
    expect(slice(third!.span)).toBe('三、下一步工作打算\n第一,深化学习。第二,规范执法。');
  });

  it.each([
    ['name and date on one line', '某县司法局    2024年1月15日'],
    ['a note in brackets after the date', '某县司法局\n二〇二四年一月十五日\n(此件公开发布)'],
    ['an ISO date under two name lines', '中共某县委员会\n某县人民政府\n2024-01-15'],
    ['page furniture the chrome pass did not know after the date', '某县司法局\n2024年1月15日\n\n本页已被浏览1024次\n今日更新 | 返回顶部'],
    ['a note, then page furniture, under the date', '某县司法局\n2024年1月15日\n(此件公开发布)\n本站访问量:1024'],
    ['a colophon under the date (联系人, 抄送)', '某县住房和城乡建设局\n2024年1月15日\n(联系人:王某 联系电话:0851-85612345)\n抄送:区委办,区人大办,区政协办,区司法局。'],
  ])('the signature is no content: %s', (_name, signature) => {
    const page = `一、主要成效\n加强领导。\n${signature}`;
    const [only] = run(page).sections;
    expect(page.slice(only!.span.start, only!.span.end)).toBe('一、主要成效\n加强领导。');
  });

  it('short lines after content with no date above them stay content', () => {
    const page = '一、主要成效\n加强领导。\n制度汇编\n案例选编';
    const [only] = run(page).sections;
    expect(only!.span.end).toBe(page.length);
  });

  it('a paragraph ending in a date is content, not a signature', () => {
    const page = '一、主要成效\n全年召开会议3次,最近一次在2024年1月15日';
    const [only] = run(page).sections;
    expect(only!.span.end).toBe(page.length);
  });

  it('headingSpan holds marker and title', () => {
    expect(slice(first!.children[0]!.headingSpan)).toBe('(一)加强领导');
    expect([first!.children[0]!.style, first!.children[0]!.ordinal]).toEqual(['cn-paren', 1]);
  });

  it('kind comes from the heading', () => {
    expect(sections.map((s) => s.kind)).toEqual([null, 'problems', 'plans']);
  });

  it('items are the inline enumerations of the section’s own text', () => {
    expect(first!.items).toEqual([]);
    expect(first!.children[0]!.items.map((i) => [i.marker, i.ordinal, i.text, slice(i.span)])).toEqual([
      ['一是', 1, '健全机制。', '健全机制。'],
      ['二是', 2, '压实责任。', '压实责任。'],
    ]);
    expect(third!.items.map((i) => [i.marker, i.text])).toEqual([
      ['第一', '深化学习。'],
      ['第二', '规范执法。'],
    ]);
  });

  it('reads no heading inside page chrome', () => {
    const page = '一、网站首页\n二、政务公开\n正文开始\n一、主要成效\n加强领导。';
    const nav = page.indexOf('正文开始');
    expect(run(page, [{ start: 0, end: nav }]).sections.map((s) => s.title)).toEqual(['主要成效']);
  });
});
