// Headings that name the parts the 法治政府建设与责任落实督察工作规定 asks of every annual report
// (report.parts, INDICATORS.md "Report parts"). Problems and plans headings are found by the
// sections pass (section.kind); these add the year's measures and the leaders' duty.

/** A heading about the year's measures and results: 主要举措和成效, 工作开展情况, 主要做法 … */
export const MEASURES_CUES: readonly string[] = [
  '举措和成效', '举措及成效', '举措与成效', '举措、成效', '措施和成效', '措施及成效', '做法和成效', '做法及成效',
  '主要举措', '主要措施', '主要做法', '主要成效', '总体成效', '工作成效', '主要工作', '工作情况', '开展情况',
  '完成情况', '进展情况', '主要情况', '基本情况', '总体情况', '建设情况', '推进情况', '工作总结', '工作举措',
];

/** A heading about how the heads of party and government fulfilled their duty (第一责任人职责情况). */
export const LEADERS_DUTY_CUES: readonly string[] = ['第一责任'];

/** Words that, with a duty cue, make the heading the report's part rather than an achievement (履行…职责情况). */
export const LEADERS_DUTY_FRAME: readonly string[] = ['履行', '情况', '主要负责'];
