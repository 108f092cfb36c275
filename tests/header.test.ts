import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { ABBREVIATIONS, ABBREVIATION_LIST } from '../src/data/issuerNames.js';
import { createDoc } from '../src/document.js';
import { findDates, isDateOnly, mayBeDateOnly, mayCloseWithDate } from '../src/header/dates.js';
import { readHeader } from '../src/header/index.js';
import { bodyLength } from '../src/header/internalUnit.js';
import { officialName } from '../src/header/orgName.js';
import { sameBodyKey } from '../src/header/bodyKey.js';
import { yearIn, yearNianAt } from '../src/header/year.js';
import { parseReport } from '../src/index.js';

function header(text: string) {
  const doc = createDoc(text);
  return readHeader(doc, findChrome(doc));
}

describe('dates', () => {
  it.each([
    ['发布日期:2022年3月11日', '2022-03-11', '2022年3月11日'],
    ['2022-03-11', '2022-03-11', '2022-03-11'],
    ['发布时间: 2021- 01- 25 11: 33', '2021-01-25', '2021- 01- 25'],
    ['2022/3/11 09:18', '2022-03-11', '2022/3/11'],
    ['2022.3.11', '2022-03-11', '2022.3.11'],
    ['二〇二二年三月十一日', '2022-03-11', '二〇二二年三月十一日'],
    ['二〇二一年十二月三十一日', '2021-12-31', '二〇二一年十二月三十一日'],
    ['２０２２年０３月１１日', '2022-03-11', '２０２２年０３月１１日'],
  ])('%s → %s', (text, iso, raw) => {
    const doc = createDoc(text);
    const [date] = findDates(doc.view);
    expect(date?.iso).toBe(iso);
    expect(text.slice(date!.start, date!.end)).toBe(raw);
  });

  it.each(['2022年2月30日', '2022-13-01', '2021年', '12月5日', '1800年1月1日'])('no date in %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('the quick tests before a signature line is read as a date', () => {
  // [line, may close with a date, may be a date alone, is a date alone]
  it.each([
    ['2022年3月11日', true, true, true],
    [' 2026-01-29 09:57 ', true, true, true],
    ['二〇二二年三月十一日', true, true, true],
    ['某某市司法局 2022年3月11日', true, false, false],
    ['2022年法治政府建设工作报告', false, false, false],
    ['2023年,某区司法局坚持依法行政。', false, false, false],
    ['', false, false, false],
  ] as const)('%s', (line, closes, alone, dateOnly) => {
    // read in place, within a longer view: the characters around the line are no part of it
    const view = `全文${line}如下`;
    expect(mayCloseWithDate(view, 2, 2 + line.length)).toBe(closes);
    expect(mayBeDateOnly(view, 2, 2 + line.length)).toBe(alone);
    expect(isDateOnly(line)).toBe(dateOnly);
  });
});

describe('yearNianAt: the first year with its 年 from a point', () => {
  // [text, from, where the year starts]
  it.each([
    ['某局2023年度法治政府建设情况报告', 0, 2],
    ['2021 年工作总结', 0, 0],
    ['关于二〇二一年法治政府建设情况的报告', 2, 2],
    ['2021年9月和2022年', 1, 8],
    ['12023年', 1, 1],
    ['12023年', 2, -1],
    ['2021   年', 0, -1],
    ['二〇2一年', 0, -1],
    ['年度报告', 0, -1],
  ] as const)('%s from %i', (text, from, start) => {
    expect(yearNianAt(text, from)).toBe(start);
  });
});

describe('officialName', () => {
  it.each([
    ['南昌市卫健委', '南昌市卫生健康委员会'],
    ['舟山市卫生健康委', '舟山市卫生健康委员会'],
    ['广州市卫生健康委员会', '广州市卫生健康委员会'],
    ['某县卫健局', '某县卫生健康局'],
    ['某市市场监管局', '某市市场监督管理局'],
    ['某区人社局', '某区人力资源和社会保障局'],
    ['某县住建局', '某县住房和城乡建设局'],
    ['某市发改委', '某市发展和改革委员会'],
    ['某县文旅局', '某县文化和旅游局'],
    ['某市医保局', '某市医疗保障局'],
    ['赣州经济技术开发区管委会', '赣州经济技术开发区管理委员会'],
    ['嘉兴市国税局', '嘉兴市国家税务局'],
    ['柳城县', '柳城县人民政府'],
    ['桑日镇', '桑日镇人民政府'],
    ['东城街道', '东城街道办事处'],
    ['山海关区政府', '山海关区人民政府'],
    ['元谋县县卫生健康局', '元谋县卫生健康局'],
    ['區(qū)住房建設局', '區住房建設局'],
    ['东莞市人力资源局', '东莞市人力资源局'],
    ['司法部', '司法部'],
  ])('%s → %s', (text, name) => {
    const view = createDoc(text).view;
    expect(officialName(view, text).text).toBe(name);
  });
});

describe('yearIn', () => {
  it.each([
    ['南昌市卫健委2021年度法治政府建设工作报告', 2021],
    ['2024年以来,示范区卫生健康委坚持依法行政', 2024],
    ['二〇二二年,市市场监管局在市委的领导下', 2022],
    ['根据《2021年法治政府建设督察要点》要求,现将我委2020年度法治政府建设情况报告如下', 2020],
    ['2020年9月6日,我局召开专题会议;2021年,我局坚持依法行政', 2021],
    ['落实《法治政府建设实施纲要(2021-2025年)》,2022年我局全面推进', 2022],
    ['今年以来,我镇坚持依法行政', null],
  ])('%s → %s', (text, year) => expect(yearIn(text)).toBe(year));
});

describe('title', () => {
  it.each([
    ['one line', '南昌市卫健委2021年度法治政府建设工作报告\n2021年,市卫健委坚持依法行政。', '南昌市卫健委2021年度法治政府建设工作报告', '南昌市卫健委2021年度法治政府建设工作报告'],
    ['broken over two lines', '柳江区卫生健康局2025年法治政府\n建设年度报告\n2025年,我局深入贯彻习近平法治思想。', '柳江区卫生健康局2025年法治政府建设年度报告', '柳江区卫生健康局2025年法治政府\n建设年度报告'],
    ['issuer line above', '西安市应急管理局\n2023年度法治政府建设情况报告\n\n2023年,市应急管理局全面贯彻落实党的二十大精神。', '西安市应急管理局2023年度法治政府建设情况报告', '西安市应急管理局\n2023年度法治政府建设情况报告'],
    ['issuer line above, blank line between', '西安市应急管理局\n\n2023年度法治政府建设情况报告\n\n2023年,市应急管理局全面贯彻落实党的二十大精神。', '西安市应急管理局2023年度法治政府建设情况报告', '西安市应急管理局\n\n2023年度法治政府建设情况报告'],
    ['issuer line above 关于', '郑州市应急管理局\n关于2023年度法治政府建设工作的报告\n2023年,我局全面贯彻落实党的二十大精神。', '郑州市应急管理局关于2023年度法治政府建设工作的报告', '郑州市应急管理局\n关于2023年度法治政府建设工作的报告'],
    ['a full title wins over a channel name', '法治政府建设\n永新县人民政府关于2023年度法治政府建设情况的报告\n2023年,永新县坚持依法行政。', '永新县人民政府关于2023年度法治政府建设情况的报告', '永新县人民政府关于2023年度法治政府建设情况的报告'],
    ['second half only', '建设工作情况的报告\n2023年省应急管理厅坚持以习近平法治思想为指导。', '建设工作情况的报告', '建设工作情况的报告'],
    ['after a path line with no lead, broken over two lines', '某市交通运输局 > 信息公开 > 法定主动公开内容 > 法治政府建设年度报告\n某市交通运输局2023年度法治政府\n建设情况报告\n2023年,市交通运输局坚持依法行政,全面推进法治建设。', '某市交通运输局2023年度法治政府建设情况报告', '某市交通运输局2023年度法治政府\n建设情况报告'],
    ['after a › path, 关于…的报告 over two lines', '政务公开 › 法治政府建设年度报告\n关于某市交通运输局2023年度\n法治政府建设情况的报告\n2023年,市交通运输局坚持依法行政,全面推进法治建设。', '关于某市交通运输局2023年度法治政府建设情况的报告', '关于某市交通运输局2023年度\n法治政府建设情况的报告'],
    ['after a / path', '某区人民政府/信息公开/法治政府建设年度报告\n某区司法局2023年度法治政府建设情况报告\n2023年,区司法局坚持依法行政,全面推进法治建设。', '某区司法局2023年度法治政府建设情况报告', '某区司法局2023年度法治政府建设情况报告'],
    ['after chrome', '首页 > 工作报告\n2020年静海区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n2020年,静海区坚持依法行政。', '2020年静海区法治政府建设情况报告', '2020年静海区法治政府建设情况报告'],
  ])('%s', (_name, text, title, raw) => {
    const h = header(text);
    expect(h.title).toBe(title);
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(raw);
  });

  it.each([
    ['prose first', '2021年,司法部坚持以习近平新时代中国特色社会主义思想为指导。\n一、加强党的领导'],
    ['salutation first', '县委、县政府:\n2025年,县教育局持续深入学习贯彻习近平法治思想。'],
    ['a channel name only', '法治政府建设\n2023年,某某县司法局坚持依法行政,全面推进法治建设。'],
    ['a path line naming the genre', '某市交通运输局 > 信息公开 > 法治政府建设年度报告\n2023年,某某市交通运输局坚持依法行政,全面推进法治建设。'],
    ['a » path line naming the genre', '某市司法局 » 法治政府建设年度报告\n2023年,某某市司法局坚持依法行政,全面推进法治建设。'],
    ['website name and breadcrumb', '海丰县人民政府门户网站\n您现在所在的位置 : 首页 > 海丰县法治政府建设年度报告公开 > 2025年\n2025年,海丰县卫生健康局深入贯彻习近平法治思想。'],
  ])('no title: %s', (_name, text) => {
    const h = header(text);
    expect(h.title).toBeNull();
    expect(h.titleSpan).toBeNull();
  });
});

describe('issuer', () => {
  it.each([
    ['title, abbreviation expanded', '南昌市卫健委2021年度法治政府建设工作报告\n2021年,市卫健委坚持依法行政。', '南昌市卫生健康委员会', '南昌市卫健委', 'title'],
    ['title names a place', '2020年静海区法治政府建设情况报告\n2020年,静海区坚持依法行政。', '静海区人民政府', '静海区', 'title'],
    ['opening sentence', '2021年,司法部坚持以习近平新时代中国特色社会主义思想为指导。', '司法部', '司法部', 'body'],
    ['opening sentence after 在…下', '2022年,在区委、区政府的坚强领导下,东城街道深入学习贯彻习近平法治思想。', '东城街道办事处', '东城街道', 'body'],
    ['government of a place', '2020年以来,在市委、市政府的坚强领导下,山海关区政府坚决贯彻落实习近平法治思想。', '山海关区人民政府', '山海关区政府', 'body'],
    ['metadata + body pieces combined', '消息来源: 市卫生健康委员会 作者: 发布时间: 2021- 01- 25 11: 33\n2020年,我委在市委市政府的正确领导下,制定《舟山市卫生健康委行政规范性文件管理办法》。', '舟山市卫生健康委员会', '舟山市卫生健康委', 'body'],
    ['我局 with the name nearby', '现将我局2022年度法治政府建设工作报告如下:\n一、加强领导\n印发《江门市交通运输局制定规范性文件工作规程》,我局全面落实。', '江门市交通运输局', '江门市交通运输局', 'body'],
    ['bare mention completed with the place the document names', '2023年以来,县司法局在县委、县政府的坚强领导下,起草《蒙城县推进法治政府建设三年行动计划》。', '蒙城县司法局', '县司法局', 'body'],
    ['bare mention, no place named', '2025年,县教育局持续深入学习贯彻习近平法治思想。', '县教育局', '县教育局', 'body'],
    ['footer gives the fullest name', '2024年以来,示范区卫生健康委法治政府建设工作以习近平法治思想为指导。\n版权所有@济源产城融合示范区卫生健康委员会', '济源产城融合示范区卫生健康委员会', '济源产城融合示范区卫生健康委员会', 'footer'],
    ['joint issuers: the government', '中共某某镇委员会 某某镇人民政府\n关于2022年度法治政府建设工作情况的报告\n2022年,某某镇坚持依法行政。', '某某镇人民政府', '某某镇人民政府', 'title'],
    ['title opening with 关于', '关于柳城县2022年法治政府建设情况的报告\n2022年,柳城县坚持依法行政。', '柳城县人民政府', '柳城县', 'title'],
    ['after a purpose clause', '为深入贯彻党的二十大精神,某某市司法局坚持以习近平法治思想为指导,全面推进法治政府建设。', '某某市司法局', '某某市司法局', 'body'],
    ['a customs district in the title', '某某海关2023年法治政府建设年度报告\n2023年,某某海关坚持依法行政。', '某某海关', '某某海关', 'title'],
    ['after 近年来', '近年来,某某县卫健局始终坚持依法行政,全面推进法治建设。', '某某县卫生健康局', '某某县卫健局', 'body'],
    ['a portal government gives way to the department the report names, and gives it its place', '发布机构：永新县人民政府  发布日期：2024-01-15\n2023年,县司法局在县委、县政府的坚强领导下,全面推进法治政府建设。', '永新县司法局', '县司法局', 'body'],
    ['party and government named together', '2022年,某某镇党委政府坚持以习近平法治思想为指导,全面推进法治建设。', '某某镇人民政府', '某某镇', 'body'],
    ['来源 names an office of the body, the footer its full name', '来源:市发展改革委办公室  发布时间:2024-01-05\n2023年法治政府建设工作报告\n2023年,市发展改革委坚持依法行政,全面推进法治建设。\n一、主要工作\n主办:湖州市发展和改革委员会  地址:湖州市某路1号', '湖州市发展和改革委员会', '湖州市发展和改革委员会', 'footer'],
    ['来源 names a 处 of the body, 版权所有 its full name', '信息来源:市卫生健康委政策法规处\n2023年法治政府建设情况报告\n2023年,市卫生健康委坚持依法行政,全面推进法治建设。\n一、主要工作\n版权所有:湖州市卫生健康委员会', '湖州市卫生健康委员会', '湖州市卫生健康委员会', 'footer'],
    ['作者 names a newsroom: the text names the issuer first', '作者:某区融媒体中心\n2023年,某区司法局坚持依法行政,全面推进法治建设。', '某区司法局', '某区司法局', 'body'],
    ['作者 names a 股 of the body', '作者:某县司法局法治督察股\n2023年法治政府建设情况报告\n全年办结案件3件,全面推进法治建设工作。', '某县司法局', '某县司法局', 'metadata'],
    ['来源 names a 科 of the body, no fuller form', '来源:某市交通运输局政策法规科\n2023年法治政府建设情况报告\n全年办结案件3件,全面推进法治建设工作。', '某市交通运输局', '某市交通运输局', 'metadata'],
    ['a government office is a body of its own', '来源:长兴县人民政府办公室\n2023年法治政府建设情况报告\n全年办结案件3件,全面推进法治建设工作。', '长兴县人民政府办公室', '长兴县人民政府办公室', 'metadata'],
    ['a publisher line with two names: the government', '发布机构:中共桐庐县委 桐庐县人民政府\n2023年法治政府建设情况报告\n全年办结案件3件,全面推进法治建设工作。', '桐庐县人民政府', '桐庐县人民政府', 'metadata'],
    ['title opening with 关于, broken over two lines', '关于某市交通运输局2023年度\n法治政府建设情况的报告\n2023年,市交通运输局坚持依法行政,全面推进法治建设。', '某市交通运输局', '某市交通运输局', 'title'],
    ['signature', '2022年,我局坚持依法行政,全面完成各项工作任务。\n一、主要成效\n全年办理案件3件。\n桑日县住房和城乡建设局\n2023年2月10日', '桑日县住房和城乡建设局', '桑日县住房和城乡建设局', 'signature'],
  ])('%s', (_name, text, name, mention, source) => {
    const { issuer } = header(text);
    expect(issuer?.name).toBe(name);
    expect(issuer?.mention).toBe(mention);
    expect(issuer?.source).toBe(source);
    expect(text.slice(issuer!.span.start, issuer!.span.end)).toBe(mention);
  });

  it.each([
    ['after the year of a sentence deep in the body', '规范性文件均经审核后印发。\n(一)精简审批事项。2016年,某某州气象局按照上级部署,取消中介服务事项2项。', '某某州气象局'],
    ['defining its short name', '(三)推进严格规范公正文明执法\n1.健全执法制度。某某市发展和改革委员会(以下简称市发改委)修订裁量基准。', '某某市发展和改革委员会'],
  ])('an excerpt from the middle of a report names its issuer %s', (_what, text, name) => {
    expect(parseReport(text).issuer?.name).toBe(name);
  });

  it.each([
    ['a sentence of the body that opens with its year', '规范性文件均经审核后印发。\n2. 办理复议诉讼案件。2020年市发改委作为被申请人的复议案件3件。', 2020],
    ['a plans heading names the next year', '年终将履职情况列入述职内容。\n四、2025年工作打算\n一是完善制度;二是加强培训。', 2024],
    ['a plans sentence names the next year', '与群众期待相比还有一定差距。2022年,某区人民政府将重点抓好以下工作。', 2021],
    ['a date is no year of the report', '会议于2020年3月5日召开,研究部署工作。', null],
  ])('an excerpt without title or opening: %s', (_what, text, year) => {
    expect(parseReport(text).year).toBe(year);
  });

  it('takes no name from the body that is neither after a year nor defined', () => {
    expect(parseReport('(一)加强领导。成立由委主要领导任组长的领导小组,统筹推进法治建设。').issuer).toBeNull();
  });

  it('is null when the opening names only the county party committee and government', () => {
    expect(header('2022年,县委县政府高度重视法治政府建设,全面推进依法行政。').issuer).toBeNull();
  });

  it('is null with a warning when the report only says 我委', () => {
    const h = header('2025年以来,在市委、市政府的精心指导下,我委紧扣法治政府建设总体目标。');
    expect(h.issuer).toBeNull();
    expect(h.warnings).toContain('header: no issuer found (the report does not name who issued it)');
  });
});

describe('dates and addressee', () => {
  it('reads publishedAt, signedAt from the signature, and the addressee', () => {
    const h = header('发布日期：2023年02月15日\n\n县委、县政府：\n2022年，县住建局坚持依法行政，全面完成各项任务。\n某县住房和城乡建设局\n二〇二三年二月十日');
    expect([h.publishedAt, h.signedAt, h.addressee]).toEqual(['2023-02-15', '2023-02-10', '县委、县政府']);
  });

  it('reads a page whose text kept its HTML entities (&nbsp; &gt; &ensp; &ldquo;)', () => {
    const text = [
      '某市税务局&nbsp;&gt;&nbsp;信息公开&nbsp;&gt;&nbsp;法治税务',
      '某市税务局2016年度法治政府建设情况的报告',
      '发文日期：2017年02月20日&ensp;&ensp;发布日期：2017-02-24&ensp;&ensp;【字体：大&nbsp;中&nbsp;小】',
      '2016年，某市税务局坚持以&ldquo;四个全面&rdquo;战略布局为统领，全面推进依法治税。',
    ].join('\n');
    const r = parseReport(text);
    expect(r.title).toBe('某市税务局2016年度法治政府建设情况的报告');
    expect(r.publishedAt).toBe('2017-02-24');
    expect(r.year).toBe(2016);
  });

  it('takes 成文日期 when there is no signature, and never the banner date', () => {
    const h = header('今天是:2019年10月31日 星期三\n[ 发布日期 ] 2021-11-30 [ 成文日期 ] 2021-11-15\n2021年我委严格按照法治政府建设的总体要求,强化组织领导。');
    expect([h.publishedAt, h.signedAt, h.year]).toEqual(['2021-11-30', '2021-11-15', 2021]);
  });

  it('warns when no year is found', () => {
    const h = header('今年以来,我镇坚持依法行政,全面推进法治建设。');
    expect(h.year).toBeNull();
    expect(h.warnings).toContain('header: no year found (the year the report covers)');
  });
});

describe('fixtures', () => {
  const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  it.each([
    ['header-signature.txt', { title: '关于2022年度法治政府建设情况的报告', issuer: '桑日县住房和城乡建设局', year: 2022, publishedAt: '2023-02-15', signedAt: '2023-02-10', addressee: '县委依法治县委员会办公室' }],
    ['header-metadata-table.txt', { title: '柳城县2022年法治政府建设年度报告', issuer: '柳城县人民政府', year: 2022, publishedAt: '2023-01-28', signedAt: '2023-01-20', addressee: null }],
    ['header-two-line.txt', { title: '南昌市市场监管局2022年法治政府建设工作情况报告', issuer: '南昌市市场监督管理局', year: 2022, publishedAt: '2023-03-01', signedAt: null, addressee: null }],
    ['header-traditional.txt', { title: '關於二〇二二年度法治政府建設情況的報告', issuer: '東城街道辦事處', year: 2022, publishedAt: '2023-01-31', signedAt: '2023-01-20', addressee: '區委、區政府' }],
  ])('%s', (name, want) => {
    const text = read(name);
    const h = header(text);
    expect({ title: h.title, issuer: h.issuer?.name ?? null, year: h.year, publishedAt: h.publishedAt, signedAt: h.signedAt, addressee: h.addressee }).toEqual(want);
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end).replace(/\n/gu, '')).toBe(h.title);
    expect(text.slice(h.issuer!.span.start, h.issuer!.span.end)).toBe(h.issuer!.mention);
  });
});

