// 清理7个与现行政策不符的文件: the noun at the end of the words after the figure, after their 的.
import { nounAfterDe } from '../after.js';
import type { SubjectStrategy } from '../search.js';
import { nominal } from './nounAfter.js';

export const nounAfterDeFigure: SubjectStrategy = {
  name: 'noun after 的 after the figure',
  find(s) {
    if (!s.shareable || !nominal(s)) return undefined;
    // the words after the figure first: most hold no 的, and the clause before need not be read
    const tail = nounAfterDe(s.after);
    if (!tail || (s.before() && !s.inObjectPosition())) return undefined;
    return s.locateAfter(tail);
  },
};
