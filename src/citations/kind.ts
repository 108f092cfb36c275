// What kind of document a cited title names: law (…法), regulation (…条例 of a legislature or the
// State Council, …规定 / …办法 of the State Council), plan (…规划 / …纲要 / …方案 / …要点), or other.
import { DEPARTMENT_ISSUER_WORDS, KIND_ENDINGS, LEGISLATURE_WORDS, LOCAL_PLACE_WORDS, PLACE_PREFIX_MAX } from '../data/citationKinds.js';
import type { CitationKind } from '../schema.js';

/** A closing note in brackets at the end of a title, even one left open: (试行), (2021—2025年. */
const TRAILING_NOTE = /\([^()]{1,20}\)?$/u;
/** A closing angle bracket of a title quoted inside (…<…实施方案>). */
const TRAILING_ANGLE = /[>〉]$/u;

function byDepartment(core: string): boolean {
  return DEPARTMENT_ISSUER_WORDS.some((w) => core.includes(w)) && !LEGISLATURE_WORDS.some((w) => core.includes(w));
}

function byLocalPlace(core: string): boolean {
  const head = core.slice(0, PLACE_PREFIX_MAX);
  return LOCAL_PLACE_WORDS.some((w) => head.includes(w));
}

/** The kind of the title `title`, given in the normalised view (simplified characters, ASCII brackets). */
export function citationKind(title: string): CitationKind {
  const core = title.trim().replace(TRAILING_ANGLE, '').replace(TRAILING_NOTE, '').trim();
  const hit = KIND_ENDINGS.find((k) => core.endsWith(k.ending));
  if (!hit) return 'other';
  if (hit.kind !== 'regulation') return hit.kind;
  if (byDepartment(core) || (hit.nationalOnly && byLocalPlace(core))) return 'other';
  return 'regulation';
}
