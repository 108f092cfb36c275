import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { findMetrics, type Dropped } from '../src/metrics/findMetrics.js';
import type { DistractorReason } from '../src/metrics/distractors.js';
import type { Chrome } from '../src/pipeline.js';
import type { Metric } from '../src/schema.js';
import { parseReport } from '../src/index.js';

const noChrome = (length: number): Chrome => ({ spans: [], body: { start: 0, end: length }, meta: [] });
const metricsOf = (text: string, chrome: Chrome = noChrome(text.length)): Metric[] =>
  findMetrics(createDoc(text), chrome);

type Want = Partial<Omit<Metric, 'span'>> & { raw: string };

/** [text, the metric it states]; span is checked by slicing. */
const POSITIVE: [string, Want][] = [
  ['2020年全市共实施行政处罚2969件,', { raw: '2969件', value: 2969, unit: '件', kind: 'count', subject: '行政处罚' }],
  ['罚款人民币277.2万元,', { raw: '277.2万元', value: 2772000, unit: '元', kind: 'money', subject: '罚款' }],
  ['服务2.2699万人次。', { raw: '2.2699万人次', value: 22699, unit: '人次' }],
  ['处罚违法吸烟行为154人次。', { raw: '154人次', value: 154, unit: '人次', subject: '违法吸烟行为' }],
  ['全市签约服务覆盖率超过35%、', { raw: '35%', value: 35, unit: '%', kind: 'percent', approx: 'over', subject: '签约服务覆盖率' }],
  ['核发诊所备案凭证33件,', { raw: '33件', value: 33, subject: '诊所备案凭证' }],
  ['全市卫生系统300余名医护骨干参加', { raw: '300余名', value: 300, unit: '名', approx: 'over', subject: '医护骨干' }],
  ['开展检查十余次。', { raw: '十余次', value: 10, unit: '次', approx: 'over', subject: '检查' }],
  ['培训两千余人。', { raw: '两千余人', value: 2000, unit: '人', approx: 'over' }],
  ['办理一百二十件。', { raw: '一百二十件', value: 120, unit: '件', approx: null }],
  ['奖励一万零十二元。', { raw: '一万零十二元', value: 10012, unit: '元', kind: 'money' }],
  ['投入二十万元。', { raw: '二十万元', value: 200000, unit: '元' }],
  ['参加行政执法培训两期。', { raw: '两期', value: 2, unit: '期', kind: 'count', subject: '行政执法培训' }],
  ['举办司法行政业务培训班七期,', { raw: '七期', value: 7, unit: '期', kind: 'count', subject: '司法行政业务培训班' }],
  ['建成市级指挥中心一个。', { raw: '一个', value: 1, unit: '个', kind: 'count', subject: '市级指挥中心' }],
  ['全年受理群众诉求6,200 余件。', { raw: '6,200 余件', value: 6200, unit: '件', approx: 'over', subject: '群众诉求' }],
  ['参考人数一万二千余人。', { raw: '一万二千余人', value: 12000, unit: '人', approx: 'over', subject: '参考人数' }],
  ['截获检疫性有害生物312种次。', { raw: '312种次', value: 312, unit: '种次', kind: 'count' }],
  ['跨境电商进出口清单达1.05亿票。', { raw: '1.05亿票', value: 105000000, unit: '票', kind: 'count', subject: '跨境电商进出口清单' }],
  ['受理群众来信1,126件。', { raw: '1,126件', value: 1126, unit: '件', subject: '群众来信' }],
  ['罚款２０，３００元。', { raw: '２０，３００元', value: 20300, unit: '元' }],
  ['办理案件１２３件。', { raw: '１２３件', value: 123, unit: '件' }],
  ['共有3万4000人参加。', { raw: '3万4000人', value: 34000, unit: '人' }],
  ['补助25万6千元。', { raw: '25万6千元', value: 256000, unit: '元' }],
  ['惠及1.2万人次。', { raw: '1.2万人次', value: 12000, unit: '人次' }],
  ['每组5-10人。', { raw: '5-10人', value: 5, max: 10, unit: '人' }],
  ['奖金5万至10万元。', { raw: '5万至10万元', value: 50000, max: 100000, unit: '元' }],
  ['投资10余万元。', { raw: '10余万元', value: 100000, unit: '元', approx: 'over' }],
  ['合格率达到百分之八十,', { raw: '百分之八十', value: 80, unit: '%', subject: '合格率' }],
  ['差错率千分之三。', { raw: '千分之三', value: 3, unit: '‰', kind: 'percent' }],
  // Chinese numerals the scanner reads as a plain run, and those it leaves to the regex (a decimal)
  ['建成一百二十家。', { raw: '一百二十家', value: 120, unit: '家' }],
  ['投入三点五万元。', { raw: '三点五万元', value: 35000, unit: '元' }],
  [
    '行政处罚2969件,比上年提升116%,',
    { raw: '116%', value: 116, kind: 'change', change: { direction: 'up', basis: '上年' } },
  ],
  [
    '刑事立案数(同比下降8.3%)',
    { raw: '8.3%', value: 8.3, kind: 'change', change: { direction: 'down', basis: '同比' }, subject: '刑事立案数' },
  ],
  [
    '覆盖率提高2.5个百分点。',
    { raw: '2.5个百分点', value: 2.5, unit: '个百分点', kind: 'change', change: { direction: 'up', basis: null } },
  ],
  ['发布信息近4500条。', { raw: '4500条', value: 4500, approx: 'about' }],
  ['约500人参加。', { raw: '500人', approx: 'about' }],
  ['参会50人左右。', { raw: '50人', approx: 'about' }],
  ['不足10人。', { raw: '10人', approx: 'under' }],
  ['完成率100%以上,', { raw: '100%', approx: 'over', subject: '完成率' }],
  ['掌上执法记录10442户次,人均64次。', { raw: '10442户次', unit: '户次', subject: '掌上执法记录' }],
  ['对21家医疗机构开展综合监管', { raw: '21家', unit: '家', subject: '医疗机构' }],
  ['召开22次党组会、', { raw: '22次', unit: '次', subject: '党组会' }],
  ['先后4次参加“一把手跟执法”活动', { raw: '4次', subject: '参加“一把手跟执法”活动' }],
  ['局务会先后14次组织学习党的二十大精神', { raw: '14次', subject: '组织学习党的二十大精神' }],
  ['提出废止7个与现行政策不符的文件。', { raw: '7个', unit: '个', subject: '文件' }],
  ['调解成功率98.5%。', { raw: '98.5%', subject: '调解成功率' }],
  ['办结率、满意率均为100%。', { raw: '100%', subject: '办结率、满意率' }],
  ['近千人参加。', { raw: '千人', value: 1000, approx: 'about' }],
  ['帮扶百余家企业。', { raw: '百余家', value: 100, unit: '家', approx: 'over', subject: '企业' }],
  ['参与群众万余人。', { raw: '万余人', value: 10000, approx: 'over' }],
  ['涉案金额超100万元。', { raw: '100万元', value: 1000000, approx: 'over' }],
  ['提出整改意见五十二条,', { raw: '五十二条', value: 52, unit: '条', subject: '整改意见' }],
  ['组建三支队伍。', { raw: '三支', value: 3, unit: '支', subject: '队伍' }],
  ['走访三四次。', { raw: '三四次', value: 3, max: 4, approx: 'about' }],
  ['百分之百完成。', { raw: '百分之百', value: 100, unit: '%' }],
  ['承办三至五人。', { raw: '三至五人', value: 3, max: 5 }],
  ['开展“双随机、一公开”抽查236次,', { raw: '236次', subject: '“双随机、一公开”抽查' }],
  ['95%以上的矛盾纠纷化解在基层', { raw: '95%', approx: 'over', subject: '矛盾纠纷' }],
  ['发现隐患86处,', { raw: '86处', unit: '处', subject: '隐患' }],
  ['接听热线来电3.6万余个。', { raw: '3.6万余个', value: 36000, unit: '个', approx: 'over' }],
  ['共办理 12 件。', { raw: '12 件', value: 12, unit: '件' }],
  ['增长5%-10%。', { raw: '5%-10%', value: 5, max: 10, unit: '%', kind: 'change' }],
  [
    '新增市场主体2.3万户,同比增长15%。',
    { raw: '15%', kind: 'change', change: { direction: 'up', basis: '同比' }, subject: '市场主体' },
  ],
  ['比2020年增长12%。', { raw: '12%', change: { direction: 'up', basis: '2020年' } }],
  ['提高一个百分点。', { raw: '一个百分点', value: 1, unit: '个百分点', kind: 'change' }],
  ['办理时限压缩至3个工作日。', { raw: '3个工作日', value: 3, unit: '个工作日', kind: 'other' }],
  // measure words of the whole genre: education, health, courts, agriculture, tax, housing …
  ['组织执法人员培训32学时,', { raw: '32学时', value: 32, unit: '学时', kind: 'other', subject: '执法人员培训' }],
  ['抽检食品添加剂5种,', { raw: '5种', value: 5, unit: '种', kind: 'count', subject: '食品添加剂' }],
  ['开设法治课一百二十节,', { raw: '一百二十节', value: 120, unit: '节', subject: '法治课' }],
  ['评查行政执法案卷300卷,', { raw: '300卷', value: 300, unit: '卷', subject: '行政执法案卷' }],
  ['接种疫苗1.2万剂次,', { raw: '1.2万剂次', value: 12000, unit: '剂次', subject: '疫苗' }],
  ['出动执法车辆320车次、船艇12艘次,', { raw: '12艘次', value: 12, unit: '艘次', subject: '船艇' }],
  ['生猪存栏1.2万头,', { raw: '1.2万头', value: 12000, unit: '头', subject: '生猪存栏' }],
  ['办理出口退税1.2万笔,', { raw: '1.2万笔', value: 12000, unit: '笔', subject: '出口退税' }],
  ['改造老旧小区住宅86栋,', { raw: '86栋', value: 86, unit: '栋', subject: '老旧小区住宅' }],
  ['新增造林面积2.3万公顷,', { raw: '2.3万公顷', value: 23000, unit: '公顷', kind: 'other' }],
  ['PM2.5平均浓度32微克/立方米,', { raw: '32微克/立方米', value: 32, unit: '微克/立方米', kind: 'other' }],
  ['累计投入劳动力1.5万工日,', { raw: '1.5万工日', value: 15000, unit: '工日' }],
  ['办理婚姻登记3200对,', { raw: '3200对', value: 3200, unit: '对', subject: '婚姻登记' }],
  ['节约用电120万度,', { raw: '120万度', value: 1200000, unit: '度', kind: 'other' }],
  // multipliers and Chinese numerals before two-character units
  ['12345热线接听来电27.5万次,', { raw: '27.5万次', value: 275000, unit: '次', subject: '12345热线接听来电' }],
  ['接听来电27.5 万次,', { raw: '27.5 万次', value: 275000, unit: '次' }],
  ['门户网站访问量27.5万次,', { raw: '27.5万次', value: 275000, subject: '门户网站访问量' }],
  ['培训干部职工百余人次。', { raw: '百余人次', value: 100, unit: '人次', approx: 'over', subject: '培训干部职工' }],
  ['共培训3期百余人次。', { raw: '3期', value: 3, unit: '期', subject: '培训' }],
  ['开展培训10余场百余人次。', { raw: '百余人次', value: 100, unit: '人次', approx: 'over', subject: '培训' }],
  ['全区现有中小学86所,在校学生4.2万名。', { raw: '4.2万名', value: 42000, unit: '名', subject: '在校学生' }],
  ['对3名违规人员给予党纪处分,', { raw: '3名', subject: '违规人员' }],
  ['不合格样品56批次,核查处置率100%。', { raw: '100%', subject: '核查处置率' }],
  ['全年发生森林火灾0起。', { raw: '0起', value: 0, subject: '森林火灾' }],
  ['完成128个社区的网格化管理全覆盖。', { raw: '128个', subject: '社区' }],
  ['通过三个层次的学习,', { raw: '三个', value: 3, subject: '层次' }],
  ['接收捐赠款物折合人民币1.3亿元。', { raw: '1.3亿元', value: 130000000, kind: 'money', subject: '捐赠款物' }],
  // parallel names listed with 、 share the figure
  ['全年开展习近平法治思想宣传、宣讲146场次。', { raw: '146场次', subject: '习近平法治思想宣传、宣讲' }],
  ['每年开展区委理论中心组学法、政府学法20余次。', { raw: '20余次', subject: '区委理论中心组学法、政府学法' }],
  ['排查出卷宗不规范、证据不充分等问题18个,', { raw: '18个', subject: '卷宗不规范、证据不充分等问题' }],
  ['加强执法、查处案件12件,', { raw: '12件', subject: '案件' }],
  ['破获刑事案件数(同比上升4.6%)', { raw: '4.6%', kind: 'change', subject: '破获刑事案件数' }],
  ['参评的25件案卷质量总体比以往有了明显提升', { raw: '25件', subject: '案卷质量' }],
  // bounds written as a negation
  ['全年学法学时不少于40学时。', { raw: '40学时', approx: 'over', subject: '学法学时' }],
  ['领导干部集中学法不低于4次,', { raw: '4次', approx: 'over', subject: '领导干部集中学法' }],
  ['审批时限不超过3个工作日,', { raw: '3个工作日', approx: 'under' }],
  ['全年共审结各类案件1.2万件,', { raw: '1.2万件', value: 12000, subject: '各类案件' }],
  // a generic noun put into a named scheme: the scheme is measured
  ['将126家企业纳入监督执法正面清单,', { raw: '126家', value: 126, unit: '家', subject: '监督执法正面清单' }],
  ['对58家市场主体适用“首违不罚”,', { raw: '58家', value: 58, unit: '家', subject: '首违不罚' }],
  ['将35户小微企业列入经营异常名录管理。', { raw: '35户', subject: '经营异常名录' }],
  ['对120户纳税人首次适用轻微违法免罚,', { raw: '120户', subject: '轻微违法免罚' }],
  ['对12家企业实施信用修复,', { raw: '12家', subject: '信用修复' }],
  ['共有126家企业被纳入守信激励名单,', { raw: '126家', subject: '守信激励名单' }],
  ['对纳入正面清单的126家企业减少检查频次,', { raw: '126家', subject: '正面清单' }],
  ['对轻微违法行为适用“首违不罚”58件,', { raw: '58件', subject: '首违不罚' }],
];

