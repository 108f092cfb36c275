// The identity pass: who the issuer is in fixed terms (SPEC "Schema version 2"): its level of
// government, kind of body, line of work and region, from its name and the places the document
// names. Runs right after the header pass, which finds the name.
import { createDoc } from '../document.js';
import type { Pass } from '../pipeline.js';
import { readDepartment } from './department.js';
import { readKind } from './kind.js';
import { readLevel } from './level.js';
import { lazyEvidence, readRegion } from './region.js';

export const identityPass: Pass = {
  name: 'identity',
  run(doc, draft) {
    const { issuer } = draft;
    if (!issuer) return {};
    // the name as the document wrote it, folded as the document is (辰溪縣 → 辰溪县)
    const view = createDoc(issuer.name).view;
    const reading = readRegion(view, issuer.name, lazyEvidence(doc.view));
    const kind = readKind(view, reading.township);
    // the organ's own words: the name without its places and its government (…人民政府办公室 is no 民政)
    let organ = view;
    for (const t of [...reading.tokens].reverse()) organ = organ.slice(0, t.start) + ' ' + organ.slice(t.end);
    organ = organ.replace(/人民政府/gu, ' ');
    const level = readLevel(view, reading);
    return {
      issuer: {
        ...issuer,
        level,
        kind,
        department: readDepartment(organ, kind),
        region: level === 'national' ? null : reading.region,
      },
      warnings: [...reading.warnings],
    };
  },
};
