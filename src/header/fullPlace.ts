// A name completed with the place the document states for it: the level word the document gives
// the place (烟台人力资源和社会保障局 where the text says 烟台市 → 烟台市人力资源和社会保障局), and
// the places above it where the document writes the name in full (静海区人民政府 where a line reads
// 天津市静海区人民政府 → 天津市静海区人民政府), and a place's full name where the name has a short
// form of it the document also writes in full (临夏州 under 临夏回族自治州, 青岛市北区 under 青岛市市北区).
import { PARTY_OPENINGS } from '../data/issuerNames.js';
import { DEPARTMENT_LINES } from '../data/departments.js';
import type { Doc } from '../document.js';
import { divisions } from '../identity/divisions.js';
import { placesInName, type PlaceToken } from '../identity/places.js';
import { AUTONOMOUS } from '../data/divisionNames.js';
import { isOrgName, type OrgName } from './orgName.js';
import { LEVELS_UNDER_A_CITY, pieceNameAt, placeChainAt } from './places.js';
import { anyInBitTable, bitTable, inBitTable, isHan } from '../charTable.js';
import { openingOf, startsWithOne } from '../wordLists.js';

/** Level words a place is written with, in the order they are tried. */
const LEVEL_WORDS = ['省', '市', '州', '县', '区'];
const LEVEL_CHARS = bitTable('省市县区州盟旗镇乡');
/** A name's place is written with its level when one stands among its first characters. */
const LEVEL_REACH = 4;
/** A rest that names a place of its own (产城融合示范区…) is not a department of the place before it. */
const NAMES_PLACE = /[省县区州盟旗镇乡]|市(?!场)/u;
/** A place without its level is two or three characters: 烟台, 乌鲁木齐 is rare and left alone. */
const BARE_PLACE = [2, 3];

/** Words a department's name opens with (生态环境, 卫生健康, 人力资源), by the char code of their first character: never a place cut from them. */
const DEPARTMENT_WORDS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const w of DEPARTMENT_LINES.flatMap((line) => line.words)) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  return map;
})();

/** The first `n` characters of the name are the start of a department's own word (生态|环境局, 卫生|健康委). */
function cutsDepartmentWord(view: string, n: number): boolean {
  const words = DEPARTMENT_WORDS_BY_FIRST.get(view.charCodeAt(0));
  return words !== undefined && words.some((w) => w.length > n && view.startsWith(w));
}

/** The level words by char code (each one character). */
const LEVEL_CODES: readonly number[] = LEVEL_WORDS.map((l) => l.charCodeAt(0));

/**
 * Which level words the text writes right after `place` (bit k for LEVEL_WORDS[k]): one search
 * for the place, not one for each place + level.
 */
function levelsAfter(text: string, place: string): number {
  let found = 0;
  for (let i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + 1)) {
    const k = LEVEL_CODES.indexOf(text.charCodeAt(i + place.length));
    if (k >= 0) found |= 1 << k;
  }
  return found;
}

/** A place the document writes where a place stands: after a break (line start, punctuation, a bracket), not inside a word (国家生态市). */
function standsAsPlace(text: string, place: string): boolean {
  return placeAt(text, place) >= 0;
}

/** Where the document writes `place` as a place (after a break, or after 中共: the place's party body), or -1. */
function placeAt(text: string, place: string): number {
  for (let i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + 1)) {
    if (i === 0 || !isHan(text.charCodeAt(i - 1)) || PARTY_OPENINGS.some((o) => text.startsWith(o, i - o.length))) return i;
  }
  return -1;
}

/** 烟台市: a division the table knows by that name, or a place the document writes as one. */
function isPlace(doc: Doc, place: string): boolean {
  return (divisions().byName.get(place) ?? []).some((e) => !e.stem) || standsAsPlace(doc.view, place);
}

/** Vertical bodies named for their district, not for the city (海口海关, 某某海事局): never a level word. */
const NO_LEVEL_WORD = /^(?:海关|海事局)/u;

/** The first characters of PARTY_OPENINGS (中共, 中国共产党): most names start with none. */
const PARTY_FIRST = bitTable(PARTY_OPENINGS);

/** True when the name opens with a party's name (中共某州某委党组). */
function opensWithParty(view: string): boolean {
  return inBitTable(PARTY_FIRST, view.charCodeAt(0)) && startsWithOne(PARTY_OPENINGS, view);
}

/** True when a level's character stands among the first `n` characters of `view` (read in place). */
function holdsLevelWithin(view: string, n: number): boolean {
  return anyInBitTable(LEVEL_CHARS, view, 0, Math.min(n, view.length));
}

/**
 * 烟台人力资源和社会保障局 → 烟台市人力资源和社会保障局 when the document names 烟台市 (one level
 * word only; a name whose place has its level already is left as it is). The place with its level
 * must be a real division or stand as a place in the text, and never a department's own words
 * (生态环境局 where the text says 国家生态市 stays 生态环境局).
 */
