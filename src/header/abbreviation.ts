// Abbreviations a name ends with, written in full (市卫健委 → 市卫生健康委员会, 某局党组 with its body's
// name expanded before 党组): read by the last two characters, the few abbreviations ending so tried.
import { ABBREVIATIONS, ABBREVIATION_LIST, PARTY_BODIES } from '../data/issuerNames.js';
import type { OrgName } from './orgName.js';
import { endingOf } from '../wordLists.js';

function replaceEnd(name: OrgName, from: string, to: string): OrgName {
  const cut = name.view.length - from.length;
  return { view: name.view.slice(0, cut) + to, text: name.text.slice(0, cut) + to };
}

/**
 * Abbreviations by the char codes of their last and their second last character, longest first
 * (a name ending in 局 is tried against the few abbreviations ending in its last two characters,
 * not the 30 ending in 局); one-character abbreviations, tried last, by their character.
 */
const ABBREVIATIONS_BY_END: ReadonlyMap<number, ReadonlyMap<number, readonly string[]>> = (() => {
  const map = new Map<number, Map<number, string[]>>();
  for (const a of ABBREVIATION_LIST) {
    const last = a.charCodeAt(a.length - 1);
    const before = a.length > 1 ? a.charCodeAt(a.length - 2) : -1;
    const inner = map.get(last) ?? new Map<number, string[]>();
    map.set(last, inner);
    inner.set(before, [...(inner.get(before) ?? []), a]);
  }
  return map;
})();

/** The first of `abbrs` (longest first) that `name` ends with, expanded; null when none. */
function expandOne(name: OrgName, abbrs: readonly string[] | undefined): OrgName | null {
  if (abbrs === undefined) return null;
  for (const abbr of abbrs) {
    if (!name.view.endsWith(abbr)) continue;
    // the second line of work of a joint name is written as the body calls itself (城市管理和综合执法局)
    if (name.view.charCodeAt(name.view.length - abbr.length - 1) === JOINED) return name;
    return replaceEnd(name, abbr, ABBREVIATIONS[abbr]!);
  }
  return null;
}

/** The name with an abbreviation it ends with written in full (卫健委 → 卫生健康委员会), before a party body's word too. */
export function expandAbbreviation(name: OrgName): OrgName {
  const { view } = name;
  // a body's party group or committee: the body's name before it expanded (某州卫生计生委党组)
  if (view.charCodeAt(view.length - 2) === PARTY || view.charCodeAt(view.length - 3) === PARTY) return expandBeforeParty(name);
  const byBefore = ABBREVIATIONS_BY_END.get(view.charCodeAt(view.length - 1));
  if (byBefore === undefined) return name;
  return expandOne(name, byBefore.get(view.length > 1 ? view.charCodeAt(view.length - 2) : -1)) ?? expandOne(name, byBefore.get(-1)) ?? name;
}
const JOINED = '和'.charCodeAt(0);
/** 党 of a party group or committee (党组, 党委). */
export const PARTY = '党'.charCodeAt(0);

function expandBeforeParty(name: OrgName): OrgName {
  const party = endingOf(PARTY_BODIES, name.view);
  if (party === undefined) return name;
  const cut = name.view.length - party.length;
  const body = { view: name.view.slice(0, cut), text: name.text.slice(0, cut) };
  const expanded = expandAbbreviation(body);
  return expanded === body ? name : { view: expanded.view + party, text: expanded.text + name.text.slice(cut) };
}
