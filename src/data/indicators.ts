// The wording that says what a figure counts (metric.indicator, INDICATORS.md "Metric indicators").
// One entry per id: the measures it takes and its cue words. Adding an id or a wording is one line.
import type { Indicator } from '../schema.js';

/**
 * What sort of quantity a figure is, from its unit and kind:
 * times (次 场 期 …), people (人 名 人次 …), things (件 项 个 家 …), rate (% 个百分点), money (元),
 * other (台 天 平方米 …: no indicator takes it).
 */
export type Measure = 'times' | 'people' | 'things' | 'rate' | 'money' | 'other';

export interface IndicatorEntry {
  readonly id: Indicator;
  /** The measures this id takes: a count of trainings is never a sum of money. */
  readonly measures: readonly Measure[];
  /** Words that name the activity or the thing counted (培训, 行政处罚, 参考率 …). */
  readonly cues: readonly string[];
  /**
   * Words that name who or what is involved (执法人员, 企业 …): they decide only when no cue of
   * any id stands in the same clause, so 培训执法人员200人次 is a training, 执法人员32名 staff.
   */
  readonly objects?: readonly string[];
  /** Cues that count only in a sentence that speaks of law (法): 专题学习 of a speech is no 学法. */
  readonly lawCues?: readonly string[];
  /** Units this id never takes (受理事项157件 counts applications, not listed items). */
  readonly excludeUnits?: readonly string[];
}

export const INDICATORS: readonly IndicatorEntry[] = [
  { id: 'study.sessions', measures: ['times'], excludeUnits: ['期', '班', '班次'], cues: ['学法', '法治学习', '法制学习', '法律学习', '会前学法'], lawCues: ['集体学习', '专题学习', '中心组学习', '理论学习', '学习研讨', '专题研讨', '传达学习', '集中学习', '学习会', '学习'] },
  { id: 'leadership.meetings', measures: ['times'], cues: ['专题研究法治', '研究法治', '研究部署法治', '法治建设会议', '法治建设专题会', '法治政府建设专题会', '法治工作汇报', '法治建设工作汇报', '法治政府建设工作汇报', '听取法治'], lawCues: ['常务会议', '常务会', '常委会', '党组会议', '党组会', '党委会议', '党委会', '党工委会议', '专题会议', '专题会', '部署会', '工作会议', '委员会会议', '领导小组会议', '工作汇报', '情况汇报', '专题汇报'] },
  { id: 'training.sessions', measures: ['times'], cues: ['培训', '讲座', '轮训', '培训班', '法治课', '以案释法', '授课', '专题辅导', '旁听庭审', '庭审旁听'] },
  { id: 'training.participants', measures: ['people', 'rate'], cues: ['培训', '参训', '轮训', '培训班', '授课', '讲座', '旁听庭审', '庭审旁听', '旁听'] },
  { id: 'exam.results', measures: ['people', 'rate'], cues: ['考试', '考法', '参考率', '通过率', '合格率', '优秀率', '答题', '资格考试', '参考人数', '测试'] },
  { id: 'services.items', measures: ['things'], excludeUnits: ['件', '件次'], cues: ['政务服务事项', '行政许可事项', '审批事项', '许可事项', '服务事项', '公共服务事项', '子项', '下放', '取消行政许可', '赋权事项', '审批服务事项', '依申请', '进驻事项', '审批权限'] },
  { id: 'services.handled', measures: ['things'], cues: ['办件', '办结', '受理', '核发', '审批', '许可', '注册', '登记', '认定', '核准', '办理业务', '办件量'] },
  { id: 'services.online', measures: ['things', 'rate'], cues: ['网上可办', '全程网办', '网上办', '一网通办', '网办', '掌上办', '最多跑一次', '跑一次', '一次办', '不见面', '零跑腿', '跨省通办', '网上办件', '全流程网上'] },
  { id: 'powers.list', measures: ['things'], cues: ['权责清单', '权力清单', '行政职权', '责任清单', '职责', '职权', '权力事项', '职权事项'] },
  { id: 'certification.items', measures: ['things'], cues: ['证明事项', '证明材料', '告知承诺', '用证', '证明'] },
  { id: 'normative-docs.issued', measures: ['things'], cues: ['规范性文件', '政府规章', '规章'] },
  { id: 'normative-docs.reviewed', measures: ['things', 'rate'], cues: ['规范性文件合法性审查', '规范性文件合法性审核', '规范性文件审核', '规范性文件备案', '审查规范性文件', '审核规范性文件', '备案规范性文件', '备案审查', '报备率', '备案率', '报备'] },
  { id: 'normative-docs.cleanup', measures: ['things'], cues: ['清理', '清理规范性文件', '废止规范性文件', '修订规范性文件', '废止', '宣布失效', '继续有效', '保留', '修改', '修订', '失效'] },
  { id: 'decisions.major', measures: ['things', 'times'], cues: ['重大行政决策', '重大决策', '集体决策', '决策事项'] },
  { id: 'legality-review.items', measures: ['things', 'times'], cues: ['合法性审查', '合法性审核', '合规性审查', '法制审核', '审查合同', '审核合同', '合同审查', '合同审核', '备案合同', '合同'] },
  { id: 'legal-advisers.count', measures: ['people', 'things'], cues: ['法律顾问', '公职律师', '共享律师', '辅助律师', '律师团队', '政府律师', '律师'] },
  { id: 'enforcement.cases', measures: ['things', 'people', 'rate'], cues: ['行政处罚', '处罚', '查处', '立案', '违法行为', '案件', '简易程序', '一般程序', '警告', '结案', '违法案件', '行政强制', '非现场'] },
  { id: 'enforcement.fines', measures: ['money'], cues: ['罚没', '罚款', '罚金', '没收', '处罚金'] },
  { id: 'enforcement.inspections', measures: ['things', 'times', 'rate'], cues: ['检查', '执法', '抽查', '双随机', '巡查', '排查', '检测', '督查', '执法任务', '抽取', '监督检查', '迎检', '检查企业', '合格', '双随机任务', '抽查任务', '检查任务', '监督检查任务'] },
  { id: 'enforcement.officers', measures: ['people', 'rate'], cues: ['持证', '执法证', '执法资格', '持有执法', '取得执法'], objects: ['执法人员', '执法队员', '执法队伍'] },
  { id: 'enforcement.case-files', measures: ['things', 'rate'], cues: ['案卷', '评查', '卷宗'] },
  { id: 'reconsideration.cases', measures: ['things'], cues: ['行政复议', '复议', '行政复议案件', '复议案件', '复议申请'] },
  { id: 'reconsideration.corrected', measures: ['things', 'rate'], cues: ['纠错', '撤销', '确认违法', '责令履行'] },
  { id: 'litigation.cases', measures: ['things'], cues: ['行政应诉', '行政诉讼', '应诉案件', '诉讼案件', '诉讼', '应诉', '行政诉讼案件', '行政应诉案件'] },
  { id: 'litigation.lost', measures: ['things', 'rate'], cues: ['败诉'] },
  { id: 'litigation.head-appearance', measures: ['things', 'times', 'people', 'rate'], cues: ['出庭', '出庭应诉', '负责人出庭'] },
  { id: 'disputes.resolved', measures: ['things', 'rate'], cues: ['调解', '化解', '矛盾纠纷', '纠纷', '调处', '争议', '争议案件', '纠纷案件', '仲裁', '仲裁案件', '调解案件'] },
  { id: 'petitions.handled', measures: ['things', 'times', 'people', 'rate'], cues: ['信访', '热线', '工单', '投诉', '举报', '诉求', '来信来访', '12345', '来访', '来信', '申诉', '投诉举报案件', '投诉案件', '举报案件'] },
  { id: 'disclosure.requests', measures: ['things'], cues: ['依申请公开', '信息公开申请', '公开申请'] },
  { id: 'disclosure.published', measures: ['things'], cues: ['主动公开', '公开政府信息', '发布信息', '政策解读', '处罚信息', '许可信息'] },
  { id: 'proposals.handled', measures: ['things', 'rate'], cues: ['建议', '提案', '人大代表建议', '政协提案'] },
  { id: 'publicity.events', measures: ['times'], cues: ['普法', '宣传', '宣讲', '法治宣传', '宣传活动', '法治文化', '送法', '七进', '八进', '九进', '法律进', '法治进'] },
  { id: 'publicity.materials', measures: ['things'], cues: ['宣传资料', '宣传材料', '资料', '手册', '宣传册', '小册子', '海报', '横幅', '折页', '读本', '稿件', '推文', '宣传品', '标语', '展板'] },
  { id: 'publicity.reach', measures: ['people'], cues: ['受教育', '法律咨询', '群众咨询', '咨询', '受众', '观看', '参与群众', '覆盖群众', '惠及', '接待'] },
];

