// What kind of document a cited title names: law (…法), regulation (…条例 of a legislature or the
// State Council, …规定 / …办法 of the State Council), plan (…规划 / …纲要 / …方案 / …要点), or other.
import { DEPARTMENT_ISSUER_WORDS, KIND_ENDINGS, LEGISLATURE_WORDS, LOCAL_SCOPE_LEVELS, LOCAL_SCOPE_OPENERS, NOT_A_LEVEL_AFTER } from '../data/citationKinds.js';
import { placeChainAt } from '../header/places.js';
import { opensWithPlace } from '../identity/places.js';
import type { CitationKind } from '../schema.js';

/** A closing note in brackets at the end of a title, even one left open: (试行), (2021—2025年. */
const TRAILING_NOTE = /\([^()]{1,20}\)?$/u;
/** A closing angle bracket of a title quoted inside (…<…实施方案>). */
const TRAILING_ANGLE = /[>〉]$/u;
/** A title opening with the scope of its own place: 全市…, 本省…, 我区… (not 全市场…). */
const LOCAL_SCOPE = new RegExp(`^[${LOCAL_SCOPE_OPENERS}][${LOCAL_SCOPE_LEVELS}](?![${NOT_A_LEVEL_AFTER}])`, 'u');

/** The last characters of the kind endings: a title ending with none of them is 'other' at once. */
const ENDING_LAST = new Set(KIND_ENDINGS.map((k) => k.ending.charCodeAt(k.ending.length - 1)));
const GREATER = 0x3e; // >
const ANGLE = 0x3009; // 〉

/** The title without its closing note and a trailing angle bracket (the regexes asked only where they may match). */
function coreOf(title: string): string {
  let core = title.trim();
  const last = core.charCodeAt(core.length - 1);
  if (last === GREATER || last === ANGLE) core = core.replace(TRAILING_ANGLE, '');
  if (core.includes('(')) core = core.replace(TRAILING_NOTE, '');
  return core.trim();
}

function byDepartment(core: string): boolean {
  return DEPARTMENT_ISSUER_WORDS.some((w) => core.includes(w)) && !LEGISLATURE_WORDS.some((w) => core.includes(w));
}

/**
 * True when the title opens with a place, its local issuer: a division's name (杭州市…, 浙江…), a
 * name ended by a level that does not start a word (某某县…, but not 市场监督管理…, 城市管理…, 区域…)
 * or the scope of its own place (全市…).
 */
function byLocalPlace(core: string): boolean {
  if (LOCAL_SCOPE.test(core)) return true;
  return opensWithPlace(core) || placeChainAt(core, 0).length > 0;
}

/** The kind of the title `title`, given in the normalised view (simplified characters, ASCII brackets). */
export function citationKind(title: string): CitationKind {
  const core = coreOf(title);
  if (!ENDING_LAST.has(core.charCodeAt(core.length - 1))) return 'other';
  const hit = KIND_ENDINGS.find((k) => core.endsWith(k.ending));
  if (!hit) return 'other';
  if (hit.kind !== 'regulation') return hit.kind;
  if (byDepartment(core) || (hit.nationalOnly && byLocalPlace(core))) return 'other';
  return 'regulation';
}
