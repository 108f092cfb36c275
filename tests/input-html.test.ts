import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/input/index.js';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become lines with a blank line between', '<p>一、总体情况</p><p>全年办理1件。</p>', '一、总体情况\n\n全年办理1件。'],
    ['<br> breaks a line', '<div>第一行<br>第二行<br/>第三行</div>', '第一行\n第二行\n第三行'],
    ['divs and list items are lines', '<div>甲</div><ul><li>乙</li><li>丙</li></ul>', '甲\n乙\n丙'],
    ['table rows are lines, cells tab-separated', '<table><tr><td>行政处罚</td><td>12件</td></tr><tr><td>罚款</td><td>3万元</td></tr></table>', '行政处罚\t12件\n罚款\t3万元'],
    ['headings are paragraphs', '<h1>标题</h1>正文', '标题\n\n正文'],
    ['entities are decoded', '<p>A&amp;B &lt;一&gt; &#x4E8C;&nbsp;三 &ldquo;四&rdquo;</p>', 'A&B <一> 二\u00a0三 \u201c四\u201d'],
    ['scripts, styles, noscript are dropped', '<script>var a="<p>x</p>";</script><style>p{}</style><noscript>开启</noscript><p>正文</p>', '正文'],
    ['nav and role=navigation are dropped', '<nav>首页 &gt; 政务</nav><div role="navigation">导航</div><p>正文</p>', '正文'],
    ['the head (and its title) is dropped', '<html><head><title>网站</title></head><body><p>正文</p></body></html>', '正文'],
    ['hidden elements are dropped', '<p hidden>藏</p><p aria-hidden="true">藏</p><p>显</p>', '显'],
    ['a source line break between Chinese characters disappears', '<p>加强\n  法治建设</p>', '加强法治建设'],
    ['a source line break between Latin words is a space', '<p>rule\n  of law</p>', 'rule of law'],
    ['runs of spaces collapse; ideographic spaces stay', '<p>\u3000\u3000正文   共  3件</p>', '\u3000\u3000正文 共 3件'],
    ['inline elements do not break lines', '<p>共<b>12</b><span>件</span></p>', '共12件'],
    ['pre keeps its whitespace', '<pre>一  二\n三</pre>', '一  二\n三'],
    ['unclosed paragraphs still end', '<p>甲<p>乙', '甲\n\n乙'],
    ['comments are dropped', '<p>甲<!-- 注释 -->乙</p>', '甲乙'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never leaves more than one blank line in a row', () => {
    const text = htmlToText('<p>甲</p><br><br><br><div></div><p></p><p>乙</p>');
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.split('\n').filter((l) => l !== '')).toEqual(['甲', '乙']);
  });
});
