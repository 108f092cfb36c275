// 核发诊所备案凭证33件 → 诊所备案凭证: the clause before the figure, cleaned; widened over the
// parallel names listed before it with 、 (办结率、满意率均为100%).
import { overList } from '../clause.js';
import type { SubjectStrategy } from '../search.js';

const LIST_BOUNDARY = '、';

export const clauseBeforeFigure: SubjectStrategy = {
  name: 'clause before the figure',
  find(s) {
    const subject = s.before();
    if (!subject) return undefined;
    const at = s.locate(subject, s.clause.start, s.ctx.start);
    return at && s.clause.boundary === LIST_BOUNDARY ? overList(s.view, at, s.clause.start, s.ctx.floor) : at;
  },
};
