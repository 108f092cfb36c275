// metric.indicator: each form of wording, positive and negative, asserting the id and the span.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse.js';
import type { Indicator } from '../src/schema.js';

interface Row {
  /** The form of wording the rule reads. */
  form: string;
  text: string;
  raw: string;
  indicator: Indicator | null;
}

const POSITIVE: Row[] = [
  { form: 'activity before the figure', text: '全年开展行政处罚2969件。', raw: '2969件', indicator: 'enforcement.cases' },
  { form: 'activity outranks the people it involves', text: '全年培训执法人员200人次。', raw: '200人次', indicator: 'training.participants' },
  { form: 'people named alone', text: '我局现有执法人员32名。', raw: '32名', indicator: 'enforcement.officers' },
  { form: 'noun right after the figure', text: '全年共办理1起行政复议案件。', raw: '1起', indicator: 'reconsideration.cases' },
  { form: 'meeting after the figure in a sentence about law', text: '召开4次党组会议专题研究法治建设工作。', raw: '4次', indicator: 'leadership.meetings' },
  { form: 'link word between cue and figure', text: '罚没款金额达38.8万元。', raw: '38.8万元', indicator: 'enforcement.fines' },
  { form: 'rate named by its own word', text: '行政复议纠错率12%。', raw: '12%', indicator: 'reconsideration.corrected' },
  { form: 'head appearance rate', text: '行政机关负责人出庭应诉率100%。', raw: '100%', indicator: 'litigation.head-appearance' },
  { form: 'sessions of a training', text: '组织法治培训4场次,覆盖380余人次。', raw: '4场次', indicator: 'training.sessions' },
  { form: 'coverage of the activity before it', text: '组织法治培训4场次,覆盖380余人次。', raw: '380余人次', indicator: 'training.participants' },
  { form: 'exam rate', text: '学法考试参考率100%、合格率98%。', raw: '100%', indicator: 'exam.results' },
  { form: 'rate of no activity after one with an id', text: '学法考试参考率100%、优良率98%。', raw: '98%', indicator: 'exam.results' },
  { form: 'completion rate of the figure before', text: '抽取双随机任务740家,完成率99%。', raw: '99%', indicator: 'enforcement.inspections' },
  { form: 'materials handed out', text: '发放宣传资料5000余份。', raw: '5000余份', indicator: 'publicity.materials' },
  { form: 'applications handled are counted in 件', text: '受理行政许可事项157件。', raw: '157件', indicator: 'services.handled' },
  { form: 'items listed are counted in 项', text: '取消行政许可事项12项。', raw: '12项', indicator: 'services.items' },
  { form: 'complaint cases are petitions, not enforcement cases', text: '全年受理消费投诉举报案件340件。', raw: '340件', indicator: 'petitions.handled' },
  { form: 'arbitration cases are disputes, not enforcement cases', text: '全年受理劳动争议仲裁案件57件。', raw: '57件', indicator: 'disputes.resolved' },
  { form: 'penalty information published is disclosure', text: '在网站公示行政处罚信息96条。', raw: '96条', indicator: 'disclosure.published' },
  { form: 'study cue in a sentence about law', text: '党组理论学习中心组专题学习法律法规6次。', raw: '6次', indicator: 'study.sessions' },
  { form: 'law study cue', text: '全年组织领导班子集体学法12次。', raw: '12次', indicator: 'study.sessions' },
  { form: 'normative documents reviewed', text: '开展规范性文件合法性审查15件。', raw: '15件', indicator: 'normative-docs.reviewed' },
  { form: 'normative documents issued', text: '全年制定行政规范性文件8件。', raw: '8件', indicator: 'normative-docs.issued' },
  { form: 'legal advisers', text: '聘请法律顾问3名。', raw: '3名', indicator: 'legal-advisers.count' },
  { form: 'disputes mediated', text: '调解矛盾纠纷326件。', raw: '326件', indicator: 'disputes.resolved' },
  { form: 'a verb and its object as one cue (清理规范性文件)', text: '清理规范性文件60件。', raw: '60件', indicator: 'normative-docs.cleanup' },
  { form: 'petitions counted in batches', text: '接待群众信访120批次。', raw: '120批次', indicator: 'petitions.handled' },
  { form: 'a cited title is passed over', text: '组织学习《民法典》《信访工作条例》等法律法规5次。', raw: '5次', indicator: 'study.sessions' },
  { form: 'information published', text: '主动公开政府信息320条。', raw: '320条', indicator: 'disclosure.published' },
  { form: 'growth of the figure before counts what it counts', text: '罚没款277.2万元,同比增长12.5%。', raw: '12.5%', indicator: 'enforcement.fines' },
  { form: 'growth of a count', text: '查办行政处罚案件236件,同比下降8.1%。', raw: '8.1%', indicator: 'enforcement.cases' },
  { form: 'disclosure requests', text: '受理政府信息公开申请15件。', raw: '15件', indicator: 'disclosure.requests' },
  { form: 'proposals listed together are one id', text: '办理人大建议、政协提案42件。', raw: '42件', indicator: 'proposals.handled' },
  { form: 'lawsuits lost', text: '行政诉讼败诉2件。', raw: '2件', indicator: 'litigation.lost' },
  { form: 'power list items', text: '公布权责清单事项1200项。', raw: '1200项', indicator: 'powers.list' },
  { form: 'a general activity word names what a document issued counts', text: '核发食品经营备案凭证45件。', raw: '45件', indicator: 'services.handled' },
  { form: 'hotline work orders', text: '办理12345热线工单3200件。', raw: '3200件', indicator: 'petitions.handled' },
  { form: 'a step word counts what its sentence named before it (受理)', text: '全年收到行政复议申请20件,受理18件。', raw: '18件', indicator: 'reconsideration.cases' },
  { form: 'a step word with no id of its own (审结)', text: '全年收到行政复议申请20件,受理18件,审结16件。', raw: '16件', indicator: 'reconsideration.cases' },
  { form: 'a step word after 其中 (维持)', text: '办理行政应诉案件9件,其中维持7件。', raw: '7件', indicator: 'litigation.cases' },
  { form: 'a step word with nothing named before counts by its own entry', text: '政务服务中心受理2300件。', raw: '2300件', indicator: 'services.handled' },
  { form: 'a grade rate of case files (优秀率)', text: '评查行政执法案卷150卷,优秀率76%。', raw: '76%', indicator: 'enforcement.case-files' },
  { form: 'a grade rate named with its files (案卷合格率)', text: '全年案卷合格率93.5%。', raw: '93.5%', indicator: 'enforcement.case-files' },
  { form: 'a grade rate of an exam', text: '组织执法人员学法考试,合格率99%。', raw: '99%', indicator: 'exam.results' },
  { form: 'a closing rate takes the disputes named before it', text: '仲裁机构处理劳动争议案件300件,调解成功率70%,仲裁结案率96%。', raw: '96%', indicator: 'disputes.resolved' },
  { form: 'an item of a list under one verb', text: '审查各类合同40份、招商协议6件。', raw: '6件', indicator: 'legality-review.items' },
  { form: 'the last of a list of decisions', text: '其中撤销2件、确认违法1件、责令履行1件。', raw: '1件', indicator: 'reconsideration.corrected' },
  { form: 'contracts listed with other documents before the figure', text: '法律顾问审查合同、协议等文件80份。', raw: '80份', indicator: 'legality-review.items' },
  { form: 'complaints (申诉)', text: '全年受理用户申诉3100件。', raw: '3100件', indicator: 'petitions.handled' },
  { form: 'visits counted in people (来访)', text: '全年接待来访群众240人次。', raw: '240人次', indicator: 'petitions.handled' },
  { form: 'dispute cases are no enforcement cases (争议案件)', text: '处理人事争议案件52件。', raw: '52件', indicator: 'disputes.resolved' },
  { form: 'items stationed in a service hall (进驻事项)', text: '政务大厅进驻事项860项。', raw: '860项', indicator: 'services.items' },
  { form: 'items of power (权力事项)', text: '公布行政权力事项900项。', raw: '900项', indicator: 'powers.list' },
  { form: 'a cleanup verb before listed documents', text: '清理规章和规范性文件共40件。', raw: '40件', indicator: 'normative-docs.cleanup' },
  { form: 'a review verb after the documents', text: '对6件规范性文件开展合法性审核。', raw: '6件', indicator: 'normative-docs.reviewed' },
  { form: 'the first document verb of the clause leads', text: '全年制定修改政府规章3件。', raw: '3件', indicator: 'normative-docs.issued' },
  { form: 'a verb before a cited title acts on the title; 部 counts rules', text: '修订《河道管理条例》等配套规章3部。', raw: '3部', indicator: 'normative-docs.issued' },
  { form: 'the rate of what the clause does to the documents before it', text: '制发规范性文件5件,经合法性审核率100%。', raw: '100%', indicator: 'normative-docs.reviewed' },
  { form: 'delegated approval powers (审批权限)', text: '将8项审批权限下放至区县。', raw: '8项', indicator: 'services.items' },
  { form: 'officials sent to sit in on a trial (旁听庭审) are trained', text: '组织80名干部旁听庭审。', raw: '80名', indicator: 'training.participants' },
  { form: 'the units an inspection reached (涉及)', text: '开展执法检查40次,涉及企业95家。', raw: '95家', indicator: 'enforcement.inspections' },
  { form: 'a campaign taking law somewhere (法律进…)', text: '开展“法律进企业”活动15次。', raw: '15次', indicator: 'publicity.events' },
];

