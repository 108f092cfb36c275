// 95%以上的矛盾纠纷化解在基层: a share with nothing before it is a share of what follows its 的.
import { codeAt } from '../../../charTable.js';
import { nounAfter } from '../after.js';
import { DE } from '../chars.js';
import { clauseAfter } from '../clause.js';
import type { SubjectStrategy } from '../search.js';

export const shareOfWhatFollows: SubjectStrategy = {
  name: 'share of the noun after 的',
  find(s) {
    if (s.shareable || codeAt(s.view, s.ctx.end) !== DE) return undefined;
    const from = s.ctx.end + 1;
    const after = clauseAfter(s.view, from);
    const noun = nounAfter(after);
    return noun ? s.locate(noun, from, from + after.length) : undefined;
  },
};
