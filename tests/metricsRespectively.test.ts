// 分别 after figures in clauses of their own: the joined figures pair, in order, with the figures
// before them in the sentence; and a bare number before 和 shares the unit of the figure after it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const rows = (text: string) =>
  parseReport(text).metrics.map((m) => {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
    return [m.raw, m.value, m.unit, m.subject];
  });

describe('metrics: 分别 with no names before it pairs with the figures before', () => {
  it('同比分别增长a%和b% after two figures in clauses of their own', () => {
    const text = '全年查处违法案件120件,没收违法所得36.5万元,同比分别增长4.2%和9.7%。';
    expect(rows(text)).toEqual([
      ['120件', 120, '件', '违法案件'],
      ['36.5万元', 365000, '元', '违法所得'],
      ['4.2%', 4.2, '%', '违法案件'],
      ['9.7%', 9.7, '%', '违法所得'],
    ]);
  });

  it('the last figures of the sentence only, and never across a sentence', () => {
    const text = '调解纠纷300件。受理率98%,办结率96%,较上年分别提升2和3个百分点。';
    const ms = rows(text);
    expect(ms.slice(1)).toEqual([
      ['98%', 98, '%', '受理率'],
      ['96%', 96, '%', '办结率'],
      ['2', 2, '个百分点', '受理率'],
      ['3个百分点', 3, '个百分点', '办结率'],
    ]);
    const other = '调解纠纷300件。同比分别增长4%和5%。';
    expect(rows(other).slice(1).map((m) => m[3])).not.toContain('纠纷');
  });

  it('a bare number before 和 shares a share or change unit only: 6.3和4.1个百分点, not 2023和2024年', () => {
    const text = '受理率和办结率分别提升1.5和2.5个百分点,2023和2024年共举办培训6和8场。';
    expect(rows(text)).toEqual([
      ['1.5', 1.5, '个百分点', '受理率'],
      ['2.5个百分点', 2.5, '个百分点', '办结率'],
      ['8场', 8, '场', expect.anything()],
    ]);
  });
});
