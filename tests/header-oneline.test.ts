// Whole web pages scraped into one line: the site's menus, a breadcrumb, a sidebar of the column's
// reports and metadata labels run on before the report's own title, which the header finds up to
// where the prose starts.
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { createDoc } from '../src/document.js';
import { readHeader } from '../src/header/index.js';

function header(text: string) {
  const doc = createDoc(text);
  return readHeader(doc, findChrome(doc));
}

const MENUS = '某某市人民政府门户网站 首页 走进某某 新闻中心 政务公开 政务服务 互动交流 专题专栏 请输入关键字 搜索 今天是2024年2月3日 星期六';
const PROSE = '2023年,我局坚持以习近平法治思想为指导,全面推进依法行政,各项工作取得新成效。现将有关情况报告如下: 一、加强组织领导 局党组专题研究法治建设4次。';

/** The title found, checked against its span. */
function titleOf(text: string): string | null {
  const h = header(text);
  if (h.title === null) return null;
  expect(text.slice(h.titleSpan!.start, h.titleSpan!.end).replace(/ /gu, '')).toBe(h.title);
  return h.title;
}

describe('a whole page scraped into one line: the report title after the menus', () => {
  it('a breadcrumb ending in the column named for the genre gives way to the title after it', () => {
    const text = `${MENUS} 当前位置:首页 > 政务公开 > 法治政府建设年度报告 青山县水利局2023年度法治政府建设情况报告 发布时间:2024-01-30 10:12 来源:县水利局 ${PROSE}`;
    expect(titleOf(text)).toBe('青山县水利局2023年度法治政府建设情况报告');
  });

  it("a sidebar of the column's reports (bullets, their dates) gives way to the page's own title", () => {
    const sidebar = '· 青山县水利局2022年度法治政府建设情况报告 2023-01-29 · 青山县水利局2021年度法治政府建设情况报告 2022-02-08 · 更多>>';
    const text = `${MENUS} 首页 > 政务公开 > 法治建设 ${sidebar} 青山县水利局2023年度法治政府建设情况报告 来源:县水利局 ${PROSE}`;
    expect(titleOf(text)).toBe('青山县水利局2023年度法治政府建设情况报告');
    // with no title of its own, a sidebar's item is still the best the page has
    expect(titleOf(`${MENUS} ${sidebar} ${PROSE}`)).toBe('青山县水利局2022年度法治政府建设情况报告');
  });

  it("the breadcrumb's last item written as the title gives way to the page's heading below it", () => {
    const text = `${MENUS} 首页 > 政务公开 > 青山县水利局2023年度法治政府建设情况报告 日期:2024-01-30 青山县水利局关于2023年度法治政府建设情况的报告 ${PROSE}`;
    expect(titleOf(text)).toBe('青山县水利局关于2023年度法治政府建设情况的报告');
  });

  it("an issuer's name the line break set apart before a title opening with its year or 关于 is part of it", () => {
    expect(titleOf(`${MENUS} 搜索 青山县水利局 2023年度法治政府建设情况报告 发布日期:2024年01月30日 ${PROSE}`)).toBe('青山县水利局2023年度法治政府建设情况报告');
    expect(titleOf(`${MENUS} 首页 > 依法行政 青山县水利局关于 2023年度法治政府建设工作情况的报告 发布日期:2024年01月30日 ${PROSE}`)).toBe('青山县水利局关于2023年度法治政府建设工作情况的报告');
    // a breadcrumb's last item is not the title's issuer
    expect(titleOf(`${MENUS} 首页 > 部门信息公开 > 县水利局 2023年度法治政府建设工作报告 发布时间:2024-01-25 ${PROSE}`)).toBe('2023年度法治政府建设工作报告');
  });

  it('a title the line break cut inside (…法治政府建设 情况的报告) is joined', () => {
    const text = `${MENUS} 首页 > 政务公开 > 年度报告 青山县人民政府关于2023年度法治政府建设 情况的报告 青政〔2024〕2号 发布日期:2024-01-20 ${PROSE}`;
    const h = header(text);
    expect(h.title).toBe('青山县人民政府关于2023年度法治政府建设情况的报告');
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe('青山县人民政府关于2023年度法治政府建设 情况的报告');
  });

  it.each([
    ['before its metadata', '青政〔2016〕2号 发布日期:2016-03-02'],
    ['before its date and time, as a list item would stand', '2016-03-02 09:12:45 来源:青山县法制办'],
    ['its halves two spaces apart (a CRLF line break)', '青政〔2016〕2号'],
  ])('a title the line break cut after its year (…关于2015年度 依法行政工作情况的报告) is joined, %s', (form, after) => {
    const gap = form.includes('CRLF') ? '  ' : ' ';
    const text = `${MENUS} 首页 > 政务公开 > 政府文件 青山县人民政府关于2015年度${gap}依法行政工作情况的报告 ${after} ${PROSE}`;
    const h = header(text);
    expect(h.title).toBe('青山县人民政府关于2015年度依法行政工作情况的报告');
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(`青山县人民政府关于2015年度${gap}依法行政工作情况的报告`);
  });

  it("a metadata block's 标题 field is the title of a page with no title line", () => {
    const text = `${MENUS} 当前位置:首页 > 部门信息公开 > 法治政府建设 标  题:2023年度法治政府建设工作报告 发布机构:青山县水利局 发布时间:2024-01-29 09:42:13 ${PROSE}`;
    expect(titleOf(text)).toBe('2023年度法治政府建设工作报告');
  });

  it('a year in Chinese numerals with 〇 stays whole', () => {
    const text = `${MENUS} 首页 > 年度报告 青山县人民政府二〇二三年度法治政府建设情况报告 时间:2024-03-27 17:20 二〇二三年,县政府坚持依法行政,推动法治建设迈出新步伐。一、坚持党的领导`;
    expect(titleOf(text)).toBe('青山县人民政府二〇二三年度法治政府建设情况报告');
  });

  it('prose is never a title, however far the menus run', () => {
    expect(titleOf(`${MENUS} ${PROSE}现将本县2023年度法治政府建设工作的主要情况报告如下。`)).toBeNull();
  });
});

