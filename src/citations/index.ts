// report.citations: every document the report cites by its title in 《》, with its kind and the
// document number written right after it; titles inside page chrome are left out.
import type { Doc } from '../document.js';
import type { Pass } from '../pipeline.js';
import { inChrome } from '../pipeline.js';
import type { Citation } from '../schema.js';
import { docNumberAt } from './docNumber.js';
import { citationKindAt } from './kind.js';
import { scanTitles } from './scan.js';

/** The citations of `doc`, in document order; `skip` says which offsets are page chrome. */
export function findCitations(doc: Doc, skip: (offset: number) => boolean = () => false): Citation[] {
  const out: Citation[] = [];
  for (const span of scanTitles(doc.view)) {
    if (skip(span.start)) continue;
    const title = doc.input.slice(span.start + 1, span.end - 1).trim();
    if (title === '') continue;
    const number = docNumberAt(doc.view, span.end);
    out.push({
      title,
      kind: citationKindAt(doc.view, span.start + 1, span.end - 1),
      docNumber: number ? doc.input.slice(number.start, number.end) : null,
      span,
    });
  }
  return out;
}

export const citationsPass: Pass = {
  name: 'citations',
  run(doc, draft) {
    return { citations: findCitations(doc, (offset) => inChrome(draft.chrome, offset)) };
  },
};
