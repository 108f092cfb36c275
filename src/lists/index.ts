// The problems the report admits and the plans it makes. In a problems or plans section: one item
// per sub-section or per 一是/二是 item (per sentence when the section is one paragraph). Without
// such a section, from the paragraph that says it: "…仍存在着A、B、C等问题" gives A, B, C, and
// "下一步,我们将…一是…二是…" one item per 一是. Nothing else: "发现问题及时整改" among the
// achievements is no problem, and a report with no such part has empty lists.
import { lineAt } from '../document.js';
import type { Pass } from '../pipeline.js';
import { inChrome } from '../pipeline.js';
import type { ListItem } from '../schema.js';
import { fromParagraphs, placeHeadings } from './fromParagraphs.js';
import { fromSections } from './fromSections.js';

/** Items in document order, without empty ones or ones that overlap an earlier one. */
function tidy(items: readonly ListItem[]): ListItem[] {
  const kept = items.filter((it) => it.span.end > it.span.start);
  // items read in order (most) need no sort
  let ordered = true;
  for (let k = 1; k < kept.length && ordered; k++) ordered = kept[k]!.span.start >= kept[k - 1]!.span.start;
  const sorted = ordered ? kept : kept.sort((a, b) => a.span.start - b.span.start);
  const out: ListItem[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (!last || it.span.start >= last.span.end) out.push(it);
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
            skip: draft.titleSpan ? bySection.claimed.concat(draft.chrome.spans, [draft.titleSpan]) : bySection.claimed.concat(draft.chrome.spans),
            headings: placeHeadings(draft.sections, (offset) => lineAt(doc, offset).contentStart),
            reportYear: year,
            want,
          })
        : { problems: [], plans: [] };
    const keep = (it: ListItem): boolean => !inChrome(draft.chrome, it.span.start);
    return {
      problems: tidy([...bySection.problems, ...byParagraph.problems]).filter(keep),
      plans: tidy([...bySection.plans, ...byParagraph.plans]).filter(keep),
    };
  },
};
