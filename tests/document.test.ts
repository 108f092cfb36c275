import { describe, expect, it } from 'vitest';
import { createDoc, lineAt, normalise, splitLines } from '../src/document.js';

describe('normalise: one unit for one, so offsets into the view are offsets into the input', () => {
  it.each([
    ['１２３．５％', '123.5%'],
    ['（一）强化', '(一)强化'],
    ['来源：本网；', '来源:本网;'],
    ['35﹪', '35%'],
    ['a\u00a0b\u3000c\td', 'a b c d'],
    ['一\r\n二\r三', '一 \n二\n三'],
    ['法治政府建設情況報告', '法治政府建设情况报告'],
    ['群众参与度不高.下一步,我镇将', '群众参与度不高。下一步,我镇将'],
    ['工作总结．', '工作总结。'],
    ['.丄百分之三十五', '.丄百分之三十五'],
    ['首页&nbsp;&gt;&nbsp;政务', '首页      >         政务'],
    ['&ldquo;八五&rdquo;普法', '“      八五      ”普法'],
    ['&#8220;四个全面&#x201D;', '“      四个全面       ”'],
    ['说明&#13;\n下一行&#0;', '说明     \n下一行    '],
    ['2015&mdash;2020年', '2015—      2020年'],
    ['A&B公司 &unknown; &#55357; &amp', 'A&B公司 &unknown; &#55357; &amp'],
    ['一.加强领导 1.5万元 附件.pdf 等...', '一.加强领导 1.5万元 附件.pdf 等...'],
    ['\uFEFF标题', ' 标题'],
    ['\u200b2021', ' 2021'],
    ['😀\ud800x', '😀\ud800x'],
    // Kangxi radicals (NFKC) and radicals-supplement look-alikes (EquivalentUnifiedIdeograph), as PDFs give them
    ['⼀⼆⼗⼤⽣⻔', '一二十大生门'],
    ['⾨⾧', '门长'],
    ['\u2E80\u2E9A', '\u2E80\u2E9A'],
  ])('%j → %j', (input, view) => {
    const out = normalise(input);
    expect(out).toBe(view);
    expect(out.length).toBe(input.length);
  });
});

describe('lines', () => {
  it('records each line with its content bounds', () => {
    const text = '  标题 \n\n一、总体情况\n';
    const lines = splitLines(normalise(text));
    expect(lines.map((l) => text.slice(l.contentStart, l.contentEnd))).toEqual(['标题', '', '一、总体情况', '']);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [0, 5],
      [6, 6],
      [7, 13],
      [14, 14],
    ]);
  });

  it('finds the line of an offset', () => {
    const doc = createDoc('ab\ncd\nef');
    expect(lineAt(doc, 0).index).toBe(0);
    expect(lineAt(doc, 2).index).toBe(0);
    expect(lineAt(doc, 3).index).toBe(1);
    expect(lineAt(doc, 7).index).toBe(2);
  });
});

describe('normalise: markup a crawl pipeline left reads as spaces', () => {
  it.each([
    ['an HTML block tag between text on its line: a line break and spaces', '前文<p>一、加强领导</p>', '前文\n  一、加强领导    '],
    ['a block tag at its line\'s start or end: spaces (no line more)', '<p>甲</p>\n<p>乙</p>', '   甲    \n   乙    '],
    ['a tag with attributes, an inline tag', '<span style="color:red">12件</span>', ' '.repeat(24) + '12件' + ' '.repeat(7)],
    ['<br/> and <br>', '甲<br/>乙<br>丙', '甲\n    乙\n   丙'],
    ['a Markdown heading', '## 某局2023年度报告', '   某局2023年度报告'],
    ['bold', '**一、加强组织领导**', '  一、加强组织领导  '],
    ['a link: its text stays', '[上一篇:某局报告](https://x.gov.cn/1.html)', ' 上一篇:某局报告' + ' '.repeat('](https://x.gov.cn/1.html)'.length)],
    ['an image', '![](a.png)文', ' '.repeat(10) + '文'],
    ['a script with its code', '<script>var a = "<p>";</script>文', ' '.repeat('<script>var a = "<p>";</script>'.length) + '文'],
  ])('%s', (_form, input, view) => {
    const out = normalise(input);
    expect(out).toBe(view);
    expect(out.length).toBe(input.length);
  });

  it.each([
    ['a comparison, not a tag', '满意度<90%,低于5%>'],
    ['a hash inside a line, a lone star', '第3#楼,*注'],
    ['brackets that are no link', '[ 发布日期 ] 2024-01-20 [1](2)'.replace('(2)', ' (2)')],
  ])('%s stays', (_form, input) => {
    expect(normalise(input)).toBe(input);
  });
});
