import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingKind, headingRole } from '../src/data/listCues.js';
import { listsPass } from '../src/lists/index.js';
import type { ListItem } from '../src/schema.js';
import { draftFor } from './listsSections.js';

function run(text: string, year: number | null): { problems: ListItem[]; plans: ListItem[] } {
  const { doc, draft } = draftFor(text, year);
  const out = listsPass.run(doc, draft);
  return { problems: out.problems ?? [], plans: out.plans ?? [] };
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8');
}

/** Every item's span slices back to its text. */
function expectSpans(text: string, items: readonly ListItem[]): void {
  for (const it of items) expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
}

describe('listsPass on whole reports', () => {
  it.each([
    {
      name: 'lists-both',
      year: 2023,
      problems: ['执法人员专业素质参差不齐', '法治宣传形式较为单一', '基层执法装备不足'],
      plans: [
        '持续深化学习贯彻习近平法治思想,把法治学习纳入党组理论学习中心组学习计划。',
        '加强执法队伍建设,开展执法人员轮训。',
        '创新普法宣传方式,提高普法实效。',
      ],
    },
    {
      name: 'lists-inline',
      year: 2022,
      problems: ['法治队伍力量薄弱', '信息化建设滞后', '普法针对性不强'],
      plans: [
        '加强法治队伍建设,充实基层法治工作力量;',
        '推进智慧司法建设,提升信息化水平;',
        '落实“谁执法谁普法”责任制,增强普法针对性。',
      ],
    },
    {
      name: 'lists-causes',
      year: 2024,
      problems: [
        '执法力量与监管任务不相适应,基层执法人员数量偏少。',
        '执法人员专业能力有待提高,对新业态新领域执法经验不足。',
      ],
      plans: [
        '加强执法队伍建设,开展全员执法培训。',
        '完善执法检查计划,推进分类分级执法。',
        '深化普法宣传,推动企业落实安全生产主体责任。',
      ],
    },
    {
      name: 'lists-announce',
      year: 2023,
      problems: ['部分干部法治意识仍需增强;', '法治宣传的覆盖面不够广。'],
      plans: ['抓好领导干部学法,将法治学习纳入镇党委理论学习中心组学习内容。', '开展“法律进乡村”活动,扩大普法覆盖面。'],
    },
    {
      name: 'lists-year',
      year: 2023,
      problems: [],
      plans: [
        '2024年,我局将继续深入学习贯彻习近平法治思想。',
        '进一步健全依法决策机制,严格落实重大行政决策程序。',
        '持续提升行政执法规范化水平。',
      ],
    },
    {
      name: 'lists-parts',
      year: 2024,
      problems: ['部分学校依法治校意识不强,制度建设不够完善;', '教育行政执法力量薄弱。'],
      plans: ['深化法治学习。组织领导干部集中学法不少于4次。', '推进依法治校。完善学校章程,健全依法治校机制。'],
    },
    {
      name: 'lists-numbered',
      year: 2023,
      problems: ['法治宣传形式单一,群众参与度不高。', '村级法律顾问作用发挥不充分。', '基层法治人才缺乏。'],
      plans: [
        '加强学法用法。\n严格落实领导干部学法制度,推动领导干部带头尊法学法守法用法。',
        '深化法治乡村建设。\n开展民主法治示范村创建活动,培育农村学法用法示范户。',
      ],
    },
    { name: 'lists-none', year: 2024, problems: [], plans: [] },
    { name: 'lists-none', year: null, problems: [], plans: [] },
  ])('$name (year $year)', ({ name, year, problems, plans }) => {
    const text = fixture(name);
    const out = run(text, year);
    expect(out.problems.map((it) => it.text)).toEqual(problems);
    expect(out.plans.map((it) => it.text)).toEqual(plans);
    expectSpans(text, [...out.problems, ...out.plans]);
  });
});

