// The problems the report admits and the plans it makes. In a problems or plans section: one item
// per sub-section or per 一是/二是 item (per sentence when the section is one paragraph). Without
// such a section, from the paragraph that says it: "…仍存在着A、B、C等问题" gives A, B, C, and
// "下一步,我们将…一是…二是…" one item per 一是. Nothing else: "发现问题及时整改" among the
// achievements is no problem, and a report with no such part has empty lists.
import { lineAt } from '../document.js';
import type { Pass } from '../pipeline.js';
import { inChrome, type Chrome } from '../pipeline.js';
import type { ListItem } from '../schema.js';
import { fromParagraphs, placeHeadings } from './fromParagraphs.js';
import { fromSections } from './fromSections.js';

/**
 * The items of `first` and `second` in document order, without empty ones or ones that overlap an
 * earlier one, and without those that start in the chrome (which still hide what they overlap).
 */
function tidy(first: readonly ListItem[], second: readonly ListItem[], chrome: Chrome): ListItem[] {
  if (first.length === 0 && second.length === 0) return [];
  const kept: ListItem[] = [];
  for (const it of first) if (it.span.end > it.span.start) kept.push(it);
  for (const it of second) if (it.span.end > it.span.start) kept.push(it);
  // items read in order (most) need no sort
  let ordered = true;
  for (let k = 1; k < kept.length && ordered; k++) ordered = kept[k]!.span.start >= kept[k - 1]!.span.start;
  const sorted = ordered ? kept : kept.sort((a, b) => a.span.start - b.span.start);
  const out: ListItem[] = [];
  let lastEnd = -Infinity; // the end of the last item kept so far, in the chrome or not
  for (const it of sorted) {
    if (it.span.start < lastEnd) continue;
    lastEnd = it.span.end;
    if (!inChrome(chrome, it.span.start)) out.push(it);
  }
  return out;
}

/**
 * Problems and plans: from the sections whose headings announce them (one item per sub-section,
 * per 一是 item, or per sentence), else from the paragraphs that say them (仍存在A、B等问题;
 * 下一步,我们将…一是…).
 */
export const listsPass: Pass = {
  name: 'lists',
  run(doc, draft) {
    const year = draft.year;
    const bySection = fromSections(doc, draft.sections, year);
    const want = { problems: bySection.problems.length === 0, plans: bySection.plans.length === 0 };
    // the paragraphs are read only for a list the sections did not give
    const byParagraph =
      want.problems || want.plans
        ? fromParagraphs(doc, {
            body: draft.chrome.body,
            skip: draft.titleSpan ? [bySection.claimed, draft.chrome.spans, [draft.titleSpan]] : [bySection.claimed, draft.chrome.spans],
            headings: placeHeadings(draft.sections, (offset) => lineAt(doc, offset).contentStart),
            reportYear: year,
            want,
          })
        : { problems: [], plans: [] };
    return {
      problems: tidy(bySection.problems, byParagraph.problems, draft.chrome),
      plans: tidy(bySection.plans, byParagraph.plans, draft.chrome),
    };
  },
};
