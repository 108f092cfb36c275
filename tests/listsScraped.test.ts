// Problems and plans in forms held-out pages showed: a page scraped as one line (title, report and
// footer on it), and a combined 存在的不足及下一步打算 section whose later sentences plan.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import type { ListItem } from '../src/schema.js';

function texts(text: string, items: readonly ListItem[]): string[] {
  for (const it of items) expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
  return items.map((it) => it.text);
}

describe('problems and plans on a page scraped as one line', () => {
  it('the title starts the line: …仍存在A、B、C等问题。下一步,…以下工作:一是…;二是…;三是…', () => {
    const text =
      '某县市场监督管理局2023年度法治政府建设情况报告 2023年,我局认真贯彻落实法治政府建设各项部署,全年办理行政处罚案件45件。' +
      '同时,我局法治政府建设仍存在执法人员专业素养有待提高、智慧监管手段不多、普法宣传形式较为单一等问题。' +
      '下一步,我局将重点做好以下工作:一是加强执法人员培训;二是推进智慧监管平台建设;三是丰富普法宣传形式。 【打印】【关闭】';
    const r = parseReport(text);
    expect(texts(text, r.problems)).toEqual(['执法人员专业素养有待提高', '智慧监管手段不多', '普法宣传形式较为单一']);
    expect(texts(text, r.plans)).toEqual(['加强执法人员培训;', '推进智慧监管平台建设;', '丰富普法宣传形式。']);
  });
});

describe('a combined 存在的不足及下一步打算 section: a later year with 将 turns to plans', () => {
  const report = (heading: string, body: string): string =>
    `某县自然资源局2023年法治政府建设年度报告\n一、主要工作\n全年办理行政处罚案件30件。\n${heading}\n${body}\n某县自然资源局\n2024年1月20日\n`;

  it('2024年,我局将加强…: 将 before a verb of doing more is a plan', () => {
    const text = report('二、存在的不足及下一步打算', '基层执法人员偏少,执法装备配备不足。2024年,我局将加强执法装备配备,充实基层执法力量。');
    const r = parseReport(text);
    expect(texts(text, r.problems)).toEqual(['基层执法人员偏少,执法装备配备不足。']);
    expect(texts(text, r.plans)).toEqual(['2024年,我局将加强执法装备配备,充实基层执法力量。']);
  });

  it('…控制在5%以下。: 以下 after a figure is a bound, the plan announces no list', () => {
    const text = report('三、存在的不足与下一步打算', '行政执法规范化程度仍有差距,2023年案卷评查合格率为92%。2024年,本局将进一步规范执法程序,力争不合格案卷控制在5%以下。');
    const r = parseReport(text);
    expect(texts(text, r.problems)).toEqual(['行政执法规范化程度仍有差距,2023年案卷评查合格率为92%。']);
    expect(texts(text, r.plans)).toEqual(['2024年,本局将进一步规范执法程序,力争不合格案卷控制在5%以下。']);
  });
});

describe('a whole page scraped into one line: the furniture after the report is no part of it', () => {
  const report =
    '某某县人民政府 首页 政务公开 当前位置:首页 > 年度报告 某某县人民政府关于2023年度法治政府建设情况的报告 发布日期:2024-02-25 2023年,县政府坚持依法行政,现将有关情况报告如下。一、主要工作 全年办理行政复议案件21件。二、存在的问题 一是部分单位重视不够;二是执法人员素质仍需提升。三、2024年工作打算 一是健全依法决策机制;二是深入推进综合行政执法改革;三是加强行政复议规范化建设。';
  const furniture = ' (此件公开发布) 附件:无 【打印本页】【关闭窗口】 相关链接: 某某县人民政府关于2022年度法治政府建设情况的报告 2023-03-11 版权所有:某某县人民政府办公室 地址:某某县人民大街1号 ICP备05001956号 网站标识码:2204000012';
  it('the last plan ends before the signature, the related links and the footer; the signature still read', () => {
    const text = `${report}某某县人民政府 2024年2月20日${furniture}`;
    const r = parseReport(text);
    expect(r.signedAt).toBe('2024-02-20');
    const last = r.plans[r.plans.length - 1]!;
    expect(text.slice(last.span.start, last.span.end)).toBe(last.text);
    // neither the signature run on after it nor the furniture after that
    expect(last.text).toBe('加强行政复议规范化建设。');
    expect(r.sections[r.sections.length - 1]!.span.end).toBeLessThanOrEqual(text.indexOf(' (此件'));
  });
});

describe("a PDF's text wrapped at a fixed width: a combined problems and plans paragraph", () => {
  it('reads the problems before the plans across the wraps, not line by line', () => {
    const text = [
      '四、存在的问题和下一步打算',
      '　　在总结成绩的同时，我们也清醒地看到仍存在基层执法',
      '人员业务能力参差不齐、执法风险应对与执法规范衔接不够',
      '紧密等问题。2022年，我局将持续推进精确执法，落实行政裁',
      '量权基准，加强法治人才培养。',
    ].join('\n');
    const r = parseReport(text);
    const problems = texts(text, r.problems);
    expect(problems.join('|')).toContain('基层执法\n人员业务能力参差不齐');
    expect(problems.some((p) => p.includes('衔接不够\n紧密'))).toBe(true);
    expect(problems.every((p) => !p.includes('2022年'))).toBe(true);
    expect(texts(text, r.plans).join('')).toContain('我局将持续推进精确执法');
  });
});

describe('a page scraped into one line: the plans paragraph after the last sub-section', () => {
  it('starts where a sentence ends and spaces follow (。   下一步,我局将一是…)', () => {
    const filler = '全年开展气象法律法规宣传活动9次,发放宣传材料4500份,受众约两万人次,群众满意度进一步提高。'.repeat(8);
    const text = `某市气象局2016年度法治政府建设工作报告 一、主要工作 (一)加强组织领导。局党组专题研究法治工作3次。 (二)推进气象普法宣传。${filler}    下一步,我局将一是加强气象法治队伍建设,二是完善防雷安全监管机制,三是深入开展普法。 【打印】【关闭】`;
    const plans = texts(text, parseReport(text).plans);
    expect(plans.length).toBe(3);
    expect(plans[0]).toContain('加强气象法治队伍建设');
    expect(plans[2]).toContain('深入开展普法');
  });
});
