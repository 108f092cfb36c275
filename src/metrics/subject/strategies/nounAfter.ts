// 对21家医疗机构开展…, 300余名医护骨干参加: a measure word that counts the noun after it (or a figure
// left as an object) takes that noun, or the scheme a generic noun is put into.
import { nounAfter, schemeAfter, schemeBefore } from '../after.js';
import type { Search, SubjectStrategy } from '../search.js';

/** True when the unit counts things (not times, not money): 家, 名, 件 … */
export const nominal = (s: Search): boolean => !s.ctx.unit.verbal && s.ctx.unit.kind !== 'money';

export const nounAfterFigure: SubjectStrategy = {
  name: 'noun after the figure',
  find(s) {
    // whether the figure counts a noun after it, before the noun is read: a unit of times or money
    // left as no object (开展培训12次) takes none, and reading the clause before costs less
    if (!s.shareable || !(nominal(s) || s.inObjectPosition())) return undefined;
    const noun = nounAfter(s.after);
    if (!noun) return undefined;
    const scheme = schemeAfter(s.after, noun);
    if (scheme) return { start: s.afterStart + scheme.start, end: s.afterStart + scheme.end };
    const named = schemeBefore(s.clause.text, noun);
    if (named) return { start: s.clause.start + named.start, end: s.clause.start + named.end };
    return s.locateAfter(noun);
  },
};
