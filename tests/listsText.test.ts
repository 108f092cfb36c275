import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { CAUSE_OPENER, DATE_LINE, WE_WILL } from '../src/data/listParagraphCues.js';
import { inlineProblems } from '../src/lists/inlineList.js';
import { leadTitle } from '../src/lists/item.js';
import { enumMarkers, sentences } from '../src/lists/text.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('enumMarkers', () => {
  it.each([
    ['一是学法;二是用法。', ['学法;', '用法。']],
    ['第一,学法;第二,用法。', ['学法;', '用法。']],
    ['其一,学法;其二,用法。', ['学法;', '用法。']],
    ['(1)学法;(2)用法。', ['学法;', '用法。']],
    ['①学法;②用法。', ['学法;', '用法。']],
    ['1.学法;2.用法。', ['学法;', '用法。']],
    ['增长1.5倍,2.5万人', []],
    ['统一是关键,唯一是目标。', []],
    ['第一责任人;第二课堂。', []],
    ['只有一是不够的。', []],
  ])('%s', (text, items) => {
    const doc = createDoc(text);
    const markers = enumMarkers(doc, whole(text));
    const cut = markers.map((m, i) => text.slice(m.textStart, markers[i + 1]?.start ?? text.length));
    expect(cut).toEqual(items);
  });
});

describe('sentences', () => {
  it('cuts after 。;!? and keeps a closing quote with its sentence', () => {
    const text = '开展“宪法宣传周。”活动;效果好!还要改进?';
    const doc = createDoc(text);
    expect(sentences(doc, whole(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      '开展“宪法宣传周。”',
      '活动;',
      '效果好!',
      '还要改进?',
    ]);
  });
});

describe('inlineProblems', () => {
  it.each([
    ['但仍存在着执法力量薄弱、普法形式单一等问题。', ['执法力量薄弱', '普法形式单一']],
    ['还存在学法不够深入等不足。', ['学法不够深入']],
    ['检查发现消防通道堵塞、灭火器过期等问题15处。', []],
    ['存在执法力量薄弱、普法形式单一等问题。', []],
  ])('%s', (text, items) => {
    const doc = createDoc(text);
    const spans = inlineProblems(doc, whole(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(items);
  });
});

describe('leadTitle', () => {
  it.each([
    ['深化依法行政。严格规范执法。', '深化依法行政'],
    ['深化依法行政。', null],
    ['加强执法队伍建设,开展执法人员轮训。', null],
  ])('%s → %s', (text, title) => expect(leadTitle(createDoc(text), whole(text))).toBe(title));
});

describe('paragraph cues', () => {
  it.each([
    [CAUSE_OPENER, '究其原因,主要是培训不足。', true],
    [CAUSE_OPENER, '产生上述问题的主要原因是认识不到位。', true],
    [CAUSE_OPENER, '原因分析', true],
    [CAUSE_OPENER, '加强原因分析能力', false],
    [DATE_LINE, '2024年1月15日', true],
    [DATE_LINE, '二〇二四年一月十五日', true],
    [DATE_LINE, '2024年1月15日召开会议', false],
    [WE_WILL, '为此,我局将继续加强培训。', true],
    [WE_WILL, '我局将法治建设纳入年度考核。', false],
    [WE_WILL, '将进一步加强执法队伍建设。', true],
    [WE_WILL, '要持续深化普法。', true],
  ] as const)('%s on %s → %s', (re, text, hit) => expect(re.test(text)).toBe(hit));
});
