import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { META_LABELS, META_LABEL_LIST } from '../src/data/chromeLabels.js';
import { lineKind } from '../src/chrome/lineKind.js';
import { labelsOnLine } from '../src/chrome/metadata.js';
import { createDoc } from '../src/document.js';
import { inChrome } from '../src/pipeline.js';
import { parseReport } from '../src/index.js';

function kindOf(line: string): string | null {
  const doc = createDoc(line);
  return lineKind(doc, doc.lines[0]!)?.kind ?? null;
}

describe('lineKind', () => {
  it.each([
    ['您当前所在位置:首页 > 政法宣传', 'breadcrumb'],
    ['当前位置：首页 > 信息公开', 'breadcrumb'],
    ['首页 > 政务公开 > 法治政府建设', 'breadcrumb'],
    ['>> 政务公开 >> 法治政府工作报告', 'breadcrumb'],
    ['首页', 'breadcrumb'],
    ['[ 索引号 ] 11500111MB15011811/2021-00403 [ 发文字号 ] 大足卫文〔2021〕82号', 'metadata'],
    ['  • 发布机构: 海丰县人民政府门户网站', 'metadata'],
    ['来源:政宣科  发布日期: 2022-03-11  访问量: ', 'metadata'],
    ['索引号    000014349/2023-00021    分类    法治政府建设', 'metadata'],
    ['2022-03-11 09:18 来源：某某局', 'metadata'],
    ['今天是:2019年10月31日 星期三 农历十月初七', 'banner'],
    ['2023年3月5日 星期日', 'banner'],
    ['分享到:', 'share'],
    ['打印本页 关闭窗口', 'share'],
    ['【字体：大 中 小】【打印】【关闭】', 'metadata'],
    ['扫一扫在手机打开当前页', 'share'],
    ['【我要纠错】 【打印本页】 【关闭窗口】', 'share'],
    ['分享到：微信 微博 QQ空间', 'share'],
    ['建议使用1920×1080分辨率浏览本站', 'footer'],
    ['网站声明 | 网站地图 | 联系我们', 'nav'],
    ['版权所有@济源产城融合示范区卫生健康委员会', 'footer'],
    ['电话: 0391-6633866 / 6633722 | 豫ICP备2022021977号-1', 'footer'],
    ['网站标识码:4190010017 | 技术支持:九华云', 'footer'],
    ['地址:济源市第二行政区7号楼', 'footerLabel'],
    ['主办：桑日县人民政府办公室', 'footerLabel'],
    ['本站访问量：10283467', 'footerLabel'],
    ['上一篇：柳城县2021年法治政府建设年度报告', 'pager'],
    ['附件：1.法治政府建设考核指标.doc', 'attachment'],
    ['2.法治政府建设考核指标.xlsx', 'attachment'],
    ['某市某局2021年法治政府建设工作总结.pdf', 'attachment'],
    ['技术支持：某某网络科技有限公司', 'footer'],
    ['中国政府网|湖北政府网|繁体|无障碍', 'nav'],
    ['首页 政务公开 渝快办 互动交流', 'nav'],
    ['  • 政务微信', 'nav'],
    ['网站首页,政务公开,政务服务,互动交流,走进永新', 'nav'],
    ['2026-01-20 17:01  |  武汉市水务局', 'dateLine'],
    ['2023-02-10', 'dateLine'],
    ['2023年2月10日 09:30', 'dateLine'],
    ['某市交通运输局 > 信息公开 > 法定主动公开内容 > 法治政府建设年度报告', 'breadcrumb'],
    ['某县人民政府门户网站>政务公开>法治政府建设', 'breadcrumb'],
    ['政务公开 › 法定主动公开内容 › 法治政府建设年度报告', 'breadcrumb'],
    ['某市司法局 » 法治政府建设年度报告', 'breadcrumb'],
    ['某区人民政府 / 信息公开 / 年度报告', 'breadcrumb'],
    ['某区人民政府/信息公开/法治政府建设年度报告', 'breadcrumb'],
  ])('%s → %s', (line, kind) => expect(kindOf(line)).toBe(kind));

  it.each([
    ['a path line is weak: chrome only where the page header stands', '某市司法局 > 信息公开 > 法治政府建设年度报告'],
  ])('%s', (_name, line) => {
    const doc = createDoc(line);
    expect(lineKind(doc, doc.lines[0]!)?.strong).toBe(false);
  });

  it.each([
    '2021年,司法部坚持以习近平新时代中国特色社会主义思想为指导。',
    '一、主要举措和成效',
    '(一)健全责任体系',
    '南昌市卫健委2021年度法治政府建设工作报告',
    '西安市应急管理局',
    '县委、县政府:',
    '时间紧、任务重,我局克服困难,全面完成了各项任务。',
    '三是完善技术支持体系,为执法人员配备执法记录仪120台,实现全过程记录。',
    '(三)强化技术支持',
    '(二)推行“扫一扫”执法公示',
    '2.联系我们的群众工作机制',
    '法治政府建设',
    '2023年2月10日',
    '2023/2024年度法治政府建设情况报告',
    '全市案件办结率>95%,群众满意度持续提升。',
    '依法行政/法治政府',
    '2023/01/05/12',
  ])('not chrome: %s', (line) => expect(kindOf(line)).toBeNull());
});

