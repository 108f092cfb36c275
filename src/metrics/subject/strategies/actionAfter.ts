// 先后4次参加“一把手跟执法”活动, 局务会先后14次组织学习…: a count of times is of the action after it.
import { WordIndex } from '../../wordIndex.js';
import { actionAfter } from '../after.js';
import type { SubjectStrategy } from '../search.js';

/** Adverbs right before a count of actions: 先后14次组织学习. */
const ADVERBS_BEFORE_COUNT = new WordIndex(['先后', '累计', '共', '共计', '合计', '总计', '多']);

export const actionAfterFigure: SubjectStrategy = {
  name: 'action after the figure',
  find(s) {
    if (!s.shareable) return undefined;
    const action = actionAfter(s.after);
    if (!action) return undefined;
    if (s.before() && !(s.ctx.unit.verbal && ADVERBS_BEFORE_COUNT.endingAt(s.clause.text))) return undefined;
    return s.locateAfter(action);
  },
};
