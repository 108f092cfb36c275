// 清理7个与现行政策不符的文件: the noun at the end of the words after the figure, after their 的.
import { nounAfterDe } from '../after.js';
import type { SubjectStrategy } from '../search.js';
import { nominal } from './nounAfter.js';

export const nounAfterDeFigure: SubjectStrategy = {
  name: 'noun after 的 after the figure',
  find(s) {
    if (!s.shareable || !nominal(s) || (s.before() && !s.inObjectPosition())) return undefined;
    const tail = nounAfterDe(s.after);
    return tail ? s.locateAfter(tail) : undefined;
  },
};