describe('findChrome', () => {
  const text = [
    '您当前所在位置:首页 > 政法宣传',
    '南昌市卫健委2021年度法治政府建设工作报告',
    '来源:政宣科  发布日期: 2022-03-11  访问量: ',
    '',
    '2021年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导。',
    '一、加强组织领导',
    '全年组织学法12次。',
    '分享:',
    '打印本页 关闭窗口',
  ].join('\n');
  const doc = createDoc(text);
  const chrome = findChrome(doc);

  it('marks header and footer chrome, never the report', () => {
    expect(chrome.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '您当前所在位置:首页 > 政法宣传',
      '来源:政宣科  发布日期: 2022-03-11  访问量:',
      '分享:\n打印本页 关闭窗口',
    ]);
    expect(inChrome(chrome, text.indexOf('南昌市卫健委'))).toBe(false);
    expect(inChrome(chrome, text.indexOf('一、'))).toBe(false);
  });

  it('gives the body from the first line after the header chrome to the footer', () => {
    expect(text.slice(chrome.body.start, chrome.body.end)).toBe(
      '2021年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导。\n一、加强组织领导\n全年组织学法12次。',
    );
  });

  it('reads the metadata with spans', () => {
    expect(chrome.meta.map((m) => [m.key, m.label, m.value, text.slice(m.span.start, m.span.end)])).toEqual([
      ['source', '来源', '政宣科', '政宣科'],
      ['publishedAt', '发布日期', '2022-03-11', '2022-03-11'],
    ]);
  });

  it('reads bracketed and bulleted metadata, with values on the next line', () => {
    const t = [
      '[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2021-11-30',
      '  • 成文日期:',
      '',
      '    2021-11-15',
      '2021年我委严格按照法治政府建设的总体要求,从强化组织领导做起。',
    ].join('\n');
    const c = findChrome(createDoc(t));
    expect(c.meta.map((m) => [m.key, m.label, m.value, t.slice(m.span.start, m.span.end)])).toEqual([
      ['publisher', '发布机构', '大足区卫生健康委', '大足区卫生健康委'],
      ['publishedAt', '发布日期', '2021-11-30', '2021-11-30'],
      ['writtenAt', '成文日期', '2021-11-15', '2021-11-15'],
    ]);
    expect(t.slice(c.body.start, c.body.end)).toBe('2021年我委严格按照法治政府建设的总体要求,从强化组织领导做起。');
  });

  it('keeps a signature out of the footer', () => {
    const t = ['一、主要成效', '全年办理案件3件。', '某某县司法局', '2023年1月5日', '版权所有:某某县人民政府'].join('\n');
    const c = findChrome(createDoc(t));
    expect(t.slice(c.body.start, c.body.end)).toBe('一、主要成效\n全年办理案件3件。\n某某县司法局\n2023年1月5日');
  });

  it('ends the body before an attachment list under the signature', () => {
    const t = ['一、主要成效', '全年办理案件3件。', '某某县司法局', '2023年1月5日', '相关附件:', '某某县司法局2022年工作总结.pdf', '【打印】【关闭】'].join('\n');
    const c = findChrome(createDoc(t));
    expect(t.slice(c.body.start, c.body.end)).toBe('一、主要成效\n全年办理案件3件。\n某某县司法局\n2023年1月5日');
  });

  it('gives the whole text as body when there is no chrome', () => {
    const t = '2022年,县人民政府坚持依法行政。\n一、主要成效';
    const c = findChrome(createDoc(t));
    expect(c.spans).toEqual([]);
    expect(c.body).toEqual({ start: 0, end: t.length });
  });
});

