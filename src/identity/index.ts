// The identity pass: who the issuer is in fixed terms (SPEC "Schema version 2"): its level of
// government, kind of body, line of work and region, from its name and the places the document
// names. Runs right after the header pass, which finds the name.
import { normalise } from '../document.js';
import type { Pass } from '../pipeline.js';
import { readDepartment } from './department.js';
import { readKind } from './kind.js';
import { readLevel } from './level.js';
import type { PlaceToken } from './places.js';
import { lazyEvidence, readRegion } from './region.js';

/** A government's own word, set aside from its organ's name. */
const GOVERNMENT = '人民政府';

/** The organ's own words: the name without its places and its government (…人民政府办公室 is no 民政). */
function organOf(view: string, tokens: readonly PlaceToken[]): string {
  let organ = view;
  for (let k = tokens.length - 1; k >= 0; k--) organ = organ.slice(0, tokens[k]!.start) + ' ' + organ.slice(tokens[k]!.end);
  return organ.replaceAll(GOVERNMENT, ' ');
}

export const identityPass: Pass = {
  name: 'identity',
  run(doc, draft) {
    const { issuer } = draft;
    if (!issuer) return {};
    // the name as the document wrote it, folded as the document is (辰溪縣 → 辰溪县)
    const view = normalise(issuer.name);
    const reading = readRegion(view, issuer.name, lazyEvidence(doc.view));
    const organ = organOf(view, reading.tokens);
    const kind = readKind(view, reading.township, organ);
    const level = readLevel(view, reading);
    return {
      issuer: {
        ...issuer,
        level,
        kind,
        // a government has no line of work: its organ's words are not read
        department: kind === 'government' ? null : readDepartment(organ, kind),
        region: level === 'national' ? null : reading.region,
      },
      // most names read with no warning: no empty copy to concatenate
      warnings: reading.warnings.length > 0 ? [...reading.warnings] : undefined,
    };
  },
};
