// 刑事立案数(同比下降13.4%): a figure in brackets measures the words before the bracket.
import { clean } from '../clean.js';
import { clauseBefore } from '../clause.js';
import type { SubjectStrategy } from '../search.js';

const OPEN_PAREN = '(';

export const beforeParenthesis: SubjectStrategy = {
  name: 'words before the bracket',
  find(s) {
    if (s.clause.boundary !== OPEN_PAREN || s.clause.start <= 1) return undefined;
    const outer = clauseBefore(s.view, s.clause.start - 1, s.ctx.floor);
    const subject = clean(outer.text);
    return subject ? s.locate(subject, outer.start, s.clause.start - 1) : undefined;
  },
};