describe('metrics: what is read', () => {
  it.each(POSITIVE)('%s', (text, want) => {
    const found = metricsOf(text).filter((m) => m.raw === want.raw);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
    expect(m).toMatchObject(want);
  });

  it('reads counts of apps after a Latin name when written as counts (APP208万款, APP1,549款), not codes (GB3095)', () => {
    const ms = metricsOf('检测APP208万款,通报违规APP1,549款,执行GB3095标准。');
    expect(ms.map((m) => [m.raw, m.value, m.unit])).toEqual([
      ['208万款', 2080000, '款'],
      ['1,549款', 1549, '款'],
    ]);
  });

  it('reads an approximate figure made of scales only (近百万元) and leaves a bare one (百万元) as vague', () => {
    expect(metricsOf('兑现举报奖励近百万元。').map((m) => [m.raw, m.value, m.approx])).toEqual([['百万元', 1000000, 'about']]);
    expect(metricsOf('奖励百万元。')).toEqual([]);
  });

  it('follows a figure changing within a clause: 由46条减少到16条 share the subject', () => {
    const ms = metricsOf('流域劣Ⅴ类一级支流数量由46条减少到16条;');
    expect(ms.map((m) => [m.raw, m.subject, m.change])).toEqual([
      ['46条', '流域劣Ⅴ类一级支流数量', null],
      ['16条', '流域劣Ⅴ类一级支流数量', null],
    ]);
  });

  it('shares growth across figures joined by 和 / 、 (同比分别下降25%和33.3%); 分别 pairs names with figures', () => {
    const ms = metricsOf('行政处罚和行政许可分别为12件和8件;死亡2人,同比分别下降25%和33.3%。');
    expect(ms.map((m) => [m.raw, m.subject, m.kind, m.change])).toEqual([
      ['12件', '行政处罚', 'count', null],
      ['8件', '行政许可', 'count', null],
      ['2人', '死亡', 'count', null],
      ['25%', '死亡', 'change', { direction: 'down', basis: '同比' }],
      ['33.3%', '死亡', 'change', { direction: 'down', basis: '同比' }],
    ]);
  });

  it('pairs names before 分别 with the figures after it, in order', () => {
    const ms = metricsOf('受理率、办结率和满意率分别为98%、100%和96.5%;男女比例分别为52%和48%。');
    expect(ms.map((m) => [m.raw, m.subject])).toEqual([
      ['98%', '受理率'],
      ['100%', '办结率'],
      ['96.5%', '满意率'],
      ['52%', '男女比例'],
      ['48%', '男女比例'],
    ]);
  });

  it('gives no subject made of lead words only: 分别对12家和8家企业', () => {
    const ms = metricsOf('分别对12家和8家企业进行约谈,');
    expect(ms.map((m) => [m.raw, m.subject])).toEqual([
      ['12家', null],
      ['8家', '企业'],
    ]);
  });

  it('keeps document order and every field of the schema', () => {
    const ms = metricsOf('医师注册614件、护士注册790件、医疗广告审查24件,');
    expect(ms.map((m) => [m.raw, m.subject])).toEqual([
      ['614件', '医师注册'],
      ['790件', '护士注册'],
      ['24件', '医疗广告审查'],
    ]);
    expect(ms[0]).toEqual({
      raw: '614件',
      span: { start: 4, end: 8 },
      value: 614,
      max: null,
      unit: '件',
      kind: 'count',
      approx: null,
      subject: '医师注册',
      change: null,
      indicator: null,
    });
  });
});

