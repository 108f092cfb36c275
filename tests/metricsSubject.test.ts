// Metric subjects in comparisons, changes, shares and measure names (sentences written for these
// tests, not taken from any report). Each row: the text, then for each figure in order its raw
// text, value and subject; spans are checked by slicing.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { findMetrics } from '../src/metrics/findMetrics.js';
import { cleanSubject, isBareSubject } from '../src/metrics/subject.js';
import type { Chrome } from '../src/pipeline.js';
import type { Metric } from '../src/schema.js';

const noChrome = (length: number): Chrome => ({ spans: [], body: { start: 0, end: length }, meta: [] });
const metricsOf = (text: string): Metric[] => findMetrics(createDoc(text), noChrome(text.length));

/** [raw, value, subject] of one figure. */
type Figure = [string, number, string | null];
type Row = [string, Figure[]];

function check(rows: Row[]): void {
  for (const [text, figures] of rows) {
    const ms = metricsOf(text);
    expect(
      ms.map((m) => [m.raw, m.value, m.subject]),
      text,
    ).toEqual(figures);
    for (const m of ms) expect(text.slice(m.span.start, m.span.end), text).toBe(m.raw);
  }
}

describe('subject: the noun phrase before a comparison with a basis', () => {
  const rows: Row[] = [
    ['公证办理时间较法定时限缩短40%。', [['40%', 40, '公证办理时间']]],
    ['案件平均结案时长比上年减少3.5天。', [['3.5天', 3.5, '案件平均结案时长']]],
    ['企业注销时间较2020年分别压缩52.3%和80.1%。', [['52.3%', 52.3, '企业注销时间'], ['80.1%', 80.1, '企业注销时间']]],
    ['复议审理期限比法定期限平均压缩30%以上。', [['30%', 30, '复议审理期限']]],
    ['涉企检查频次较去年同期减少1500次。', [['1500次', 1500, '涉企检查频次']]],
    ['网办率较2021年提升18个百分点。', [['18个百分点', 18, '网办率']]],
    ['收案数量与2020年相比下降14%。', [['14%', 14, '收案数量']]],
    ['投诉举报件数与2022年同期相比减少260件。', [['260件', 260, '投诉举报件数']]],
    ['受案量和结案量与上年相比分别增长5%和7%。', [['5%', 5, '受案量'], ['7%', 7, '结案量']]],
    // two rates before the basis and 分别: each takes its own figure
    ['立案率和结案率较上年分别提高6%和9%。', [['6%', 6, '立案率'], ['9%', 9, '结案率']]],
    ['立案率、结案率较上年分别提高6%、9%。', [['6%', 6, '立案率'], ['9%', 9, '结案率']]],
    // not a comparison: 较 as a degree adverb, 比 inside a word or a quoted name
    ['作出较大数额罚没决定7件。', [['7件', 7, '较大数额罚没决定']]],
    ['举办“比学赶超”竞赛2场。', [['2场', 2, '“比学赶超”竞赛']]],
    ['女性干部比例达到42%。', [['42%', 42, '女性干部比例']]],
    // nothing but scope before the marker: the basis is passed over, the action and its object stay
    ['全镇比上年多调解纠纷15件。', [['15件', 15, '调解纠纷']]],
    ['全镇比上年多办理案件15件。', [['15件', 15, '案件']]],
    // a clause that is only the comparison writes no subject of its own
    ['复议纠错率为6.1%,比全市平均水平低1.5个百分点。', [['6.1%', 6.1, '复议纠错率'], ['1.5个百分点', 1.5, null]]],
    ['开展比学赶超活动4次。', [['4次', 4, '比学赶超活动']]],
    ['化解群众反映较强烈的问题35个。', [['35个', 35, '群众反映较强烈的问题']]],
  ];
  it('takes the noun before 较/比, not the basis or the verb', () => check(rows));
});

describe('subject: a verb of change with its result word, and 由 … 为', () => {
  const rows: Row[] = [
    ['备案审查时限压缩至10个工作日。', [['10个工作日', 10, '备案审查时限']]],
    ['证明事项精简为17项。', [['17项', 17, '证明事项']]],
    ['权责清单事项调整为412项。', [['412项', 412, '权责清单事项']]],
    ['街道内设机构由9个整合为6个。', [['9个', 9, '街道内设机构'], ['6个', 6, '街道内设机构']]],
    ['申报材料由原来的32份精简为11份。', [['32份', 32, '申报材料'], ['11份', 11, '申报材料']]],
    ['审批环节从原有的8个减少到3个。', [['8个', 8, '审批环节'], ['3个', 3, '审批环节']]],
    ['登记时限由法定的30个工作日压缩至3个工作日。', [['30个工作日', 30, '登记时限'], ['3个工作日', 3, '登记时限']]],
    ['掌上可办率由2022年的76%提升至97%。', [['76%', 76, '掌上可办率'], ['97%', 97, '掌上可办率']]],
    // 从事 introduces no starting state
    ['商户从事餐饮的有120户。', [['120户', 120, '商户从事餐饮']]],
    ['全年证明事项精简20项,', [['20项', 20, '证明事项']]],
    ['市级审批事项全部压减为64项。', [['64项', 64, '市级审批事项']]],
    ['矫正对象再犯罪率控制在0.3%以内。', [['0.3%', 0.3, '矫正对象再犯罪率']]],
    ['承诺办结时限压减至法定时限的35%。', [['35%', 35, '承诺办结时限']]],
    // a verb of change inside a name after a figure is kept
    ['推出8个优化营商环境创新举措。', [['8个', 8, '优化营商环境创新举措']]],
  ];
  it('takes the noun before the verb (or before 由/从)', () => check(rows));
});

