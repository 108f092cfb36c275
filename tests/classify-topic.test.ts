// section.topic: headings of each area, the first-sentence rule, and the frame parts that have none.
import { describe, expect, it } from 'vitest';
import { firstWordIn } from '../src/classify/headingCues.js';
import { topicIn } from '../src/classify/topic.js';
import { WordIndex } from '../src/metrics/wordIndex.js';
import { parseReport } from '../src/parse.js';
import type { Section, Topic } from '../src/schema.js';

interface Row {
  form: string;
  heading: string;
  body?: string;
  topic: Topic | null;
}

const ROWS: Row[] = [
  { form: 'leadership: organisation', heading: '(一)加强组织领导', topic: 'leadership' },
  { form: 'functions: 放管服 and 营商环境', heading: '(一)深化“放管服”改革,优化营商环境', topic: 'functions' },
  { form: 'rules: normative documents', heading: '(一)加强规范性文件监督管理', topic: 'rules' },
  { form: 'decisions: major decisions', heading: '(一)规范重大行政决策程序', topic: 'decisions' },
  { form: 'enforcement', heading: '(一)严格规范公正文明执法', topic: 'enforcement' },
  { form: 'emergencies', heading: '(一)依法做好疫情防控工作', topic: 'emergencies' },
  { form: 'disputes: reconsideration and litigation', heading: '(一)加强行政复议和应诉工作', topic: 'disputes' },
  { form: 'oversight: openness', heading: '(一)全面推进政务公开', topic: 'oversight' },
  { form: 'digital', heading: '(一)加快数字政府建设', topic: 'digital' },
  { form: 'publicity: 普法', heading: '(一)深入开展普法宣传教育', topic: 'publicity' },
  { form: 'rules: the body of law of a line of work (法律制度)', heading: '(一)健全交通运输法律制度', topic: 'rules' },
  { form: 'rules: rules that go with a law (配套法规)', heading: '(一)推进安全生产法配套法规修订', topic: 'rules' },
  { form: 'disputes: the 枫桥经验 model of settling disputes', heading: '(一)坚持和发展新时代“枫桥经验”', topic: 'disputes' },
  { form: 'disputes: hotline complaints handled at once (接诉即办)', heading: '(一)深化“接诉即办”改革', topic: 'disputes' },
  { form: 'disputes: complaints of users (申诉, 投诉)', heading: '一、依法处理旅客投诉', topic: 'disputes' },
  { form: 'leadership: law training of officials', heading: '(一)加强村干部法律知识培训', topic: 'leadership' },
  { form: 'the longest word wins (学习宣传贯彻 is no publicity)', heading: '(一)深入学习宣传贯彻习近平法治思想', topic: 'leadership' },
  { form: 'of two areas the first named leads', heading: '(一)强化法治理论武装,提高科学决策水平', topic: 'leadership' },
  { form: 'a short heading is read on into its first sentence', heading: '(一)夯实工作基础', body: '严格落实行政执法三项制度,规范执法行为。', topic: 'enforcement' },
  { form: 'a heading naming a local programme is read on into its first sentence', heading: '(一)动态调整完善“四张清单”制度', body: '根据机构调整情况,对权责清单进行全面梳理。', topic: 'functions' },
  { form: 'a heading that is a slogan is read on into its first sentence', heading: '(一)坚持学悟笃行', body: '深入学习贯彻习近平法治思想。', topic: 'leadership' },
  { form: 'a long heading naming no area stays null', heading: '(一)坚持以人民为中心的发展思想持续推进各项工作提质增效', body: '严格落实行政执法三项制度。', topic: null },
  { form: 'the leaders’ duty is leadership', heading: '一、党政主要负责人履行推进法治建设第一责任人职责情况', topic: 'leadership' },
  { form: 'frame part: measures', heading: '一、2023年法治政府建设主要举措和成效', body: '我局加强执法。', topic: null },
  { form: 'frame part: shortcomings', heading: '一、存在的不足和原因', body: '普法宣传形式单一。', topic: null },
  { form: 'frame part: next year', heading: '一、2024年工作安排', body: '加强执法队伍建设。', topic: null },
];

function flat(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

describe('section.topic', () => {
  it.each(ROWS)('$form: $heading → $topic', ({ heading, body, topic }) => {
    const text = `${heading}\n${body ?? '全年工作有序开展。'}\n`;
    const sections = flat(parseReport(text).sections);
    expect(sections).toHaveLength(1);
    const s = sections[0]!;
    expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(heading);
    expect(s.topic).toBe(topic);
  });

  it('topics are set on sub-sections too, each from its own heading', () => {
    const text = '一、主要举措和成效\n(一)加强组织领导\n落实责任。\n(二)深入开展普法宣传\n开展活动。\n';
    const [top] = parseReport(text).sections;
    expect(top!.topic).toBeNull();
    expect(top!.children.map((c) => [c.title, c.topic])).toEqual([
      ['加强组织领导', 'leadership'],
      ['深入开展普法宣传', 'publicity'],
    ]);
  });

  it('a text that names no area has no topic', () => {
    expect(topicIn('持续提升工作水平')).toBeUndefined();
    expect(topicIn('推进执法规范化')).toBe('enforcement');
  });

  it('a text is read in place between two offsets', () => {
    const text = '一、推进执法规范化。二、加强普法宣传。';
    expect(topicIn(text, text.indexOf('二'))).toBe('publicity');
    expect(topicIn(text, 0, text.indexOf('。'))).toBe('enforcement');
    expect(topicIn(text, 2, 4)).toBeUndefined();
  });

  it('where the longest word runs past the end, a shorter one ending before it is found', () => {
    const index = new WordIndex(['执法', '执法检查']);
    const text = '开展执法检查';
    expect(firstWordIn(index, text, 0, 5)).toBe('执法');
    expect(firstWordIn(index, text)).toBe('执法检查');
    expect(firstWordIn(index, text, 0, 3)).toBeNull();
  });
});
