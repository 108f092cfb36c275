// Section forms of scraped pages: headings run on in a page with no line breaks, and siblings a
// page lost between two headings.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import type { Chrome, Draft } from '../src/pipeline.js';
import type { Section } from '../src/schema.js';
import { sectionsPass } from '../src/sections/index.js';

function outline(text: string): Array<[number, string, string]> {
  const chrome: Chrome = { spans: [], body: { start: 0, end: text.length }, meta: [] };
  const sections = sectionsPass.run(createDoc(text), { chrome } as Draft).sections ?? [];
  const flat = (list: readonly Section[]): Section[] => list.flatMap((s) => [s, ...flat(s.children)]);
  return flat(sections).map((s) => {
    expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.marker + s.title);
    return [s.level, s.marker, s.title];
  });
}

const FILLER = '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,深入学习贯彻习近平法治思想,坚持依法行政。'.repeat(5);

describe('headings in a page with no line breaks', () => {
  it('reads 一、 and (一) run on after a full stop', () => {
    const text = `某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府${FILLER}一、坚持党的领导,扛牢政治责任。一是深学笃行。二是压实责任。(一)健全制度。${FILLER}二、深化改革。${FILLER}`;
    expect(outline(text)).toEqual([
      [1, '一、', '坚持党的领导,扛牢政治责任'],
      [2, '(一)', '健全制度'],
      [1, '二、', '深化改革'],
    ]);
  });

  it('ends a run-on heading\'s title at the space that was its line break, before a sentence (三、存在的问题 主要是…,…。)', () => {
    const text = `2023年,省政府${FILLER}二、存在的问题 主要是基层执法力量薄弱,部分干部学法不够深入。三、下一步工作打算 一是加强学习;二是规范执法。${FILLER}`;
    expect(outline(text)).toEqual([
      [1, '二、', '存在的问题'],
      [1, '三、', '下一步工作打算'],
    ]);
    // a space inside a title that no sentence follows stays in it
    const spaced = `2023年,省政府${FILLER}一、深化改革 优化营商环境。${FILLER}二、规范执法。${FILLER}`;
    expect(outline(spaced)).toEqual([
      [1, '一、', '深化改革 优化营商环境'],
      [1, '二、', '规范执法'],
    ]);
    // a long sentence closed by 。 with no comma in it is a sentence too
    const closed = `2023年,省政府${FILLER}二、存在问题 我街道法治建设仍存在社区法律顾问作用发挥不均衡、普法覆盖难度大等问题。三、下一步工作打算 一是加强学习;二是规范执法。${FILLER}`;
    expect(outline(closed)).toEqual([
      [1, '二、', '存在问题'],
      [1, '三、', '下一步工作打算'],
    ]);
  });

  it('reads no 1. run on after a full stop (a list in a paragraph)', () => {
    const text = `2023年,省政府${FILLER}1.深学笃行。2.压实责任。${FILLER}`;
    expect(outline(text)).toEqual([]);
  });

  it('reads 1. run on after a full stop and the spaces of a line break (…。 1.坚持党的领导。)', () => {
    const text = `2023年,市政府${FILLER}一、主要举措和成效 2023年,市政府坚持依法行政。 1.坚持党的领导。${FILLER} 2.深化营商环境建设。${FILLER} 3.加强规范性文件管理。${FILLER}`;
    // and the first one right after its heading's title and the line break's space (一、工作安排 1.…)
    const first = `2023年,市政府${FILLER}一、主要举措和成效 1.坚持党的领导。${FILLER} 2.深化营商环境建设。${FILLER}`;
    expect(outline(first)).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '1.', '坚持党的领导'],
      [2, '2.', '深化营商环境建设'],
    ]);
    expect(outline(text)).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '1.', '坚持党的领导'],
      [2, '2.', '深化营商环境建设'],
      [2, '3.', '加强规范性文件管理'],
    ]);
  });

  it('reads 一、 run on after the colon of 报告如下:, and no other colon', () => {
    const text = `2023年,县司法局${FILLER}现将有关情况报告如下:一、健全工作机制。${FILLER}主要做法:二、规范执法行为。${FILLER}`;
    expect(outline(text)).toEqual([[1, '一、', '健全工作机制']]);
  });

  it('ends a run-on title before a sentence that opens with its year (基本情况2023年,…)', () => {
    const text = `${FILLER}现将有关情况报告如下:一、基本情况2023年,我镇${FILLER}二、主要做法。${FILLER}`;
    expect(outline(text)).toEqual([
      [1, '一、', '基本情况'],
      [1, '二、', '主要做法'],
    ]);
  });

  it('reads the first (一) run on right after a run-on heading\'s title (…如下:一、主要举措和成效(一)加强组织领导。)', () => {
    const text = `2023年,市城管局${FILLER}现将有关情况报告如下:一、主要举措和成效(一)加强组织领导。${FILLER}(二)规范执法行为。${FILLER}`;
    expect(outline(text)).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '(一)', '加强组织领导'],
      [2, '(二)', '规范执法行为'],
    ]);
  });

  it('reads nothing run on in a short line', () => {
    expect(outline('全年办理案件3件。二、深化改革。')).toEqual([]);
  });
});

describe('a first sub-heading run on after its parent\'s title', () => {
  it('reads (一) right after the title of 一、 on the same line, and the (二) that follows it', () => {
    const text = '一、加强组织领导,压实工作责任(一)完善工作制度。我局制定年度工作要点。\n(二)强化学法用法一是坚持会前学法;二是组织专题培训。\n二、推进严格执法(一)规范执法程序。全面落实执法三项制度。\n';
    expect(outline(text)).toEqual([
      [1, '一、', '加强组织领导,压实工作责任'],
      [2, '(一)', '完善工作制度'],
      [2, '(二)', '强化学法用法'],
      [1, '二、', '推进严格执法'],
      [2, '(一)', '规范执法程序'],
    ]);
  });

  it('reads no sub-heading from a (一) that opens an enumeration in a sub-heading\'s title', () => {
    const text = '一、主要工作\n(一)完善制度(1)制定规则。我局制定年度工作要点。\n';
    expect(outline(text).map(([level, marker]) => `${level}${marker}`)).toEqual(['1一、', '2(一)']);
  });
});

describe('siblings a page lost', () => {
  it('(四) after (一): the page lost (二)(三)', () => {
    const text = '一、主要举措\n(一)深化法制学习,提升素养能力。全年开展集中学法26次。\n(四)聚焦重点任务,提升依法行政工作效能1.深化改革,推进一窗受理。2.建立机制,化解矛盾。';
    expect(outline(text)).toEqual([
      [1, '一、', '主要举措'],
      [2, '(一)', '深化法制学习,提升素养能力'],
      [2, '(四)', '聚焦重点任务,提升依法行政工作效能'],
    ]);
  });

  it('a list loses at most one item: 4. after 1. is text', () => {
    const text = '一、主要举措\n1.深化学习。全年开展集中学法26次。\n4.聚焦重点任务。';
    expect(outline(text)).toEqual([
      [1, '一、', '主要举措'],
      [2, '1.', '深化学习'],
    ]);
  });
});
