// report.parts: the four items of the 督察工作规定, from headings, from paragraphs, or measures only.
import { describe, expect, it } from 'vitest';
import { headingParts } from '../src/classify/parts.js';
import { parseReport } from '../src/parse.js';
import type { Parts, Span } from '../src/schema.js';

/** The first line of each part's spans, for a compact expectation. */
function starts(text: string, parts: Parts): Record<keyof Parts, string[]> {
  const head = (spans: Span[]) => spans.map((s) => text.slice(s.start, s.end).split('\n')[0]!);
  return { measures: head(parts.measures), shortcomings: head(parts.shortcomings), leadersDuty: head(parts.leadersDuty), nextYear: head(parts.nextYear) };
}

const FOUR_PARTS = [
  '一、2023年法治政府建设主要举措和成效',
  '(一)加强组织领导',
  '全年召开专题会议4次。',
  '二、存在的不足和原因',
  '普法形式比较单一。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '主要负责人带头学法。',
  '四、2024年工作安排',
  '加强执法队伍建设。',
  '',
].join('\n');

describe('report.parts', () => {
  it('four top-level sections whose headings name the four parts', () => {
    const r = parseReport(FOUR_PARTS);
    expect(starts(FOUR_PARTS, r.parts)).toEqual({
      measures: ['一、2023年法治政府建设主要举措和成效'],
      shortcomings: ['二、存在的不足和原因'],
      leadersDuty: ['三、党政主要负责人履行推进法治建设第一责任人职责情况'],
      nextYear: ['四、2024年工作安排'],
    });
    const [first, second] = r.sections;
    expect(r.parts.measures[0]).toEqual(first!.span);
    expect(r.parts.shortcomings[0]).toEqual(second!.span);
  });

  it('a report of achievement sections only: measures are those sections, the rest empty', () => {
    const text = '一、加强组织领导\n召开会议。\n二、严格规范执法\n开展检查。\n';
    const r = parseReport(text);
    expect(r.parts.measures).toEqual(r.sections.map((s) => s.span));
    expect(r.parts.shortcomings).toEqual([]);
    expect(r.parts.leadersDuty).toEqual([]);
    expect(r.parts.nextYear).toEqual([]);
  });

  it('a heading naming two parts is looked into: each sub-section carries its own', () => {
    const text = '一、主要举措、成效及存在的问题\n(一)主要举措及成效\n开展检查。\n(二)存在的问题\n宣传不够深入。\n二、下一步工作打算\n加强宣传。\n';
    expect(starts(text, parseReport(text).parts)).toEqual({
      measures: ['(一)主要举措及成效'],
      shortcomings: ['(二)存在的问题'],
      leadersDuty: [],
      nextYear: ['二、下一步工作打算'],
    });
  });

  it('a leaders’ duty sub-section inside the measures is that part too', () => {
    const text = '一、主要举措和成效\n(一)依法履职\n开展检查。\n(二)党政主要负责人履行推进法治建设第一责任人职责情况\n带头学法。\n';
    const r = parseReport(text);
    expect(starts(text, r.parts).leadersDuty).toEqual(['(二)党政主要负责人履行推进法治建设第一责任人职责情况']);
    expect(r.parts.measures).toEqual([r.sections[0]!.span]);
  });

  it('without such sections: the paragraphs that hold the problems and the plans', () => {
    const text = '某局2023年法治政府建设情况报告\n今年我局开展执法检查12次。\n但仍存在普法形式单一、队伍力量薄弱等问题。\n下一步,我局将一是加强普法,二是充实队伍。\n';
    const r = parseReport(text);
    expect(starts(text, r.parts)).toMatchObject({
      shortcomings: ['但仍存在普法形式单一、队伍力量薄弱等问题。'],
      nextYear: ['下一步,我局将一是加强普法,二是充实队伍。'],
      leadersDuty: [],
    });
    expect(text.slice(r.parts.measures[0]!.start, r.parts.measures[0]!.end)).toBe('今年我局开展执法检查12次。');
  });

  it('a paragraph citing the duty rules by title is no leaders’ duty paragraph; one reporting it is', () => {
    const cites = '一、加强领导\n严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》。\n';
    expect(parseReport(cites).parts.leadersDuty).toEqual([]);
    const reports = '一、加强领导\n局主要负责人切实履行推进法治建设第一责任人职责,带头学法。\n';
    expect(starts(reports, parseReport(reports).parts).leadersDuty).toEqual(['局主要负责人切实履行推进法治建设第一责任人职责,带头学法。']);
  });

  it('headings and the parts they name', () => {
    expect(headingParts('2023年法治政府建设主要举措和成效', 2023)).toEqual(['measures']);
    expect(headingParts('存在的不足和原因', 2023)).toEqual(['shortcomings']);
    expect(headingParts('2024年工作安排', 2023)).toEqual(['nextYear']);
    expect(headingParts('加强组织领导', 2023)).toEqual([]);
  });
});
