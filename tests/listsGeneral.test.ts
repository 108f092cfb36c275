// Forms of problems and plans beyond the first samples: both lists in one paragraph, a lead clause
// that announces the problems, and the intros and closing sentences around a problems section.
import { describe, expect, it } from 'vitest';
import { listsPass } from '../src/lists/index.js';
import type { ListItem } from '../src/schema.js';
import { draftFor } from './listsSections.js';

function run(text: string, year: number | null): { problems: ListItem[]; plans: ListItem[] } {
  const { doc, draft } = draftFor(text, year);
  const out = listsPass.run(doc, draft);
  return { problems: out.problems ?? [], plans: out.plans ?? [] };
}

const WORK = '一、主要工作\n办结行政复议案件12件。\n';

describe('problems and plans in one paragraph', () => {
  it.each([
    {
      label: '仍存在A、B等问题。下一步,…以下几个方面工作:一是…',
      text: `${WORK}一年来,我镇法治建设取得了一定成效,但也清醒地看到,仍存在法治宣传不够深入、执法队伍力量薄弱、信息化建设滞后、群众法治意识不强等问题。下一步,我镇将重点抓好以下几个方面工作:一是深化法治宣传;二是充实执法力量;三是推进智慧执法;四是提升群众法治意识。\n`,
      problems: ['法治宣传不够深入', '执法队伍力量薄弱', '信息化建设滞后', '群众法治意识不强'],
      plans: ['深化法治宣传;', '充实执法力量;', '推进智慧执法;', '提升群众法治意识。'],
    },
    {
      label: '今后 with 第一,/第二,',
      text: `${WORK}工作中还存在学法形式单一、执法文书不规范等问题。今后,我局将从以下方面改进:第一,丰富学法形式;第二,规范执法文书。\n`,
      problems: ['学法形式单一', '执法文书不规范'],
      plans: ['丰富学法形式;', '规范执法文书。'],
    },
    {
      label: 'a later year with (一)(二)',
      text: `${WORK}我局仍存在制度建设滞后、监督力量不足等不足。2025年,我局将重点做好以下工作:(一)健全制度体系;(二)强化行政监督。\n`,
      problems: ['制度建设滞后', '监督力量不足'],
      plans: ['健全制度体系;', '强化行政监督。'],
    },
    {
      label: '为此 with plain sentences',
      text: `${WORK}我局尚存在执法培训不足、信息化水平不高等问题。为此,我局将继续加强执法培训。我局将进一步推进信息化建设。\n`,
      problems: ['执法培训不足', '信息化水平不高'],
      plans: ['为此,我局将继续加强执法培训。', '我局将进一步推进信息化建设。'],
    },
    {
      label: '明年 after 等短板',
      text: `${WORK}全县仍然存在基层法治力量薄弱、法律服务供给不足等短板。明年,我们将着力补齐短板:一是充实基层力量;二是扩大法律服务供给。\n`,
      problems: ['基层法治力量薄弱', '法律服务供给不足'],
      plans: ['充实基层力量;', '扩大法律服务供给。'],
    },
    {
      label: '也存在不足,主要是A、B等问题。今后,…:1.…;2.…',
      text: `${WORK}一年来虽取得成效,但也存在不足,主要是执法力量不足、普法形式单一等问题。今后,我局将围绕以下方面开展工作:1.充实执法力量;2.创新普法形式。\n`,
      problems: ['执法力量不足', '普法形式单一'],
      plans: ['充实执法力量;', '创新普法形式。'],
    },
    {
      label: '存在以下问题:一是… then 下一步:一是… in the same paragraph',
      text: `${WORK}对照上级要求,我局还存在以下问题:一是学法不够系统;二是执法不够规范。下一步,我局将做好以下工作:一是建立学法制度;二是开展执法培训。\n`,
      problems: ['学法不够系统;', '执法不够规范。'],
      plans: ['建立学法制度;', '开展执法培训。'],
    },
    {
      label: '认识到存在的不足:一是… (the admission after a verb of seeing), then a later year: 一是…',
      text: `${WORK}成绩面前,我们也清楚地认识到存在的不足:一是学法制度落实不够;二是执法文书质量不高。2025年,我局将从以下方面着力:一是严格学法制度;二是开展文书评查。\n`,
      problems: ['学法制度落实不够;', '执法文书质量不高。'],
      plans: ['严格学法制度;', '开展文书评查。'],
    },
    {
      label: 'a later year opening the plans straight into 一是: …不足。2025年,我局将一是…;二是…',
      text: `${WORK}二、存在的问题和下一步打算\n我局也存在一些问题:一是执法力量不足;二是普法形式单一。2025年,我局将一是充实执法力量;二是创新普法形式。\n`,
      problems: ['执法力量不足;', '普法形式单一。'],
      plans: ['充实执法力量;', '创新普法形式。'],
    },
    {
      label: 'text from a PDF, wrapped mid-sentence: an item goes on over the line break',
      text: `${WORK}二、存在的不足\n一年来,我局法治政府建设工作取得了一定成效,但仍存在一些薄弱环节:一是部分干部\n法治意识还不够强,依法行政能力有待提高;二是执法力量与日益繁重的监管\n任务不相适应。\n`,
      problems: ['部分干部\n法治意识还不够强,依法行政能力有待提高;', '执法力量与日益繁重的监管\n任务不相适应。'],
      plans: [],
    },
    {
      label: 'lines written without any punctuation stay one item each',
      text: `${WORK}二、下一步工作打算\n加强行政执法队伍建设提升执法人员综合素质和能力水平\n深化行政复议体制改革推进复议规范化建设工作全面开展\n`,
      problems: [],
      plans: ['加强行政执法队伍建设提升执法人员综合素质和能力水平', '深化行政复议体制改革推进复议规范化建设工作全面开展'],
    },
    {
      label: 'found and fixed with 已将…整改: no items',
      text: `${WORK}检查中发现部分单位还存在执法人员不足、台账记录不规范等问题,已将其全部整改到位。\n`,
      problems: [],
      plans: [],
    },
    {
      label: 'a problems section of one sentence: …仍存在着A、B、C等问题,需要…加以解决',
      text: `${WORK}二、存在的问题\n对照上级要求,全县交通运输法治建设仍存在着立法进度滞后、基层执法队伍素质参差不齐、新型监管手段运用不足等问题,需要在今后工作中认真研究、切实加以解决。\n`,
      problems: ['立法进度滞后', '基层执法队伍素质参差不齐', '新型监管手段运用不足'],
      plans: [],
    },
    {
      label: 'problems found, listed and fixed in one sentence: no items',
      text: `${WORK}二、存在的问题\n专项检查中发现部分单位仍存在台账不全、记录不规范等问题,已全部督促整改到位。\n`,
      problems: ['专项检查中发现部分单位仍存在台账不全、记录不规范等问题,已全部督促整改到位。'],
      plans: [],
    },
    {
      label: 'problems found and fixed, then a closing 下一步 sentence of an achievement paragraph: no items',
      text: `${WORK}检查中发现并整改卷宗不规范、证据不充分等问题18个。下一步,我局将继续加强案卷评查。\n`,
      problems: [],
      plans: [],
    },
  ])('$label', ({ text, problems, plans }) => {
    const out = run(text, 2024);
    expect(out.problems.map((it) => it.text)).toEqual(problems);
    expect(out.plans.map((it) => it.text)).toEqual(plans);
    for (const it of [...out.problems, ...out.plans]) expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
  });
});