describe('a whole page scraped into one line: the signature before the furniture', () => {
  const REPORT = `${MENUS} 首页 > 年度报告 青山县水利局2023年度法治政府建设情况报告 ${PROSE}二、规范执法 全年办理行政处罚案件12件。`;
  it.each([
    ['related links and the footer', ' 【相关链接】 青山县水利局2022年度法治政府建设情况报告 2023-01-29 上一篇:青山县司法局2023年度报告 下一篇:青山县林业局2023年度报告 主办单位:青山县人民政府办公室 ICP备05000001号'],
    ['an attachment and related reading', ' 附件下载: 无 相关阅读 青山县水利局关于公布权责清单的公告 2023-02-09 打印本页 关闭窗口 主办单位:青山县水利局'],
    ['related information run on without a space', '相关信息:青山县水利局2022年度法治政府建设情况报告 2023-01-29网站地图联系我们版权所有:青山县水利局'],
    ["a published document's note, then its attachments", ' (此件公开发布) 附件: 1.青山县2023年度执法统计表 相关链接: 青山县水利局2022年度报告 2023-01-29'],
    ["buttons, then the site owner's name glued before 版权所有", ' 【关闭】【打印】 青山县人民政府版权所有 ICP备05000001号'],
    ["the site's sponsor, then a province's short name glued before ICP备", ' 青山县人民政府办公室主办 滇ICP备05000001号'],
    ['the metadata in brackets after the date', ' (发布日期:2024-01-15 浏览次数:312)'],
    ["buttons, then the site owner's name set apart before 版权所有", ' 【打印】【关闭】 青山县人民政府办公室 版权所有 ICP备05000001号'],
  ])('%s', (_form, furniture) => {
    const text = `${REPORT} 青山县水利局 2024年1月13日${furniture}`;
    const h = header(text);
    expect(h.signedAt).toBe('2024-01-13');
    expect(h.issuer?.name).toBe('青山县水利局');
  });
});

describe('a whole page scraped into one line: a date alone after the last sentence', () => {
  const REPORT = `${MENUS} 首页 > 年度报告 青山县水利局2023年度法治政府建设情况报告 ${PROSE}二、规范执法 全年办理行政处罚案件12件。`;
  it.each([
    ['set to the right by spaces', `${REPORT}                2024年1月13日`],
    ['before the footer', `${REPORT}  2024年1月13日 网站地图 | 联系我们 | ICP备05000001号`],
  ])('is the signature\'s date (%s)', (_form, text) => {
    expect(header(text).signedAt).toBe('2024-01-13');
  });
  it('a date inside the last sentence is none', () => {
    expect(header(`${REPORT.slice(0, -1)},于2024年1月13日`).signedAt).toBeNull();
  });
});

