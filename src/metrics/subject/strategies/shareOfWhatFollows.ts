// 95%以上的矛盾纠纷化解在基层: a share with nothing before it is a share of what follows its 的;
// 覆盖88.3%人口: a share left as the object of a verb is a share of the noun right after it.
import { codeAt } from '../../../charTable.js';
import { nounAfter } from '../after.js';
import { DE, startsNoun } from '../chars.js';
import { clauseAfter } from '../clause.js';
import type { Search, SubjectStrategy } from '../search.js';

/** The noun in the clause that starts at `from`, located in the view. */
function nounFrom(s: Search, from: number): ReturnType<SubjectStrategy['find']> {
  const after = clauseAfter(s.view, from);
  const noun = nounAfter(after);
  return noun ? s.locate(noun, from, from + after.length) : undefined;
}

export const shareOfWhatFollows: SubjectStrategy = {
  name: 'share of the noun after 的',
  find(s) {
    if (s.shareable || codeAt(s.view, s.ctx.end) !== DE) return undefined;
    return nounFrom(s, s.ctx.end + 1);
  },
};

export const shareOfObjectNoun: SubjectStrategy = {
  name: 'share of the noun right after it, as the object of a verb',
  find(s) {
    if (s.ctx.unit.kind !== 'percent' || !startsNoun(codeAt(s.view, s.ctx.end)) || codeAt(s.view, s.ctx.end) === DE) return undefined;
    if (s.clause.text.trim() === '' || !s.inObjectPosition()) return undefined; // objectPosition trims the clause itself
    return nounFrom(s, s.ctx.end);
  },
};
