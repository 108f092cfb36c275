// The section outline of the short fixtures written for the sections pass, through parseReport.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type Section } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

const OUTLINES: Record<string, string[]> = {
  'sections-runin': [
    '1 一、 主要举措和成效',
    '2 (一) 强化规范性文件监督管理',
    '2 (二) 持续提高依法行政水平 [一是 二是 三是]',
    '2 (三) 加强普法宣传',
    '1 二、 存在的问题 problems',
    '1 三、 下一步工作打算 plans [第一 第二 第三]',
  ],
  'sections-noparen': [
    '1 一、 2022年法治政府建设情况',
    '2 一) 加强组织领导',
    '3 1. 落实第一责任人职责',
    '3 2. 完善制度体系',
    '2 二) 加强执法监督',
    '3 3. 开展案卷评查',
    '1 二、 2023年工作计划 plans',
    '2 一) 深化普法宣传',
  ],
  'sections-paren-start': [
    '1 (一) 加强组织领导 [其一 其二]',
    '1 (二) 规范行政执法',
    '2 ① 严格执法程序',
    '2 ② 加强执法监督',
    '1 (三) 存在的不足 problems',
  ],
  'sections-parts': [
    '1 第一部分 2021年法治政府建设主要成效',
    '2 一、 深入学习贯彻习近平法治思想',
    '2 二、 依法全面履行政府职能',
    '1 第二部分 存在的问题和不足 problems',
    '2 一、 法治意识有待提升',
    '2 二、 执法队伍建设有待加强',
    '1 第三部分 2022年工作安排 plans',
    '2 一、 持续深化法治学习',
  ],
};

describe.each(Object.keys(OUTLINES))('fixtures/%s.txt', (name) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const sections = flatten(parseReport(text).sections);

  it('has the expected outline', () => {
    const outline = sections.map((s) => {
      const items = s.items.length > 0 ? ` [${s.items.map((i) => i.marker).join(' ')}]` : '';
      return `${s.level} ${s.marker} ${s.title}${s.kind ? ` ${s.kind}` : ''}${items}`;
    });
    expect(outline).toEqual(OUTLINES[name]);
  });

  it('slices every span back to what it claims', () => {
    for (const s of sections) {
      const heading = text.slice(s.headingSpan.start, s.headingSpan.end);
      expect(heading.startsWith(s.marker) && heading.endsWith(s.title)).toBe(true);
      expect(text.slice(s.span.start, s.span.end).startsWith(heading)).toBe(true);
      for (const item of s.items) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
  });

  it('keeps the signature and the footer out of the last section', () => {
    const last = sections[sections.length - 1]!;
    const tail = text.slice(last.span.start, last.span.end);
    expect(tail).not.toMatch(/版权所有|ICP备|\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(tail.endsWith('。')).toBe(true);
  });
});