describe('a whole page scraped into one line with nothing between its parts', () => {
  const BODY = '2023年,我局坚持以习近平法治思想为指导,全面推进依法行政,现将有关情况报告如下。一、加强组织领导 局党组专题研究法治建设4次。';
  const SITE = '某某市人民政府首页政务公开政务服务互动交流当前位置:首页>政务公开>';

  it("the column's name glued before the title gives way to it", () => {
    expect(titleOf(`${SITE}法治政府建设年度报告2023年度法治政府建设工作情况报告发布时间:2024-02-18 09:15:37信息来源:某某市水利局${BODY}`)).toBe('2023年度法治政府建设工作情况报告');
  });

  it("the breadcrumb's last item written again as the title's opening is left out", () => {
    expect(titleOf(`${SITE}街道动态 > 东湖街道东湖街道2024年法治政府建设年度报告信息来源:东湖街道发布时间:2025年1月10日${BODY}`)).toBe('东湖街道2024年法治政府建设年度报告');
  });

  it('a column named 法治 and a line of work (法治财政) glued before a body named by its level', () => {
    expect(titleOf(`${SITE}政务公开 > 法治财政省财政厅2023年度依法行政工作情况报告发布日期:2024-03-08来源:条法处${BODY}`)).toBe('省财政厅2023年度依法行政工作情况报告');
  });

  it('what no title opens with, glued before one: a column named for a report, a date\'s tail, a document number\'s tail', () => {
    expect(titleOf(`${SITE}乡镇信息公开>东湖镇>工作总结东湖镇2025年法治政府建设工作总结日期:2026-01-09来源:东湖镇人民政府${BODY}`)).toBe('东湖镇2025年法治政府建设工作总结');
    expect(titleOf(`${SITE}最新信息东湖区2025年政府信息公开工作年度报告2026-01-28关于公布东湖区权责清单的通知2026-01-15东湖区2025年法治政府建设年度报告发布时间:2026-02-05 ${BODY}`)).toBe('东湖区2025年法治政府建设年度报告');
    // the title's own document number after it, the addressee after that
    expect(titleOf(`${SITE}索引号:11150400011551340X/2026-00132发文字号:青政发〔2026〕4号青山市人民政府关于2025年度法治政府建设情况的报告青政发〔2026〕4号省人民政府:${BODY}`)).toBe('青山市人民政府关于2025年度法治政府建设情况的报告');
  });

  it('other documents\' titles glued before the title (a hot list with no breaks) are no part of it', () => {
    expect(titleOf(`${SITE}部门动态>>州水利局热门文章州水利局召开2025年度党风廉政建设工作会议青山州启动河湖整治专项行动2025年青山州水资源公报青山州水利局2025年度法治政府建设情况报告时间:2026-02-10 15:42:08来源:州水利局${BODY}`)).toBe('青山州水利局2025年度法治政府建设情况报告');
    expect(titleOf(`${SITE}热点推荐 关于2026年春节期间烟花爆竹燃放管理的通告东湖街道2025年法治政府建设工作情况报告2026-01-15 来源:东湖街道${BODY}`)).toBe('东湖街道2025年法治政府建设工作情况报告');
  });

  it("a site's name appended after the title, and an addressee glued after it", () => {
    expect(titleOf(`${SITE}部门动态 > 青山县交通运输局2023年法治政府建设工作报告-某某市人民政府 发布时间:2024-02-21 ${BODY}`)).toBe('青山县交通运输局2023年法治政府建设工作报告');
    expect(titleOf(`青山县2023年法治政府建设工作情况的报告省人民政府:${BODY}${BODY}`)).toBe('青山县2023年法治政府建设工作情况的报告');
  });

  it('the issuer a run-on 信息来源 or 发布机构 names, the next label glued after it', () => {
    const text = `${SITE}法治政府建设年度报告2023年度法治政府建设工作情况报告发布时间:2024-02-18 09:15:37信息来源:国家税务总局青山县税务局【字体:大 中 小】${BODY}`;
    expect(header(text).issuer?.name).toBe('国家税务总局青山县税务局');
    const glued = `${SITE}2023年度法治政府建设工作报告发布机构:东湖街道发布时间:2025年1月10日${BODY}`;
    expect(header(glued).issuer?.name).toBe('东湖街道办事处');
  });
});