/**
 * Words that name a figure of ordinary business or something else no indicator counts: when one
 * of them is the wording closest to the figure, the figure gets no indicator (刑事案件, 水质 …).
 */
export const NOT_INDICATOR_CUES: readonly string[] = [
  '刑事', '刑事立案', '刑事案件', '犯罪', '逮捕', '警情', '破案', '水质', '断面', '浓度', '空气', 'AQI', '法律服务',
  '医院', '病床', '满意度', '示范', '获评', '荣获', '评为', '表彰', '先进', '经费', '预算', '资金', '投资',
  '投入', '时限', '工作日', '小时', '压缩', '申请材料', '窗口', '试点', '社会组织', '措施', '方面',
  '重点问题', '法律问题', '责任书', '制度', '项目', '标准', '清单', '设备', '隐患',
];

/**
 * Words that name a step or a grade any kind of case, application or file passes through (受理,
 * 审结, 维持, 合格率 …): a figure they stand closest to counts what its sentence named before them
 * (收到行政复议申请14件,受理12件 → reconsideration; 评查案卷300卷,优秀率82% → case files). With
 * nothing named before, a step word counts by its own entry above (受理 → services.handled).
 */
export const STEP_CUES: readonly string[] = [
  '受理', '审结', '办结', '结案', '维持', '驳回', '终止', '合格率', '优秀率', '优良率', '结案率', '办结率',
];

/**
 * Verbs whose object, a normative document (规范性文件, 规章), says what a count of documents
 * counts: 清理规章和规范性文件N件 is a cleanup, 对N件规范性文件开展合法性审核 a review, 制定修改部门规章N件
 * an issue (the first verb of the clause leads).
 */
export const DOCUMENT_VERBS: Readonly<Record<string, Indicator>> = {
  制定: 'normative-docs.issued', 出台: 'normative-docs.issued', 制发: 'normative-docs.issued', 印发: 'normative-docs.issued', 起草: 'normative-docs.issued',
  清理: 'normative-docs.cleanup', 废止: 'normative-docs.cleanup', 修订: 'normative-docs.cleanup', 修改: 'normative-docs.cleanup', 宣布失效: 'normative-docs.cleanup',
  合法性审核: 'normative-docs.reviewed', 合法性审查: 'normative-docs.reviewed', 审核: 'normative-docs.reviewed', 审查: 'normative-docs.reviewed', 备案: 'normative-docs.reviewed',
};