describe('chrome vocabulary', () => {
  it('lists labels longest first, so 信息来源 is tried before 来源', () => {
    const lengths = META_LABEL_LIST.map((l) => l.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(META_LABEL_LIST.indexOf('信息来源')).toBeLessThan(META_LABEL_LIST.indexOf('来源'));
  });

  it.each([
    ['发布机构', 'publisher'],
    ['信息来源', 'source'],
    ['发布时间', 'publishedAt'],
    ['更新时间', 'publishedAt'],
    ['成文日期', 'writtenAt'],
    ['作者', 'author'],
    ['标题', 'title'],
    ['索引号', 'index'],
    ['访问量', 'other'],
    ['发布者', 'publisher'],
    ['供稿单位', 'source'],
    ['点击', 'other'],
  ])('%s means %s', (label, key) => expect(META_LABELS[label]).toBe(key));
});

describe('labels after a figure or a dash', () => {
  function labels(text: string): string[] {
    const doc = createDoc(text);
    return labelsOnLine(doc, doc.lines[0]!).map((l) => l.label);
  }

  it.each([
    ['a date right before the label', '日期:2022-03-29来源:区卫健委', ['日期', '来源']],
    ['a time right before the label', '2022-03-29 10:20来源:区卫健委', ['来源']],
    ['a list dash opening the line', '-发布机构:某县人民政府', ['发布机构']],
    ['the value of a label before it, run on (作者:某局时间:)', '作者:市水务局时间:2023-02-14阅读:', ['作者', '时间', '阅读']],
  ])('reads a label after %s', (_form, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('reads a run-on label only with its colon right after it, and only after a label of the line', () => {
    // 来源 inside the value, no colon after it: the value's own words
    expect(labels('作者:市来源保护办公室')).toEqual(['作者']);
    // no label before it on the line: prose, not a run-on field
    expect(labels('全市办理时间:三个工作日')).toEqual([]);
  });

  it('gives a run-on date label its own field and value', () => {
    const text = '作者:市水务局时间:2023-02-14阅读:\n2022年,我局坚持依法行政。';
    const { meta } = findChrome(createDoc(text));
    const date = meta.find((m) => m.label === '时间')!;
    expect(date.key).toBe('publishedAt');
    expect(date.value).toBe('2023-02-14');
    expect(text.slice(date.span.start, date.span.end)).toBe('2023-02-14');
    expect(meta.find((m) => m.label === '作者')!.value).toBe('市水务局');
  });

  it('reads a metadata line that opens with a document number (宣政办秘〔2023〕9号  发布时间:…)', () => {
    const text = '某市人民政府办公室关于某事项的通知\n某政办秘〔2023〕9号\u3000\u3000发布时间：2023-03-13\n各县、市、区人民政府：';
    const { meta } = findChrome(createDoc(text));
    const date = meta.find((m) => m.key === 'publishedAt')!;
    expect(date.value).toBe('2023-03-13');
    expect(text.slice(date.span.start, date.span.end)).toBe('2023-03-13');
    expect(parseReport(text).publishedAt).toBe('2023-03-13');
    // a number before prose is no metadata line
    expect(kindOf('某政办秘〔2023〕9号 全市办理时间:三个工作日')).not.toBe('metadata');
  });

  it('reads metadata a template puts under the report (…二〇一七年二月二十八日 / 发布日期:2017年3月9日)', () => {
    const text = '某县人民政府关于2016年度依法行政工作情况的报告\n2016年,我县全面推进依法行政。\n某县人民政府\n二〇一七年二月二十八日\n发布日期:2017年3月9日';
    const { meta } = findChrome(createDoc(text));
    const date = meta.find((m) => m.key === 'publishedAt')!;
    expect(text.slice(date.span.start, date.span.end)).toBe('2017年3月9日');
    const report = parseReport(text);
    expect([report.publishedAt, report.signedAt]).toEqual(['2017-03-09', '2017-02-28']);
  });

  it('reads the date after a 发布者 field and before a 点击 counter (发布者:某局 发布时间:2017年1月20日 点击:)', () => {
    const text = '某局2016年法治政府建设工作报告\n发布者：地区住建局\u3000发布时间：2017年1月20日\u3000点击：\n2016年，我局坚持依法行政。';
    expect(parseReport(text).publishedAt).toBe('2017-01-20');
  });

  it.each([
    ['a phone number', '群众可拨打12345时间:工作日全天受理'],
    ['a number with a dash', '咨询电话0391-6633866-时间:工作日'],
  ])('reads no label after %s in prose', (_form, text) => {
    expect(labels(text)).toEqual([]);
    expect(kindOf(text)).not.toBe('metadata');
  });
});