describe('subject: a share of a whole', () => {
  const rows: Row[] = [
    ['法治建设考核权重占总分的18%。', [['18%', 18, '法治建设考核权重']]],
    ['专项检查占全部检查任务的比例达25%。', [['25%', 25, '专项检查']]],
    ['电子证照调用量占证照总量的比重为64%。', [['64%', 64, '电子证照调用量']]],
    // a clause opening with 占 writes no part of its own: the share itself is named
    ['出台配套制度9项,占年度计划的75%。', [['9项', 9, '配套制度'], ['75%', 75, '占年度计划']]],
    ['自然人占申请人总数的56%,法人占44%。', [['56%', 56, '自然人'], ['44%', 44, '法人']]],
    ['线上申请、窗口申请分别占全部申请的73%和27%。', [['73%', 73, '线上申请'], ['27%', 27, '窗口申请']]],
    // 占比 and 占用 are no share phrase: they stay
    ['持证执法人员占比达到91%。', [['91%', 91, '持证执法人员占比']]],
    ['查处占用林地8亩。', [['8亩', 8, '占用林地']]],
  ];
  it('takes the part before 占', () => check(rows));
});

describe('subject: a verb inside the name of a measure', () => {
  const rows: Row[] = [
    ['平均办理时间1.5个工作日。', [['1.5个工作日', 1.5, '平均办理时间']]],
    ['复议案件审结时长平均为41天。', [['41天', 41, '复议案件审结时长']]],
    ['平均受理周期2天。', [['2天', 2, '平均受理周期']]],
    ['执法人员考试平均成绩86分。', [['86分', 86, '执法人员考试平均成绩']]],
    ['办理时限平均缩短至4个工作日。', [['4个工作日', 4, '办理时限']]],
    // as before: a rate keeps its verb, an action verb before a plain noun is stripped
    ['复议调解成功率为76%。', [['76%', 76, '复议调解成功率']]],
    ['全年办理信访事项230件。', [['230件', 230, '信访事项']]],
    ['组织开展普法讲座18场。', [['18场', 18, '普法讲座']]],
    ['集中开展比武竞赛3次。', [['3次', 3, '比武竞赛']]],
  ];
  it('keeps the verb before 时间, 时长, 周期, 成绩 …', () => check(rows));
});

describe('subject: never a bare verb, time, scope word or distribution', () => {
  const rows: Row[] = [
    // a bare verb with nothing further left: no subject
    ['开展送法下乡12次,覆盖群众3000余人。', [['12次', 12, '送法下乡'], ['3000余人', 3000, '覆盖群众']]],
    ['组织宣讲6场,覆盖800余人次。', [['6场', 6, '宣讲'], ['800余人次', 800, null]]],
    // a distributive phrase: the noun to its left, else none
    ['执法车辆按每个所队2辆配备。', [['2辆', 2, '执法车辆']]],
    ['困难家庭按每户300元发放。', [['300元', 300, '困难家庭']]],
    ['各社区按每人150元标准发放。', [['150元', 150, '各社区']]],
    ['网格按照每百户1名配备网格员。', [['1名', 1, '网格']]],
    ['按照每个行政村2名配备法律明白人。', [['2名', 2, '配备法律明白人']]],
    ['整体提速45%。', [['45%', 45, null]]],
    // a place word or a dangling 的 at the end is no part of the subject; a noun ending so stays
    ['全县14个社区中,已有9个建成调解室。', [['14个', 14, '社区'], ['9个', 9, null]]],
    ['新招录的执法人员中,具有法律职业资格的37人。', [['37人', 37, '具有法律职业资格']]],
    ['辖区内共有普通高中5所。', [['5所', 5, '普通高中']]],
    // as before: a noun after 每 that is counted stays
    ['每户补助600元。', [['600元', 600, '每户补助']]],
    ['每万人拥有调解员数4.2名。', [['4.2名', 4.2, '每万人拥有调解员数']]],
  ];
  it('looks further left, else gives no subject', () => check(rows));
});