/** Text that states no metric at all. */
/** What each text holds that is no metric, and every figure a distractor drops there with its reason. */
const NEGATIVE: [string, string, [string, DistractorReason][]][] = [
  ['dates', '2021年9月6日印发,12月份完成,11月底前', []],
  ['periods', '2015-2020年规划,(2021—2025年)', []],
  ['ordinals and editions', '荣获第48届南丁格尔奖章,第187期简报,第六个全民国家安全教育日,第5次会议,第二批名单', [['187期', 'ordinal'], ['六个', 'ordinal'], ['5次', 'ordinal'], ['二批', 'ordinal']]],
  ['ranks', '位列全省前10名', [['10名', 'rank']]],
  ['a phase, a veto and a two-invoice rule', '二期工程完工,落实安全生产一票否决,推行药品购销两票制', [['两票', 'named term']]],
  ['articles and intensifiers before a noun or verb', '建成一个平台,每季度听取一次汇报,这十分重要,推行“综合查一次”', [['一个', 'article'], ['一次', 'article'], ['一次', 'article']]],
  ['phases, even at the end of a clause', '完成园区一期、二期,推进智慧城市二期。', []],
  ['a slogan in quotes written as HTML entities', '实现&ldquo;进一家门、办两家事&rdquo;,大幅减少时间', [['一家', 'article'], ['两家', 'quoted name']]],
  ['spaced ordinals', '第 5 次会议', [['5 次', 'ordinal']]],
  ['lists of ordinals', '第1、2次会议,第一、二批名单', [['2次', 'ordinal'], ['二批', 'ordinal']]],
  ['idioms', '三番五次,三天两头', [['五次', 'idiom'], ['三天', 'idiom'], ['两头', 'idiom']]],
  ['digits side by side', '唯一一家,二〇二一年', []],
  ['named terms', '推行三项制度,完善四张清单,落实三重一大、九不准、一岗双责,七五普法,八五普法,守住三条红线', [['三项', 'named term'], ['四张', 'named term'], ['三条', 'named term']]],
  ['slogans in quotes', '“3+X”模式,“315”消费者权益日,“1+2+N”团队,“最多跑一次”改革,增强“四个意识”', [['一次', 'article'], ['四个', 'named term']]],
  // a count of matters (大事, 实事, 要事) right after the list it sums up names a set of tasks
  ['a count of matters that sums up a list', '围绕安全、改革、民生三件大事,抓好教育、医疗两件实事', [['三件', 'slogan'], ['两件', 'slogan']]],
  ['a numeral before a quoted word', '体现出了四个“最”', [['四个', 'slogan']]],
  ['named dates', '12.4宪法日', []],
  ['document numbers', '某府办发〔2023〕8号,省政府令第200号', []],
  ['identifiers', '索引号:11330900MB1234567X/2023-00012,电话:0580-2022222,浙ICP备05001234号-1,网站标识码3309000001', []],
  ['addresses', '地址:人民路7号楼', []],
  ['page counters', '阅读次数:356,访问量:1234次,浏览次数: 88次', [['1234次', 'page counter'], ['88次', 'page counter']]],
  ['ages inside a subject', '为0-3岁婴幼儿提供服务,关爱60周岁以上老年人', []],
  ['a numeral that is an article or a word', '一次性告知,统一起来,一件事一次办,进一步,十分重要,万无一失', [['一次', 'article']]],
  ['vague numerals', '数十家企业,几百人,成千上万,千家万户,上万人,数百人,百人', [['十家', 'vague numeral'], ['百人', 'vague numeral'], ['千家', 'vague numeral'], ['万户', 'vague numeral'], ['万人', 'vague numeral'], ['百人', 'vague numeral'], ['百人', 'vague numeral']]],
  ['codes', '7×24小时服务,V3版本', [['24小时', 'code']]],
  ['a bare number', '8890诉求热线,12345平台', []],
  ['words that start with a unit character', '3项目,依法处理,5处罚', []],
  ['words that start with a new unit character', '2口头警告,带头学法,3节约用水,二十四节气,5种植户,2只是,3组织,4门户网站,1笔录', []],
  ['a page counter at the start of a line', '浏览量27.5万次', [['27.5万次', 'page counter']]],
  ['a rank that rises, a city, a section', '排名由12升至5,三门峡市,第二节,度过难关', [['二节', 'ordinal']]],
  ['one-to-one pairs and 对 as a preposition', '开展1对1帮扶,一对一指导,其中3对象', []],
  ['sessions of congresses and party bodies', '学习贯彻市委十二届八次全会精神,落实六届二次全会精神,围绕五届九次全会、十四届全国人大二次会议', [['八次', 'session'], ['二次', 'session'], ['九次', 'session'], ['二次', 'session']]],
  ['programme names after a verb of pursuing them', '加快推进五个中心建设,聚焦两个示范区建设', [['五个', 'programme name'], ['两个', 'programme name']]],
  ['the last one', '打通服务群众最后一公里。', [['一公里', 'idiom']]],
  ['a pager\'s links in a one-line page', '分享到: 上一篇:某局2022年法治政府建设年度报告 下一篇:无', [['一篇', 'idiom'], ['一篇', 'idiom']]],
  ['numerals inside a document title', '印发《关于进一步优化营商环境更好服务市场主体的十条措施》,制定《民营经济发展二十条》。', [['十条', 'document title'], ['二十条', 'quoted name']]],
  // a PDF's text wraps lines at a fixed width, through figures too: the tail on the next line is no figure
  ['the tail of a figure a PDF\'s line wrap cut (a short line, a table\'s cell, cuts none: 2023 / 12件 below)', '全年共审查区政府行政规范性文件1\n4件,全区新增各类市场主体共641\n8户,执法人员持证上岗率达到96.\n5%,全年作出罚没款金额共计1,\n863万元', [['4件', 'cut figure'], ['8户', 'cut figure'], ['5%', 'cut figure'], ['863万元', 'cut figure']]],
];