export function withLevelWord(doc: Doc, name: OrgName): OrgName {
  if (opensWithParty(name.view) || holdsLevelWithin(name.view, LEVEL_REACH)) return name;
  for (const n of BARE_PLACE) {
    const place = name.view.slice(0, n);
    const rest = name.view.slice(n);
    if (rest.length < 2 || cutsDepartmentWord(name.view, n) || NAMES_PLACE.test(rest) || NO_LEVEL_WORD.test(rest) || !isOrgName(rest)) continue;
    const written = levelsAfter(doc.view, place);
    const levels = LEVEL_WORDS.filter((l, k) => (written & (1 << k)) !== 0 && isPlace(doc, place + l));
    if (levels.length !== 1) continue;
    const level = levels[0]!;
    return { view: place + level + rest, text: name.text.slice(0, n) + level + name.text.slice(n) };
  }
  return name;
}

/** The level the place right above a name ends with. */
const ABOVE_ENDS = bitTable('省市州盟区县');
/** How far before a name the places above it are looked for: 浙江省杭州市 and a bit. */
const CHAIN_BEFORE = 12;
/** Occurrences of the name looked at. */
const OCCURRENCES_MAX = 20;

/**
 * The name with the places above it that the document writes before it where the name stands in
 * full after a break (a line's start, a bracket, punctuation): 天津市 + 静海区人民政府.
 */
export function withPlacesAbove(doc: Doc, name: OrgName): OrgName {
  const { view } = doc;
  // only a district, county or township is named with the city above it (a city goes alone)
  if (name.view.length < 3) return name;
  // the level of the place the name opens with, read in place: a city or a province goes alone
  const level = pieceNameAt(name.view, 0);
  if (level < 0 || !LEVELS_UNDER_A_CITY.includes(name.view.charAt(level))) return name;
  const own = placeChainAt(name.view, 0, 1)[0];
  if (!own || !LEVELS_UNDER_A_CITY.includes(own.level)) return name;
  let best = '';
  let bestAt = -1;
  let seen = 0;
  for (let i = view.indexOf(name.view); i >= 0 && seen < OCCURRENCES_MAX; i = view.indexOf(name.view, i + 1), seen++) {
    // places above end in a level right before the name (天津市|静海区…)
    if (!inBitTable(ABOVE_ENDS, view.charCodeAt(i - 1))) continue;
    for (let s = Math.max(0, i - CHAIN_BEFORE); s <= i - 3; s++) {
      if (s > 0 && isHan(view.charCodeAt(s - 1))) continue;
      const pieces = placeChainAt(view, s);
      if (!pieces.some((p) => p.end === i)) continue;
      if (i - s > best.length) {
        best = view.slice(s, i);
        bestAt = s;
      }
      break;
    }
  }
  if (bestAt < 0) return name;
  return { view: best + name.view, text: doc.input.slice(bestAt, bestAt + best.length) + name.text };
}

const CITY = '市';

/** The official name of the one autonomous place `token` writes in a short form (临夏州 → 临夏回族自治州), or null. */
function autonomousFullName(token: PlaceToken): string | null {
  const first = token.entries[0];
  if (!first || token.entries.some((e) => e.division !== first.division)) return null;
  const official = first.division.name;
  return official !== token.text && official.includes(AUTONOMOUS) ? official : null;
}

/**
 * The name with its places written as the document writes them in full: an autonomous place's
 * short form (临夏州卫计委 where the page reads 临夏回族自治州 → 临夏回族自治州卫计委) and a district
 * sharing its city's 市 (青岛市北区商务局 where the page reads 青岛市市北区 → 青岛市市北区商务局). Only
 * the places the name opens with; a short form the document never writes in full is left as it is
 * (伊犁州水利局).
 */
export function withFullPlaceNames(doc: Doc, name: OrgName): OrgName {
  // the name's places are read only where the document may write one in full: an autonomous place's
  // name, or the city's name followed by a second 市 (two native searches spare most documents the read)
  const cityEnd = name.view.indexOf(CITY);
  if (!doc.view.includes(AUTONOMOUS) && !(cityEnd > 0 && doc.view.includes(name.view.slice(0, cityEnd + 1) + CITY))) return name;
  const tokens = placesInName(name.view);
  let view = '';
  let text = '';
  let done = 0;
  let prev: PlaceToken | null = null;
  // a party body's name opens with 中共 before its place (中共某州某委党组)
  const opening = openingOf(PARTY_OPENINGS, name.view)?.length ?? 0;
  for (const token of tokens) {
    // only the places the name opens with, one after another
    if (token.start > (prev ? prev.end : opening)) break;
    let full: string | null = null;
    let at = -1;
    if (prev && token.start < prev.end) {
      // the district's own 市 where the document writes the city and the district apart
      at = placeAt(doc.view, prev.text + token.text);
      if (at >= 0) {
        at += prev.text.length;
        full = token.text;
      }
    } else {
      const official = autonomousFullName(token);
      if (official) at = placeAt(doc.view, official);
      if (at >= 0) full = official;
    }
    if (full !== null) {
      const from = prev && token.start < prev.end ? prev.end : token.start;
      view += name.view.slice(done, from) + full;
      text += name.text.slice(done, from) + doc.input.slice(at, at + full.length);
      done = token.end;
    }
    prev = token;
  }
  if (done === 0) return name;
  return { view: view + name.view.slice(done), text: text + name.text.slice(done) };
}