describe('listsPass on short texts', () => {
  it.each([
    {
      label: 'a one-paragraph problems section gives its sentences',
      text: '三、存在的问题与不足\n法治宣传形式不够灵活。普法活动有待改进。\n',
      problems: ['法治宣传形式不够灵活。', '普法活动有待改进。'],
      plans: [],
    },
    {
      label: 'sub-sections of a plans section keep their run-in title',
      text: '四、2025年工作计划\n(一)深化依法行政。严格规范执法。\n(二)加强普法。落实普法责任制。\n',
      problems: [],
      plans: ['深化依法行政。严格规范执法。', '加强普法。落实普法责任制。'],
    },
    {
      label: 'a combined heading splits sub-sections at the first plan heading',
      text: '三、存在的问题及下一步打算\n(一)存在的问题\n执法力量不足。\n(二)下一步打算\n一是加强培训;二是充实力量。\n',
      problems: ['执法力量不足。'],
      plans: ['加强培训;', '充实力量。'],
    },
    {
      label: 'a combined heading without sub-headings splits by shortcoming words',
      text: '三、存在的问题和工作打算\n(一)执法队伍力量不足\n(二)加强执法队伍建设\n',
      problems: ['执法队伍力量不足'],
      plans: ['加强执法队伍建设'],
    },
    {
      label: 'the intro line before a list is left out',
      text: '二、存在的问题\n主要存在以下问题:\n1.法治意识不强。\n2.人才短缺。\n',
      problems: ['法治意识不强。', '人才短缺。'],
      plans: [],
    },
    {
      label: 'a signature after the last plan is left out',
      text: '三、下一步工作打算\n一是健全制度。\n二是强化监督。\n某某局\n2024年1月5日\n',
      problems: [],
      plans: ['健全制度。', '强化监督。'],
    },
    {
      label: 'a sub-heading that is all title is an item, not an empty container',
      text: '二、存在的问题\n(一)不足。\n(二)短板。\n',
      problems: ['不足。', '短板。'],
      plans: [],
    },
    {
      label: 'a plans sub-section inside a problems section turns to plans',
      text: '三、存在的不足\n(一)执法力量薄弱。\n(二)下一步措施\n加强执法培训。\n',
      problems: ['执法力量薄弱。'],
      plans: ['加强执法培训。'],
    },
    {
      label: 'a closing formula after the plans is left out',
      text: '四、问题与展望\n(一)存在问题\n信息化水平不高。\n(二)工作展望\n推进智慧执法。\n推动数据共享。\n特此报告。\n',
      problems: ['信息化水平不高。'],
      plans: ['推进智慧执法。', '推动数据共享。'],
    },
    {
      label: 'improvement measures after the problems are plans',
      text: '三、存在的问题及改进措施\n(一)存在问题\n执法装备不足。\n(二)改进措施\n加大装备投入。\n',
      problems: ['执法装备不足。'],
      plans: ['加大装备投入。'],
    },
    {
      label: 'a paragraph on what to do about the problems is a plan',
      text: '三、存在的问题\n法治宣传覆盖面不广。\n针对上述问题,我局将创新普法方式。\n',
      problems: ['法治宣传覆盖面不广。'],
      plans: ['针对上述问题,我局将创新普法方式。'],
    },
    {
      label: 'inline (1)(2) markers, one form per list',
      text: '三、存在的问题\n主要是:(1)学法不够系统;(2)执法不够规范。\n',
      problems: ['学法不够系统;', '执法不够规范。'],
      plans: [],
    },
    {
      label: 'a 一是 list is not broken by (1)(2) inside an item',
      text: '三、下一步打算\n一是加强培训,包括(1)集中轮训(2)以案释法;二是规范执法。\n',
      problems: [],
      plans: ['加强培训,包括(1)集中轮训(2)以案释法;', '规范执法。'],
    },
    {
      label: 'a bridge sentence to next steps is no problem',
      text: '三、存在的问题\n执法人员不足。\n信息化水平不高。\n这些问题需要在今后工作中认真加以解决。\n',
      problems: ['执法人员不足。', '信息化水平不高。'],
      plans: [],
    },
    {
      label: 'one paragraph with problems then 下一步 splits at the sentence',
      text: '三、存在的问题和下一步打算\n执法力量不足。下一步,我局将加强培训;充实执法力量。\n',
      problems: ['执法力量不足。'],
      plans: ['下一步,我局将加强培训;', '充实执法力量。'],
    },
    {
      label: 'a 我局将继续 paragraph after the problems turns to plans',
      text: '三、存在问题及工作打算\n普法形式单一。\n为此,我局将继续创新普法形式。\n',
      problems: ['普法形式单一。'],
      plans: ['为此,我局将继续创新普法形式。'],
    },
    {
      label: 'causes in the same paragraph as the problems are left out',
      text: '二、2023年度推进法治政府建设存在的不足和原因\n仍存在一些不足:一是学法不够深入;二是执法不够规范。究其原因,主要是培训不足。\n三、2024年度推进法治政府建设的主要安排\n加强培训。\n',
      problems: ['学法不够深入;', '执法不够规范。'],
      plans: ['加强培训。'],
    },
    {
      label: 'a cause after each problem is cut from that item only',
      text: '二、存在的不足和原因\n一是学法不深入。主要原因是时间少。二是执法不规范。这些问题的产生,主要原因在于培训不够。\n',
      problems: ['学法不深入。', '执法不规范。'],
      plans: [],
    },
    {
      label: 'a template report: run-in 存在的不足 container, causes sub-section left out',
      text: '二、2024年度推进法治政府建设存在的不足和原因\n(一)存在的不足。一是学法不深入;二是执法不规范。\n(二)原因分析。培训不够。\n三、2024年度党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n四、2025年度推进法治政府建设的主要安排\n(一)加强学法。组织集中学法。\n',
      problems: ['学法不深入;', '执法不规范。'],
      plans: ['加强学法。组织集中学法。'],
    },
    {
      label: 'a 下一步 intro followed by sub-sections of an achievement part takes them as plans',
      text: '五、其他工作\n完成普法任务。\n下一步,我局将重点做好以下工作:\n(一)加强学习。组织集中学法。\n(二)规范执法。开展案卷评查。\n',
      problems: [],
      plans: ['加强学习。组织集中学法。', '规范执法。开展案卷评查。'],
    },
    {
      label: 'an admission intro followed by sub-sections takes them as problems',
      text: '一、主要成效\n办结案件12件。\n但也存在一些不足,主要表现在:\n(一)学法不够深入。\n(二)执法不够规范。\n',
      problems: ['学法不够深入。', '执法不够规范。'],
      plans: [],
    },
    {
      label: 'an admission with a 一是 list stops where next steps begin',
      text: '一、主要成效\n但也存在一些不足:一是学法不深入;二是执法不规范。下一步,我局将重点抓好两方面:一是加强培训;二是严格执法。\n',
      problems: ['学法不深入;', '执法不规范。'],
      plans: ['加强培训;', '严格执法。'],
    },
    {
      label: 'a sub-section with numbered points of its own is one item',
      text: '四、下一步工作打算\n(一)加强学习\n1.集中学法。\n2.以案释法。\n(二)规范执法\n开展案卷评查。\n',
      problems: [],
      plans: ['加强学习\n1.集中学法。\n2.以案释法。', '规范执法\n开展案卷评查。'],
    },
    {
      label: 'numbered lines after an unmarked plans line lose their numbers',
      text: '三、存在问题\n执法力量不足。\n下步打算:\n1)加强执法力量。\n2)创新普法形式。\n',
      problems: ['执法力量不足。'],
      plans: ['加强执法力量。', '创新普法形式。'],
    },
    {
      label: 'run-in labels 存在的问题: and 下一步打算: head their own paragraphs',
      text: '一、主要成效\n办结案件12件。\n存在的问题:法治宣传不够深入;执法力量薄弱。\n下一步打算:一是加强宣传;二是充实力量。\n',
      problems: ['法治宣传不够深入;', '执法力量薄弱。'],
      plans: ['加强宣传;', '充实力量。'],
    },
    {
      label: 'a title-only problems heading is an item',
      text: '(一)基层执法力量不足。\n',
      problems: ['基层执法力量不足。'],
      plans: [],
    },
    {
      label: 'a review-then-plans heading keeps its achievements out of the plans',
      text: '一、2023年工作情况及2024年工作打算\n(一)工作情况\n办结案件12件。\n(二)2024年工作打算\n加强执法培训。\n',
      problems: [],
      plans: ['加强执法培训。'],
    },
    {
      label: 'a combined heading with the problems as text before plan sub-sections',
      text: '三、存在的问题和下一步打算\n普法形式还不够多样。\n(一)深化依法行政。规范执法。\n(二)加强普法。创新方式。\n',
      problems: ['普法形式还不够多样。'],
      plans: ['深化依法行政。规范执法。', '加强普法。创新方式。'],
    },
    {
      label: 'an intro before problem sub-sections is left out',
      text: '三、存在的问题\n对照上级要求,还存在一些不足,主要表现在以下方面:\n(一)学法不深入。\n(二)执法不规范。\n',
      problems: ['学法不深入。', '执法不规范。'],
      plans: [],
    },
    {
      label: 'problem lines without full stops are items, not headings',
      text: '三、存在的问题\n执法力量不足\n普法形式单一\n',
      problems: ['执法力量不足', '普法形式单一'],
      plans: [],
    },
    {
      label: 'page furniture after the last plan is left out',
      text: '四、下一步工作打算\n加强执法培训。\n推进智慧执法。\n【打印本页】【关闭窗口】\n版权所有:某县人民政府\n电话:0000-1234567\n',
      problems: [],
      plans: ['加强执法培训。', '推进智慧执法。'],
    },
    {
      label: 'a closing paragraph after the last plan is left out',
      text: '四、下一步工作打算\n(一)加强学习。组织集中学法。\n(二)规范执法。开展案卷评查。\n总之,我局将在县委县政府的领导下,奋力开创法治建设新局面。\n',
      problems: [],
      plans: ['加强学习。组织集中学法。', '规范执法。开展案卷评查。'],
    },
    {
      label: 'a later year with 将 as 把 is no plan',
      text: '2024年,我局坚持将法治建设纳入年度考核。\n',
      problems: [],
      plans: [],
    },
    {
      label: 'problems found and fixed are achievements',
      text: '一、加强执法\n检查发现消防通道堵塞、灭火器过期等问题15处,均已整改。坚持发现问题及时整改。\n',
      problems: [],
      plans: [],
    },
    {
      label: '下一步 inside a sentence is not a plan',
      text: '一、加强领导\n党组会研究部署下一步工作,我局将加强落实。\n',
      problems: [],
      plans: [],
    },
    {
      label: 'an unmarked 存在的问题 line heads the problems',
      text: '一、主要成效\n办结案件12件。\n存在的问题\n基层执法力量薄弱。信息化水平不高。\n',
      problems: ['基层执法力量薄弱。', '信息化水平不高。'],
      plans: [],
    },
    {
      label: '今后 paragraph with 一是 lines on the next lines',
      text: '一、主要工作\n完成立法调研3项。\n今后,我局将重点做好以下工作:\n一是完善制度。\n二是加强培训。\n',
      problems: [],
      plans: ['完善制度。', '加强培训。'],
    },
    {
      label: 'traditional characters are read through the view',
      text: '二、存在的問題\n法治意識不強。\n三、下一步工作計劃\n加強學習。\n',
      problems: ['法治意識不強。'],
      plans: ['加強學習。'],
    },
  ])('$label', ({ text, problems, plans }) => {
    const out = run(text, 2023);
    expect(out.problems.map((it) => it.text)).toEqual(problems);
    expect(out.plans.map((it) => it.text)).toEqual(plans);
    expectSpans(text, [...out.problems, ...out.plans]);
  });

  it('gives a sub-section item its heading as title and an explicit span', () => {
    const text = '四、下一步工作计划\n(一)深化依法行政。严格规范执法。\n';
    const [item] = run(text, 2023).plans;
    expect(item?.title).toBe('深化依法行政');
    expect(item?.span).toEqual({ start: 13, end: 27 });
    expect(text.slice(13, 27)).toBe('深化依法行政。严格规范执法。');
  });
});

