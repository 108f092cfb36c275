// The section tree: headings found line by line, kept or dropped by the sequence of their
// markers, nested by the levels the document builds, with spans and inline enumerations.
import type { Pass } from '../pipeline.js';
import { findCandidates } from './candidates.js';
import { assignLevels } from './levels.js';
import { buildTree } from './tree.js';

export const NO_SECTIONS_WARNING = 'no numbered sections found';

export const sectionsPass: Pass = {
  name: 'sections',
  run(doc, draft) {
    const scan = findCandidates(doc, draft.chrome);
    const leveled = assignLevels(scan.candidates, doc.input);
    const sections = buildTree(doc, draft.chrome, leveled.sections);
    if (sections.length === 0) return { sections, warnings: [...scan.warnings, ...leveled.warnings, NO_SECTIONS_WARNING] };
    // most documents read with no warning: no empty list for the draft to concatenate
    const quiet = scan.warnings.length === 0 && leveled.warnings.length === 0;
    return { sections, warnings: quiet ? undefined : [...scan.warnings, ...leveled.warnings] };
  },
};