describe('the edges of a problems section', () => {
  it.each([
    {
      label: 'a lead clause that announces ;-separated problems is left out of the first item',
      text: '二、存在的问题\n对照法治政府建设要求,我局工作还存在一些差距:学法用法氛围不够浓厚;执法人员专业能力不足;信息化水平不高。\n',
      problems: ['学法用法氛围不够浓厚;', '执法人员专业能力不足;', '信息化水平不高。'],
    },
    {
      label: 'words of finding and solving inside the problems listed name the problems (纠纷化解机制, 发现难)',
      text: '三、存在的问题\n一年来,我局工作虽取得一定成效,但仍存在矛盾纠纷化解机制不够健全、违法行为发现难、查处难等问题。\n',
      problems: ['矛盾纠纷化解机制不够健全', '违法行为发现难', '查处难'],
    },
    {
      label: 'an intro that admits short boards and weak links is left out',
      text: '二、存在的问题\n对照新形势新要求,我局还存在一些短板弱项和薄弱环节。\n执法人员专业能力不足。\n信息化水平不高。\n',
      problems: ['执法人员专业能力不足。', '信息化水平不高。'],
    },
    {
      label: 'a long intro ending on a colon is left out',
      text: '二、存在的问题\n一年来,虽然我局在推进法治政府建设方面做了大量工作,取得了一定成效,但对照上级要求和人民群众的新期待,还有一定差距,主要表现在以下几个方面:\n执法人员专业能力不足。\n信息化水平不高。\n',
      problems: ['执法人员专业能力不足。', '信息化水平不高。'],
    },
    {
      label: 'a long intro ending on 以下几个方面。 is left out',
      text: '二、存在的问题\n一年来,虽然我局在推进法治政府建设方面做了大量工作,取得了一定成效,但对照上级要求和人民群众的新期待,还有一定差距,具体表现在以下几个方面。\n执法人员专业能力不足。\n信息化水平不高。\n',
      problems: ['执法人员专业能力不足。', '信息化水平不高。'],
    },
    {
      label: 'a closing sentence in the last 一是 item is left out',
      text: '二、存在的问题\n一是执法人员专业能力不足;二是信息化水平不高。对于以上问题,我局将在今后工作中切实加以解决。\n',
      problems: ['执法人员专业能力不足;', '信息化水平不高。'],
    },
    {
      label: 'a closing paragraph after the last sub-section is left out',
      text: '二、存在的问题\n(一)执法力量不足\n基层执法人员偏少。\n(二)信息化滞后\n系统建设不完善。\n我们将在今后工作中认真研究,切实加以解决。\n',
      problems: ['执法力量不足\n基层执法人员偏少。', '信息化滞后\n系统建设不完善。'],
    },
    {
      label: 'an intro ending 相比还有较大差距 and a closing paragraph around numbered problems are left out',
      text: '四、存在的问题\n2024年,我局法治政府建设工作虽然取得了一定成效,但与上级要求相比还有较大差距。\n1.学法用法氛围不够浓厚。部分干部学法积极性不高。\n2.执法队伍素质有待提高。\n这些问题,我们将在今后的工作中认真研究,切实加以解决。\n',
      problems: ['学法用法氛围不够浓厚。部分干部学法积极性不高。', '执法队伍素质有待提高。'],
    },
    {
      label: 'a shortcoming that names what falls short (执法能力与新形势要求还有差距) is an item, not a bare admission',
      text: '二、存在的问题\n乡镇法治力量较为薄弱,部分行政执法人员执法能力与新形势要求还有差距。\n',
      problems: ['乡镇法治力量较为薄弱,部分行政执法人员执法能力与新形势要求还有差距。'],
    },
    {
      label: 'a problem that names its kind (存在取证不规范的问题) stays an item',
      text: '二、存在的问题\n执法中还存在取证不规范的问题。\n信息化水平不高。\n',
      problems: ['执法中还存在取证不规范的问题。', '信息化水平不高。'],
    },
  ])('$label', ({ text, problems }) => {
    const out = run(text, 2024);
    expect(out.problems.map((it) => it.text)).toEqual(problems);
    expect(out.plans).toEqual([]);
    for (const it of out.problems) expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
  });

  it('starts the first item after the colon of the clause that announces the problems', () => {
    const text = '二、存在的问题\n我局还存在一些差距:学法不够;执法不严。\n';
    const [first] = run(text, 2024).problems;
    expect(first?.span).toEqual({ start: 18, end: 23 });
    expect(text.slice(18, 23)).toBe('学法不够;');
  });
});