describe('metrics: CRLF and LF line breaks give the same subjects', () => {
  it('takes no space (a CR before LF) into a subject', () => {
    const lf = '一、工作\n评查行政处罚案卷120卷效\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    expect(parseReport(crlf).metrics.map((m) => m.subject)).toEqual(parseReport(lf).metrics.map((m) => m.subject));
    for (const m of parseReport(crlf).metrics) expect(m.subject ?? '').not.toMatch(/^\s|\s$/u);
  });
});

describe('metrics: a numeral that ends its line', () => {
  it.each(['\n', '\r\n', ' \n'])('counts whatever ends the line (%j)', (end) => {
    const text = `一、工作${end}每季度至少组织培训一次${end}`;
    const ms = parseReport(text).metrics;
    expect(ms.map((m) => [m.raw, m.value, m.unit])).toEqual([['一次', 1, '次']]);
    expect(text.slice(ms[0]!.span.start, ms[0]!.span.end)).toBe('一次');
  });
});

describe('metrics: distractors give none', () => {
  it.each(NEGATIVE)('%s', (_what, text, reasons) => {
    const dropped: Dropped[] = [];
    expect(findMetrics(createDoc(text), noChrome(text.length), dropped).map((m) => m.raw)).toEqual([]);
    expect(dropped.map((d) => [d.raw, d.reason])).toEqual(reasons);
    for (const d of dropped) expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
  });

  it("counts a figure under a short line ending with digits (a table's cells, one per line), and a wrapped line's figure that starts whole", () => {
    expect(metricsOf('年份\n2023\n12件\n').map((m) => m.raw)).toEqual(['12件']);
    expect(metricsOf('全年共审查区政府行政规范性文件\n14件,全区新增市场主体6418户。').map((m) => m.raw)).toEqual(['14件', '6418户']);
  });

  it('counts what is no session, programme or title: 召开3次会议, 完成三个项目建设, 《报告》之外', () => {
    const text = '全年召开3次会议,完成三个项目建设,建成五个中心。印发《实施方案》,办理案件12件。';
    expect(metricsOf(text).map((m) => m.raw)).toEqual(['3次', '三个', '五个', '12件']);
  });

  it('finds the 《 of a title the scan reaches right after a figure or a date: 12件《…十条措施》, 2023年印发《…》', () => {
    const text = '审查文件12件《关于进一步加强和改进行政执法工作的十条措施》,2023年印发《关于持续优化营商环境提升政务服务水平的八项举措》,另有《方案》之外的5件。';
    const dropped: Dropped[] = [];
    expect(findMetrics(createDoc(text), noChrome(text.length), dropped).map((m) => m.raw)).toEqual(['12件', '5件']);
    expect(dropped.map((d) => [d.raw, d.reason])).toEqual([['十条', 'document title'], ['八项', 'document title']]);
  });

  it('finds the opening quote of a slogan the scan reaches right after a figure: 12件“送法下乡100场”', () => {
    const text = '全市各级行政执法机关认真落实行政执法责任制,全年共办理行政处罚案件12件“送法下乡100场”活动深入开展。';
    const dropped: Dropped[] = [];
    expect(findMetrics(createDoc(text), noChrome(text.length), dropped).map((m) => m.raw)).toEqual(['12件']);
    expect(dropped.map((d) => [d.raw, d.reason])).toEqual([['100场', 'quoted name']]);
  });

  it('counts matters with no list before them: 办好十件民生实事, 完成三件实事', () => {
    const text = '全年办好十件民生实事,完成三件实事。';
    expect(metricsOf(text).map((m) => [m.raw, m.value])).toEqual([['十件', 10], ['三件', 3]]);
  });

  it('skips anything inside page chrome', () => {
    const text = '共办理案件12件。\n点击量:30次 共享12件';
    const chromeStart = text.indexOf('\n') + 1;
    const chrome: Chrome = { spans: [{ start: chromeStart, end: text.length }], body: { start: 0, end: chromeStart }, meta: [] };
    expect(metricsOf(text, chrome).map((m) => m.raw)).toEqual(['12件']);
  });
});