const NEGATIVE: Row[] = [
  { form: 'a word of ordinary business closest to the figure', text: '刑事立案数同比下降13.4%。', raw: '13.4%', indicator: null },
  { form: 'a study not about law', text: '党组会议专题学习重要讲话精神35次。', raw: '35次', indicator: null },
  { form: 'a meeting not about law, its sentence running to the end of the text', text: '全年召开党组会议12次', raw: '12次', indicator: null },
  { form: 'a meeting about law named after the figure in its sentence', text: '全年召开党组会议12次,研究部署依法行政工作。', raw: '12次', indicator: 'leadership.meetings' },
  { form: 'activities of different ids lumped together', text: '开展学习培训、宣传宣讲100余场次。', raw: '100余场次', indicator: null },
  { form: 'equipment', text: '配备执法记录仪16台。', raw: '16台', indicator: null },
  { form: 'equipment in any unit of equipment', text: '配备执法记录仪120部。', raw: '120部', indicator: null },
  { form: 'a phrase that names no thing counted', text: '另有其他事项12项。', raw: '12项', indicator: null },
  { form: 'agreements signed', text: '签订法治建设责任书120份。', raw: '120份', indicator: null },
  { form: 'facilities of the line of work', text: '全市共有医院120家。', raw: '120家', indicator: null },
  { form: 'a quality rate', text: '饮用水水源地水质达标率100%。', raw: '100%', indicator: null },
  { form: 'a none word as the noun after the figure', text: '发布登记证等7个电子证照标准。', raw: '7个', indicator: null },
  { form: 'a rate with no activity and nothing before it', text: '签约服务覆盖率35%。', raw: '35%', indicator: null },
  { form: 'a study counted in 期 is a course, no study session', text: '干部分4期集中学习法律法规。', raw: '4期', indicator: null },
  { form: 'the units reached by an activity that counts no units', text: '开展普法宣传20场次,覆盖社区15个。', raw: '15个', indicator: null },
  { form: 'hazards found in a check are no inspections', text: '开展安全检查,排查隐患320项。', raw: '320项', indicator: null },
  { form: 'a list of changes is no list of one count', text: '开展执法检查30次,检查频次下降20%、企业成本降低15%。', raw: '15%', indicator: null },
];

function check(row: Row): void {
  const report = parseReport(row.text);
  const metric = report.metrics.find((m) => m.raw === row.raw);
  expect(metric, `no metric ${row.raw} in ${row.text}`).toBeDefined();
  expect(row.text.slice(metric!.span.start, metric!.span.end)).toBe(row.raw);
  expect(metric!.indicator).toBe(row.indicator);
}

describe('metric.indicator', () => {
  it.each(POSITIVE)('$form: $text → $raw is $indicator', (row) => check(row));
  it.each(NEGATIVE)('$form: $text → $raw has none', (row) => check(row));

  it('every indicator is an id of the vocabulary or null, on a whole report', () => {
    const text = '一、主要举措\n全年开展行政处罚2969件,罚款277.2万元,培训执法人员200人次。\n二、下一步\n加强执法。';
    const ids = parseReport(text).metrics.map((m) => m.indicator);
    expect(ids).toEqual(['enforcement.cases', 'enforcement.fines', 'training.participants']);
  });
});
