import { describe, expect, it } from 'vitest';
import { normalise } from '../src/document.js';
import { readMarker } from '../src/sections/marker.js';
import { findTitleEnd } from '../src/sections/title.js';

describe('readMarker', () => {
  it.each([
    ['一、主要成效', 'cn', 1, '一、'],
    ['十二、其他', 'cn', 12, '十二、'],
    ['三.加强领导', 'cn', 3, '三.'],
    ['（一）强化', 'cn-paren', 1, '（一）'],
    ['(十一)强化', 'cn-paren', 11, '(十一)'],
    ['二)加强执法监督', 'cn-paren', 2, '二)'],
    ['1.落实责任', 'num', 1, '1.'],
    ['２．落实责任', 'num', 2, '２．'],
    ['10、完善制度', 'num', 10, '10、'],
    ['(3)开展评查', 'num-paren', 3, '(3)'],
    ['4)开展评查', 'num-paren', 4, '4)'],
    ['③加强监督', 'circled', 3, '③'],
    ['第二部分 存在的问题', 'part', 2, '第二部分'],
    ['第三章 附则', 'part', 3, '第三章'],
    ['一、2025年工作计划', 'cn', 1, '一、'],
    ['1、2022年工作开展情况', 'num', 1, '1、'],
  ])('%s → %s %d %s', (text, style, ordinal, marker) => {
    const m = readMarker(normalise(text), 0, text.length);
    expect(m).not.toBeNull();
    expect([m!.style, m!.ordinal, text.slice(m!.start, m!.end)]).toEqual([style, ordinal, marker]);
  });

  it.each([
    '1.5万人次参加考试',
    '12.4宪法日',
    '1、2月份共办理案件',
    '1.20万元',
    '2021年,我局',
    '2024-01-31',
    '一是加强领导',
    '第一,加强领导',
    '第一责任人',
    '一、二季度新增市场主体',
    '一、二、三级医院',
    '123.加强',
    '(一加强',
    '100、完善',
    '',
  ])('%j is no marker', (text) => {
    expect(readMarker(normalise(text), 0, text.length)).toBeNull();
  });
});

describe('findTitleEnd', () => {
  it.each([
    ['强化规范性文件监督管理。严格落实《办法》。', '强化规范性文件监督管理', true],
    ['持续提高依法行政水平一是健全制度,二是规范执法。', '持续提高依法行政水平', true],
    ['加强普法宣传:开展活动8场次', '加强普法宣传', true],
    ['主要工作:', '主要工作', true],
    ['深入推进法治政府工作主要举措和成效。', '深入推进法治政府工作主要举措和成效', true],
    ['开展“践行习近平法治思想。提升满意度”主题实践活动', '开展“践行习近平法治思想。提升满意度”主题实践活动', false],
    ['开展“宣传周。活动很多', '开展“宣传周', true],
    ['加强组织领导(1)成立领导小组;(2)制定方案', '加强组织领导', true],
    ['加强组织领导①成立领导小组', '加强组织领导', true],
    ['提升服务1.简化流程2.压缩时限', '提升服务', true],
    ['统一是关键', '统一是关键', false],
    ['学法用法,提升干部法治素养第一,抓实领导干部学法。第二,抓实干部学法。', '学法用法,提升干部法治素养', true],
    ['学法用法第一、抓实学法;第二、抓实用法', '学法用法', true],
    ['落实第一责任人职责,第二批名单', '落实第一责任人职责,第二批名单', false],
    ['坚持安全第一,预防为主', '坚持安全第一,预防为主', false],
    ['会议于9:30召开。', '会议于9:30召开', true],
    ['加强执法监督', '加强执法监督', false],
  ])('%s → %s', (line, title, closed) => {
    const view = normalise(line);
    const end = findTitleEnd(view, 0, view.length);
    expect(line.slice(0, end.end)).toBe(title);
    expect(end.closed).toBe(closed);
  });
});