describe('headingRole / headingKind', () => {
  it.each([
    ['存在的问题与不足', 'problems'],
    ['2024年度推进法治政府建设存在的不足和原因', 'problems'],
    ['存在的问题和下一步打算', 'both'],
    ['主要举措和存在的问题', 'announce'],
    ['法治建设不足的原因', 'causes'],
    ['原因分析', 'causes'],
    ['存在问题的原因', 'causes'],
    ['存在的问题和原因分析', 'problems'],
    ['存在的问题及改进措施', 'both'],
    ['问题与展望', 'both'],
    ['紧扣省委部署和市委工作安排', null],
    ['2025年工作计划', 'plans'],
    ['下步打算', 'plans'],
    ['努力方向', 'plans'],
    ['坚持问题导向,补齐法治短板', null],
    ['解决群众急难愁盼问题', null],
    ['依法处理信访问题', null],
    ['及时调处矛盾纠纷和信访问题', null],
    ['突出问题专项整治', null],
    ['扎实开展群众反映突出问题', null],
    ['推进法治政府建设的打算', 'plans'],
    ['执法工作计划性不强', null],
    ['2024年工作开展情况及2025年工作打算', 'announce'],
    ['2025年工作计划及2024年工作情况', 'plans'],
    ['下一年度工作重点', 'plans'],
    ['存在的问题和今后的打算', 'both'],
    ['重大问题集体决策', null],
    ['群众反映的问题清单管理', null],
    ['工作中的不足', 'problems'],
    ['困难和问题', 'problems'],
    ['面临的困难和挑战', 'problems'],
    ['基层执法力量不足', 'problems'],
    ['创新工作思路,提升执法效能', null],
    ['制定年度普法工作计划', null],
    ['2024年度推进法治政府建设的主要举措和成效', null],
    ['2024年度重点工作推进情况', null],
  ] as const)('%s → %s', (title, role) => expect(headingRole(title)).toBe(role));

  it.each([
    ['2025年重点任务', 2024, 'plans'],
    ['2024年重点任务', 2024, null],
  ] as const)('%s in a %d report → %s', (title, year, role) => expect(headingRole(title, year)).toBe(role));

  it.each([
    ['存在的问题和下一步打算', 'problems'],
    ['下一步工作安排', 'plans'],
    ['主要举措和存在的问题', null],
    ['加强组织领导', null],
  ] as const)('headingKind(%s) → %s', (title, kind) => expect(headingKind(title)).toBe(kind));
});