describe('metrics: a whole report through parseReport', () => {
  const text = readFileSync(new URL('../fixtures/metrics-report.txt', import.meta.url), 'utf8');
  const { metrics } = parseReport(text);

  it('reads every metric, in order, each span slicing back to raw', () => {
    expect(metrics.map((m) => [m.raw, m.value, m.unit])).toEqual([
      ['2969件', 2969, '件'],
      ['116%', 116, '%'],
      ['277.2万元', 2772000, '元'],
      ['154人次', 154, '人次'],
      ['35%', 35, '%'],
      ['68%', 68, '%'],
      ['157项', 157, '项'],
      ['5次', 5, '次'],
      ['两千余人次', 2000, '人次'],
      ['300余名', 300, '名'],
      ['4500条', 4500, '条'],
    ]);
    for (const m of metrics) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
  });

  it('names what each one measures', () => {
    expect(metrics.map((m) => m.subject)).toEqual([
      '行政处罚',
      '行政处罚',
      '罚款',
      '违法吸烟行为',
      '签约服务覆盖率',
      '重点人群签约率',
      '政务服务事项',
      '委领导班子集体学法',
      '专题培训',
      '医护骨干',
      '信息',
    ]);
  });
});

describe('metrics: invariants on generated text', () => {
  const pieces = ['1', '2', '0', '.', ',', '一', '二', '十', '百', '万', '余', '多', '件', '次', '人次', '%', '个百分点', '元',
    '第', '“', '”', '、', ',', '。', '同比', '增长', '超过', '以上', '-', '至', ' ', '案件', '百分之', '率'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

  it('every metric slices back to raw, has a finite value, and comes in document order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = metricsOf(t);
        let last = 0;
        for (const m of ms) {
          expect(t.slice(m.span.start, m.span.end)).toBe(m.raw);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.span.start).toBeGreaterThanOrEqual(last);
          last = m.span.end;
          if (m.max !== null) expect(m.max).toBeGreaterThan(m.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('metrics: a quotation mark left open does not carry a subject across a sentence', () => {
  it.each(['开展工作。\n\n法宣传周”活动8场', '开展工作。\r\n\r\n法宣传周”活动8场'])('%j', (text) => {
    const [m] = parseReport(text).metrics;
    expect(text.slice(m!.span.start, m!.span.end)).toBe('8场');
    expect(m!.subject).toBe('法宣传周”活动');
  });
});

describe('metrics: a Chinese numeral before a joiner of a shared unit', () => {
  it('reads 一、二、 heading markers as no figure, and only Arabic digits share the unit after 和', () => {
    const text = '一、加强执法队伍建设。二、办理案件十二件、整改问题3和5项。';
    const ms = metricsOf(text);
    expect(ms.map((m) => [m.raw, m.value, m.unit])).toEqual([['十二件', 12, '件'], ['5项', 5, '项']]);
    for (const m of ms) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
  });
});
