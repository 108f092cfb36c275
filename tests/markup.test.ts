// Text as crawl pipelines hand it over: Markdown from an HTML-to-Markdown converter, HTML tags a
// converter kept. The view reads the markup as spaces (a block tag as a line break), so the title,
// the headings and the metadata are read as on the page, and every span still slices the input.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const BODY = ['2023年,县司法局坚持以习近平法治思想为指导,全面推进依法行政。', '**一、加强组织领导**', '局党组专题研究法治工作4次。', '**二、规范行政执法**', '全年办理行政处罚案件12件,罚款3.5万元。'];

function check(text: string) {
  const r = parseReport(text);
  expect(r.title).toBe('青山县司法局2023年度法治政府建设情况报告');
  expect(text.slice(r.titleSpan!.start, r.titleSpan!.end)).toBe(r.title);
  expect(r.issuer?.name).toBe('青山县司法局');
  expect(r.publishedAt).toBe('2024-01-20');
  expect(r.sections.map((s) => [s.marker, s.title])).toEqual([
    ['一、', '加强组织领导'],
    ['二、', '规范行政执法'],
  ]);
  for (const s of r.sections) expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toContain(s.title);
  expect(r.metrics.map((m) => [m.raw, text.slice(m.span.start, m.span.end)])).toEqual([
    ['4次', '4次'],
    ['12件', '12件'],
    ['3.5万元', '3.5万元'],
  ]);
}

describe('markup left in the text', () => {
  it('Markdown: menu links, a # title, a metadata line, bold headings, a pager link', () => {
    check(['* [首页](https://x.gov.cn/)', '* [政务公开](https://x.gov.cn/zwgk/)', '', '# 青山县司法局2023年度法治政府建设情况报告', '', '发布时间:2024-01-20 | 来源:青山县司法局', '', ...BODY.flatMap((l) => [l, '']), '[上一篇:青山县司法局2022年度法治政府建设情况报告](https://x.gov.cn/1.html)'].join('\n'));
  });

  it('HTML tags a converter kept: <p>, <br>, a span with a style, an entity', () => {
    check(`<p>青山县司法局2023年度法治政府建设情况报告</p><br>发布时间:2024-01-20&nbsp;&nbsp;来源:青山县司法局<br>\n${BODY.map((l) => `<p><span style="font-size:16px">${l.replace(/\*\*/gu, '')}</span></p>`).join('\n')}`);
  });
});

describe('markup around a signature', () => {
  it('a name and a date each in a <p> of its own sign the report', () => {
    const text = ['<p>关于2019年度法治建设工作情况的报告</p>', '<p>2019年,局党组深入贯彻落实法治建设部署。</p>', '<p><strong>一、强化组织领导</strong></p>', '<p>局党组召开会议专题研究法治建设工作4次。</p>', '<p style="text-align:right">中共青山市司法局党组</p>', '<p style="text-align:right">二〇二〇年一月十六日</p>', '<div class="footer">版权所有:青山市司法局</div>'].join('\n');
    const r = parseReport(text);
    expect(r.signedAt).toBe('2020-01-16');
    expect(r.issuer?.name).toBe('中共青山市司法局党组');
    expect(r.issuer?.source).toBe('signature');
    expect(text.slice(r.issuer!.span.start, r.issuer!.span.end)).toBe('中共青山市司法局党组');
  });
});