describe('a customs district is named without a level word', () => {
  it('海关 named for a city the page also writes with 市', () => {
    const text = '某某海关关于2022年度法治政府建设情况的报告\n发布时间:2023-03-30\n2022年,某某海关坚持依法行政。地址:某某市滨海大道1号';
    expect(header(text).issuer?.name).toBe('某某海关');
  });
});

describe('a whole page scraped into one line: its dates', () => {
  const BODY = '2023年,我局坚持以习近平法治思想为指导,全面推进依法行政,现将有关情况报告如下。一、加强组织领导 局党组专题研究法治建设4次。'.repeat(2);
  it('发布日期 over an earlier 发文日期 (whose 日期 is no label of its own)', () => {
    const text = `${MENUS} 首页 > 法治政府建设 索引号:011052905/2024-02871 发布机构:县人民政府办公室 发文日期:2024-02-20 名称:青山县2023年度法治政府建设工作报告 发布日期:2024-02-27 青山县2023年度法治政府建设工作报告 ${BODY}`;
    expect(header(text).publishedAt).toBe('2024-02-27');
    // 发文日期 alone still dates the page
    expect(header(text.replace(' 发布日期:2024-02-27', '')).publishedAt).toBe('2024-02-20');
  });

  it('labels in 〔〕 (〔发布时间〕2024-01-22 〔来源〕某局)', () => {
    const text = `${MENUS} 首页 > 法治政府建设 青山县水利局2023年度法治政府建设工作报告 〔发布时间〕2024-01-22 〔来源〕青山县水利局 ${BODY}`;
    const h = header(text);
    expect(h.publishedAt).toBe('2024-01-22');
    expect(h.issuer?.name).toBe('青山县水利局');
  });

  it.each([
    ['a Chinese date with its time glued on', '2020年04月02日08:57  来源:青山县水利局 分享到:'],
    ['a date, a bar, then the source', '2023-02-10 | 来源:青山县水利局 | 【字体:大 中 小】'],
  ])('a date with no label before the source: %s', (_form, stamp) => {
    const text = `${MENUS} 首页 >> 正文 青山县水利局2019年法治政府建设年度报告 ${stamp} ${BODY}`;
    expect(header(text).publishedAt).toBe(stamp.startsWith('2020') ? '2020-04-02' : '2023-02-10');
  });

  it('a date with its time of day before the source, with no label', () => {
    const text = `${MENUS} 首页>部门动态>青山县水利局2023年法治政府建设工作报告2024-01-28 17:31:06 来源:青山县水利局 浏览量:${BODY}`;
    expect(header(text).publishedAt).toBe('2024-01-28');
  });

  it("the issuer only its metadata names short, completed by the body's subject", () => {
    const text = `某某旗人民政府 首页 > 苏木乡镇 > 青格尔苏木 青格尔苏木2023年依法行政工作情况报告 发布时间:2023-12-28 来源:青格尔苏木人民政府 2023年,某某旗青格尔苏木人民政府在旗委、旗政府的领导下,坚持依法行政,努力建设法治苏木。一、健全依法决策机制 全年召开党委会议研究重大事项21次。`;
    expect(header(text).issuer?.name).toBe('某某旗青格尔苏木人民政府');
  });
});

describe("a whole page scraped into one line: the site's name opening it", () => {
  it('names the issuer the body calls by its kind (省厅)', () => {
    const body = '2025年,省厅认真贯彻落实省委、省政府关于法治政府建设的部署要求,推进住房城乡建设领域依法行政。一、完善制度体系 全年起草地方性法规草案2件。'.repeat(3);
    const text = `某某省住房和城乡建设厅 网站首页 > 政务公开 > 法治建设 2025年度法治政府建设工作报告 发布时间:2026-01-29 【打印】【关闭】 ${body}`;
    expect(header(text).issuer?.name).toBe('某某省住房和城乡建设厅');
  });
});

describe('a whole page scraped into one line: a date before a label', () => {
  it('a date with no label followed by 来源: is the date the page was published', () => {
    const body = '2025年,区政府在市委、市政府的正确领导下,全面贯彻依法治国方略,深入推进依法行政。一、健全制度 全年制定规范性文件5件。'.repeat(3);
    const text = `${MENUS} 首页 > 政务公开 > 法治政府建设 青山区人民政府关于2025年度法治政府建设情况的报告 2026-03-20 来源:青山区司法局 【大】【中】【小】 市政府: ${body}`;
    expect(header(text).publishedAt).toBe('2026-03-20');
  });
});
