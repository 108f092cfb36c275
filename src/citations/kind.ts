// What kind of document a cited title names: law (…法), regulation (…条例 of a legislature or the
// State Council, …规定 / …办法 of the State Council), plan (…规划 / …纲要 / …方案 / …要点), or other.
import { DEPARTMENT_ISSUER_WORDS, KIND_ENDINGS, type KindEnding, LEGISLATURE_WORDS, LOCAL_SCOPE_LEVELS, LOCAL_SCOPE_OPENERS, NOT_A_LEVEL_AFTER } from '../data/citationKinds.js';
import { placeChainAt } from '../header/places.js';
import { opensWithPlace } from '../identity/places.js';
import type { CitationKind } from '../schema.js';
import { holdsCode } from '../charTable.js';
import { includesOne } from '../wordLists.js';

/** A closing note in brackets at the end of a title is at most this many characters (code points) long. */
const NOTE_MAX = 20;
const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
/** A title opening with the scope of its own place: 全市…, 本省…, 我区… (not 全市场…). */
const LOCAL_SCOPE = new RegExp(`^[${LOCAL_SCOPE_OPENERS}][${LOCAL_SCOPE_LEVELS}](?![${NOT_A_LEVEL_AFTER}])`, 'u');

/**
 * The last characters of the kind endings (eight codes, compared in turn: no Set to hash into): a
 * title ending with none of them is 'other' at once.
 */
const ENDING_LAST = Uint16Array.from(new Set(KIND_ENDINGS.map((k) => k.ending.charCodeAt(k.ending.length - 1))));

/** True when `code` is the last character of a kind ending. */
function endsSomeKind(code: number): boolean {
  for (let k = 0; k < ENDING_LAST.length; k++) if (ENDING_LAST[k] === code) return true;
  return false;
}
/** A closing angle bracket of a title quoted inside (…<…实施方案>). */
const GREATER = 0x3e; // >
const ANGLE = 0x3009; // 〉

/**
 * `core` without a closing note in brackets at its end, even one left open: (试行), (2021—2025年.
 * The note is 1 to NOTE_MAX characters with no bracket among them, after the last (, and an
 * optional ) ends the title (what /\([^()]{1,20}\)?$/u takes away, read without a regex).
 */
export function withoutNote(core: string): string {
  const open = core.lastIndexOf('(');
  if (open < 0) return core;
  let end = core.length;
  if (end - 1 > open && core.charCodeAt(end - 1) === CLOSE_PAREN) end--;
  let n = 0;
  for (let k = open + 1; k < end; k++) {
    const c = core.charCodeAt(k);
    if (c === OPEN_PAREN || c === CLOSE_PAREN) return core;
    // a surrogate pair is one character
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
      const low = core.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) k++;
    }
    if (++n > NOTE_MAX) return core;
  }
  return n > 0 ? core.slice(0, open) : core;
}

/** The title without its closing note and a trailing angle bracket. */
function coreOf(title: string): string {
  let core = title.trim();
  const last = core.charCodeAt(core.length - 1);
  if (last === GREATER || last === ANGLE) core = core.slice(0, -1);
  return withoutNote(core).trim();
}

function byDepartment(core: string): boolean {
  return includesOne(DEPARTMENT_ISSUER_WORDS, core) && !includesOne(LEGISLATURE_WORDS, core);
}

/**
 * True when the title opens with a place, its local issuer: a division's name (杭州市…, 浙江…), a
 * name ended by a level that does not start a word (某某县…, but not 市场监督管理…, 城市管理…, 区域…)
 * or the scope of its own place (全市…).
 */
function byLocalPlace(core: string): boolean {
  // the scope's regex is run only on a title opening with one of its openers
  if (core.length > 0 && LOCAL_SCOPE_OPENERS.includes(core.charAt(0)) && LOCAL_SCOPE.test(core)) return true;
  return opensWithPlace(core) || placeChainAt(core, 0).length > 0;
}

/** The first of KIND_ENDINGS `core` ends with, or null. */
function endingOf(core: string): KindEnding | null {
  for (const k of KIND_ENDINGS) if (core.endsWith(k.ending)) return k;
  return null;
}

/** The range of codes a title's last character is read in place in (CJK unified ideographs). */
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;


/**
 * The kind of the title at `view[from, to)`: 'other' read in place where it ends with a Chinese
 * character that ends no kind's word (…通知, …意见: most titles) and holds no bracket (no note to
 * set aside: that character is its core's last), else as citationKind (no slice for the rest).
 */
export function citationKindAt(view: string, from: number, to: number): CitationKind {
  if (to > from) {
    const last = view.charCodeAt(to - 1);
    if (last >= FIRST_IDEOGRAPH && last <= LAST_IDEOGRAPH && !endsSomeKind(last) && !holdsCode(view, OPEN_PAREN, from, to)) return 'other';
  }
  return citationKind(view.slice(from, to));
}

/** The kind of the title `title`, given in the normalised view (simplified characters, ASCII brackets). */
export function citationKind(title: string): CitationKind {
  const core = coreOf(title);
  if (!endsSomeKind(core.charCodeAt(core.length - 1))) return 'other';
  const hit = endingOf(core);
  if (!hit) return 'other';
  if (hit.kind !== 'regulation') return hit.kind;
  if (byDepartment(core) || (hit.nationalOnly && byLocalPlace(core))) return 'other';
  return 'regulation';
}
