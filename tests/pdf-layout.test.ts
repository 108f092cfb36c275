import { describe, expect, it } from 'vitest';
import { layoutPages, type PageLines, type TextPiece } from '../src/input/pdfLayout.js';

/** A page 600 wide of lines: [text, x] top to bottom, 12pt, one line every 20 units; 12 units a character. */
function page(lines: readonly (readonly [string, number])[]): PageLines {
  const pieces: TextPiece[] = lines.map(([text, x], i) => ({ text, x, y: 800 - i * 20, width: [...text].length * 12, size: 12 }));
  return { pieces, width: 600, height: 842 };
}
const FULL = '全年办结行政处罚案件二百余件罚没款一百余万元组织开展执法案卷评查对发现的问题逐项整改'; // 42 characters from x = 50: to the right margin (554 of 600)
const MARGIN = 50;

describe('PDF layout: lines from positions', () => {
  it('pieces on one baseline make a line, left to right; a wide gap is a space', () => {
    const pieces: TextPiece[] = [
      { text: '情况', x: 74, y: 700.4, width: 24, size: 12 },
      { text: '工作', x: 50, y: 700, width: 24, size: 12 },
      { text: '2023', x: 130, y: 700, width: 24, size: 12 },
    ];
    expect(layoutPages([{ pieces, width: 600, height: 800 }])).toBe('工作情况 2023');
  });

  it('a line that runs to the right margin joins the next one at the left margin (wrapped by the page width)', () => {
    const text = layoutPages([page([['一、主要举措', MARGIN + 24], [FULL, MARGIN], ['逐项整改。', MARGIN], ['(一)加强组织领导', MARGIN + 24]])]);
    expect(text).toBe(`一、主要举措\n${FULL}逐项整改。\n(一)加强组织领导`);
  });

  it('an indented line after a full one starts a paragraph (not joined)', () => {
    expect(layoutPages([page([[FULL, MARGIN], ['下一段。', MARGIN + 24]])])).toBe(`${FULL}\n下一段。`);
  });

  it.each([['- 3 -'], ['—3—'], ['第3页 共9页'], ['第3页'], ['3/9'], ['3']])('page number %j at the foot of a page is dropped', (footer) => {
    const text = layoutPages([page([['正文第一行', MARGIN + 24], [footer, 280]]), page([['正文第二行', MARGIN + 24]])]);
    expect(text).toBe('正文第一行\n正文第二行');
  });

  it('a running header on every page is dropped; the same words inside a page stay', () => {
    const header: [string, number] = ['某县人民政府文件', 250];
    const text = layoutPages([
      page([header, ['第一页正文', MARGIN + 24]]),
      page([header, ['第二页正文', MARGIN + 24], ['某县人民政府文件', MARGIN + 24], ['结尾', MARGIN + 24]]),
      page([header, ['第三页正文', MARGIN + 24]]),
    ]);
    expect(text).toBe('第一页正文\n第二页正文\n某县人民政府文件\n结尾\n第三页正文');
  });

  it('a number inside the text is kept; a one-page document keeps its edges', () => {
    expect(layoutPages([page([['标题', 250], ['2023', MARGIN + 24], ['正文', MARGIN + 24], ['结尾', MARGIN + 24]])])).toBe('标题\n2023\n正文\n结尾');
  });

  it('a paragraph wrapped across a page break is joined', () => {
    const text = layoutPages([page([['开头', MARGIN + 24], [FULL, MARGIN], ['- 1 -', 280]]), page([['接续。', MARGIN], ['- 2 -', 280]])]);
    expect(text).toBe(`开头\n${FULL}接续。`);
  });
});