describe('problems listed after a colon, plans in the next paragraph', () => {
  it.each([
    {
      label: '还有一些薄弱环节:A;B;C。 in a plain paragraph gives A, B, C',
      text: `${WORK}同时也要看到,我局法治政府建设还有一些薄弱环节:执法人员专业能力不足;普法宣传针对性不强;信息化水平不高。\n`,
      problems: ['执法人员专业能力不足;', '普法宣传针对性不强;', '信息化水平不高。'],
      plans: [],
    },
    {
      label: '为此,我局将… after an inline list of problems is the plans',
      text: `${WORK}我局仍存在执法力量不足、信息化水平不高等问题。\n为此,我局将进一步充实执法力量,加快推进信息化建设。\n三、其他工作\n做好信访工作。\n`,
      problems: ['执法力量不足', '信息化水平不高'],
      plans: ['为此,我局将进一步充实执法力量,加快推进信息化建设。'],
    },
    {
      label: 'a colon after an admission with one clause only is no list',
      text: `${WORK}但也存在一些不足:普法宣传的覆盖面有待扩大。\n`,
      problems: [],
      plans: [],
    },
  ])('$label', ({ text, problems, plans }) => {
    const out = run(text, 2024);
    expect(out.problems.map((it) => it.text)).toEqual(problems);
    expect(out.plans.map((it) => it.text)).toEqual(plans);
    for (const it of [...out.problems, ...out.plans]) expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
  });
});