describe('subject: a note in brackets belongs to the noun before it', () => {
  const rows: Row[] = [
    ['建成省级民主法治示范村(社区)14个。', [['14个', 14, '省级民主法治示范村(社区)']]],
    ['办理案件(含行政复议)12件。', [['12件', 12, '案件(含行政复议)']]],
    // a note after a verb or punctuation is no part of a noun: the clause ends there as before
    ['开展检查(2次)。', [['2次', 2, '检查']]],
    ['全年办理(不含移送)8件。', [['8件', 8, null]]],
  ];
  it('reads over a short note in brackets', () => check(rows));
});

describe('cleanSubject and isBareSubject', () => {
  const cleaned: [string, string][] = [
    ['窗口等候时间较上年', '窗口等候时间'],
    ['审批时限压缩至', '审批时限'],
    ['服务事项由原来的', '服务事项'],
    ['考核权重占总分的', '考核权重'],
    ['平均办理时间', '平均办理时间'],
    ['按照每个社区', ''],
    ['其中精简', ''],
    ['全年保留', '保留'],
    ['结案时长平均为', '结案时长'],
    ['开展专项检查', '专项检查'],
  ];
  it.each(cleaned)('cleanSubject(%s) is %s', (text, want) => {
    expect(cleanSubject(text)).toBe(want);
  });

  const bare: [string, boolean][] = [
    ['精简', true], ['提速', true], ['保留', false], ['审结', false], ['受理', false], ['中', true], ['月', true], ['覆盖', true], ['压缩至', true],
    ['户', false], ['案', false], ['罚款', false], ['检查', false], ['行政处罚', false], ['投资', false],
  ];
  it.each(bare)('isBareSubject(%s) is %s', (s, want) => {
    expect(isBareSubject(s)).toBe(want);
  });
});

describe('subject rules on adversarial runs', () => {
  const pieces = ['较', '比', '占', '每', '按每', '由原来的', '压缩至', '的', '时间', '分别'];
  it.each(pieces)('a long run of %s before a figure gives a subject within the clause', (piece) => {
    const text = `执法事项${piece.repeat(3000)}12件。`;
    const ms = metricsOf(text);
    expect(ms.map((m) => m.raw)).toEqual(['12件']);
    const m = ms[0]!;
    expect(text.slice(m.span.start, m.span.end)).toBe('12件');
    expect((m.subject ?? '').length).toBeLessThanOrEqual(40);
  });
});

describe('subject: the noun after a note in brackets that follows the figure', () => {
  it('passes over the note (举办4次(每季度一次)“法治”讲座 → “法治”讲座)', () => {
    check([
      ['其中举办4次(每季度一次)“法治”讲座,', [['4次', 4, '“法治”讲座']]],
      // a note of a sentence's length, or one the clause ends after, is no bridge
      ['共办理案件12件(同比增长5%),', [['12件', 12, '案件'], ['5%', 5, '案件']]],
    ]);
  });
});

describe('metrics: a share as the object of a verb, and quoted words before a noun', () => {
  it('覆盖76.4%人口: a share right after a verb is a share of the noun after it', () => {
    check([
      ['公共法律服务网络覆盖76.4%人口。', [['76.4%', 76.4, '人口']]],
      // no verb before it: the share keeps the words before it
      ['满意率95%,', [['95%', 95, '满意率']]],
    ]);
  });

  it('“失联”“空壳”小额贷款公司: the noun after a figure reads past quoted words before it', () => {
    check([['依法注销8家“僵尸”“空转”融资担保公司。', [['8家', 8, '“僵尸”“空转”融资担保公司']]]]);
  });
});

describe('subject: the words after a figure, as the genre writes them', () => {
  it('reads a level with its alternatives in brackets as one noun (市(州), 县(市、区), 村(社区))', () => {
    check([
      ['全省已有9个市(州)、86个县(市、区)建成示范点。', [['9个', 9, '市(州)'], ['86个', 86, '县(市、区)']]],
      ['全区32个村（社区）均配备法律顾问。', [['32个', 32, '村（社区）']]],
    ]);
  });

  it('reads a township level of one character after its count (辖5个乡、2个镇)', () => {
    check([['该县辖5个乡、2个镇、3个社区。', [['5个', 5, '乡'], ['2个', 2, '镇'], ['3个', 3, '社区']]]]);
  });

  it('reads a quoted name whole, its numerals included, and never ends a subject inside quotes', () => {
    check([
      // 一次 inside the quotes is no figure and does not cut the subject
      ['其中41项实现“一次都不跑”。', [['41项', 41, '实现“一次都不跑”']]],
    ]);
    const [m] = metricsOf('共有12家单位纳入“信用联合奖惩对象名单管理系统”。');
    expect((m?.subject?.match(/“/gu) ?? []).length).toBe((m?.subject?.match(/”/gu) ?? []).length);
  });
});