describe('issuer vocabulary', () => {
  it('tries longer abbreviations first (卫生健康委 before 健委 forms)', () => {
    const lengths = ABBREVIATION_LIST.map((a) => a.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  /** The kind of body a name ends in: 委 (委员会, 委会), 办 (办公室, 办事处), else its last character. */
  const kind = (s: string) => (/委(?:员?会)?$/u.test(s) ? '委' : /办(?:公室|事处)?$/u.test(s) ? '办' : s.slice(-1));

  it.each(Object.entries(ABBREVIATIONS))('%s expands to the longer %s, same kind of body', (abbr, full) => {
    expect(full.length).toBeGreaterThan(abbr.length);
    expect(kind(full)).toBe(kind(abbr));
  });
});

describe('internal units', () => {
  it.each([
    ['市发展改革委办公室', '市发展改革委'],
    ['市卫生健康委员会法规科', '市卫生健康委员会'],
    ['某市交通运输局政策法规科', '某市交通运输局'],
    ['县卫健局法规股', '县卫健局'],
    ['市司法局法治宣传中心', '市司法局'],
    ['县人民政府办公室', '县人民政府办公室'],
    ['某市政务服务中心', '某市政务服务中心'],
    ['某市司法局', '某市司法局'],
  ])('%s → %s', (view, body) => expect(view.slice(0, bodyLength(view))).toBe(body));
});

describe('sameBodyKey', () => {
  it.each([
    ['湖州市发展和改革委员会', '市发展改革委', true],
    ['湖州市卫生健康委员会', '市卫生健康委', true],
    ['湖州市司法局', '市公安局', false],
    ['湖州市交通运输局', '市交通局', false],
    ['益阳高新技术产业开发区管理委员会', '益阳高新区管委会', true],
    ['某某经济技术开发区管理委员会', '某某经开区管委会', true],
    ['某某高新技术产业开发区管理委员会', '某某经开区管委会', false],
  ])('%s names %s: %s', (full, short, same) => expect(sameBodyKey(full).endsWith(sameBodyKey(short))).toBe(same));
});
