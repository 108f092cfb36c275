// The places an issuer's name states (杭州市 + 上城区 in 杭州市上城区教育局; 武汉 in 武汉经开区统计局),
// read left to right against the division table.
import { PARTY_OPENINGS } from '../data/issuerNames.js';
import { ZONE_WORDS } from '../data/divisionNames.js';
import { departmentWordAt } from './departmentWords.js';
import { divisions, entriesAt, lengthsAt, longest, type Division, type Entry } from './divisions.js';
import { openingOf, startsWithOne } from '../wordLists.js';

export interface PlaceToken {
  readonly start: number;
  readonly end: number;
  /** The name as written (in the folded view). */
  readonly text: string;
  /** The places it can be; several for a name shared by several places (鼓楼区). */
  readonly entries: readonly Entry[];
}


/** Full names this short are places only at the start of a name or right after another place (城区, 郊区). */
const SHORT_NAME = 2;

/** A township's suffix and its government, or the end: what makes the name before it a township's (sticky). */
const TOWNSHIP_AFTER = /(?:街道|苏木|[镇乡])(?:人民政府|政府|办事处|党委|党工委|$)/uy;
/** The first characters of TOWNSHIP_AFTER: elsewhere it is not run. */
const TOWNSHIP_FIRST = '街苏镇乡';

/** True when a township's suffix (and its government, or the end) starts at `at` in `name`. */
function townshipAfter(name: string, at: number): boolean {
  if (at >= name.length || !TOWNSHIP_FIRST.includes(name.charAt(at))) return false;
  TOWNSHIP_AFTER.lastIndex = at;
  return TOWNSHIP_AFTER.test(name);
}


/** How far after a stem a zone's word may stand: 济源 + 产城融合 + 示范区. */
const ZONE_REACH = 6;

/** How far after a stem a zone's word is looked for (it ends by then). */
const ZONE_WINDOW = ZONE_REACH + 8;
/** A place's or an organ's word between a stem and a zone's word: the zone is not the stem's. */
const BETWEEN_STEM_AND_ZONE = /[省市县局委厅办部镇乡]|政府|街道/u;

/** True when a zone's word follows `at` within ZONE_REACH characters (no place or organ word in between). */
function zoneSoon(name: string, at: number): boolean {
  const limit = at + ZONE_WINDOW;
  for (const w of ZONE_WORDS) {
    // the first one after `at`, when it ends within the window (a later one would end later)
    const i = name.indexOf(w, at);
    if (i < 0 || i + w.length > limit || i - at > ZONE_REACH) continue;
    if (!BETWEEN_STEM_AND_ZONE.test(name.slice(at, i))) return true;
  }
  return false;
}

function countStems(entries: readonly Entry[]): number {
  let n = 0;
  for (const e of entries) if (e.stem) n++;
  return n;
}

/** The longest entry list for a name starting at `at`, and its length. */
function longestAt(name: string, at: number, anchored: boolean): { length: number; entries: readonly Entry[] } | null {
  const t = divisions();
  for (let lengths = lengthsAt(t, name, at, name.length), k = longest(lengths); k >= SHORT_NAME; lengths ^= 1 << k, k = longest(lengths)) {
    const entries = entriesAt(t, name, at, k);
    if (!entries) continue;
    // most names are full names only or stems only: the list itself, with no copy
    const stemCount = countStems(entries);
    if (stemCount < entries.length && (anchored || k > SHORT_NAME)) {
      return { length: k, entries: stemCount === 0 ? entries : entries.filter((e) => !e.stem) };
    }
    // a bare stem names a place only where a zone's word, another place or (for a province or a
    // prefecture) a department's word follows: 武汉经开区, 济源产城融合示范区, 烟台人力资源和社会保障局
    const stems = stemCount === entries.length ? entries : entries.filter((e) => e.stem);
    if (!anchored || stems.length === 0) continue;
    const upper = stems.filter((e) => e.division.level !== 'county');
    // a zone named for a city and for a county of that city (南昌经开区: 南昌市, 南昌县) is the city's
    if (zoneSoon(name, at + k)) return { length: k, entries: upper.length > 0 && withinUpper(stems, upper) ? upper : stems };
    if (fullAt(name, at + k)) return { length: k, entries: stems };
    if (upper.length > 0 && departmentWordAt(name, at + k)) return { length: k, entries: upper };
  }
  return null;
}

/** True when every county among `stems` lies within one of `upper`. */
function withinUpper(stems: readonly Entry[], upper: readonly Entry[]): boolean {
  return stems.every((e) => e.division.level !== 'county' || upper.some((u) => contains(u.division, e.division)));
}

/** True when a place's full name starts at `at`. */
function fullAt(name: string, at: number): boolean {
  const t = divisions();
  for (let lengths = lengthsAt(t, name, at, name.length), k = longest(lengths); k >= SHORT_NAME; lengths ^= 1 << k, k = longest(lengths)) {
    if (entriesAt(t, name, at, k)?.some((e) => !e.stem)) return true;
  }
  return false;
}

/** The place whose name starts at `at`, or null. */
function tokenAt(name: string, at: number, anchored: boolean): PlaceToken | null {
  const found = longestAt(name, at, anchored);
  // a place's name that a township's suffix follows is the township's name (城区街道, 东区街道办事处)
  if (!found || townshipAfter(name, at + found.length)) return null;
  return { start: at, end: at + found.length, text: name.slice(at, at + found.length), entries: found.entries };
}

/**
 * A district whose name opens with 市 written after its city's name with the one 市 for both
 * (青岛市北区 = 青岛市 + 市北区, 济南市中区 = 济南市 + 市中区), or null: the district of that city
 * whose name starts at the city's 市 (asked where no place follows the city otherwise).
 */
function sharedLevelDistrict(name: string, city: PlaceToken): PlaceToken | null {
  if (!city.text.endsWith(CITY)) return null;
  const next = tokenAt(name, city.end - 1, true);
  if (!next) return null;
  const within = next.entries.filter((e) => city.entries.some((c) => c.division !== e.division && contains(c.division, e.division)));
  return within.length > 0 ? { ...next, entries: within } : null;
}
const CITY = '市';

const BRANCH = '分局';
/** A regulator's branch: 国家金融监督管理总局某某监管分局. */
const SUPERVISION_BRANCH = '监管分局';

/**
 * A place named by its stem before 分局: a district or county in the city the name states before it
 * (佛山市生态环境局顺德分局 → 顺德区, 某市公安局朝阳分局), or, right after a national body, the place
 * of that body's branch (国家金融监督管理总局伊犁监管分局 → 伊犁哈萨克自治州); else null.
 */
function branchAt(name: string, at: number, tokens: readonly PlaceToken[], national: boolean): PlaceToken | null {
  const city = tokens[tokens.length - 1];
  if (!city && !national) return null;
  const t = divisions();
  for (let lengths = lengthsAt(t, name, at, name.length), k = longest(lengths); k >= SHORT_NAME; lengths ^= 1 << k, k = longest(lengths)) {
    if (!name.startsWith(BRANCH, at + k) && !name.startsWith(SUPERVISION_BRANCH, at + k)) continue;
    const within = (entriesAt(t, name, at, k) ?? []).filter((e) =>
      city ? e.stem && e.division.level === 'county' && city.entries.some((c) => contains(c.division, e.division)) : e.stem,
    );
    if (within.length > 0) return { start: at, end: at + k, text: name.slice(at, at + k), entries: within };
  }
  return null;
}

/** The places `name` (a folded issuer name) states, in order. */
export function placesInName(name: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  const opening = openingOf(PARTY_OPENINGS, name);
  const national = opening ? 0 : nationalBodyEnd(name);
  let at = opening ? opening.length : national;
  let anchor = at;
  const branches = name.includes(BRANCH);
  while (at < name.length - 1) {
    // right after a city where no place starts, a district may share the city's 市 (青岛市|市北区)
    const prev = at === anchor ? tokens[tokens.length - 1] : undefined;
    const token =
      tokenAt(name, at, at === anchor) ??
      (prev && prev.end === at ? sharedLevelDistrict(name, prev) : null) ??
      (branches ? branchAt(name, at, tokens, national > 0 && at === national) : null);
    if (token) {
      tokens.push(token);
      at = token.end;
      anchor = at;
    } else at++;
  }
  return tokens;
}

/** A national body's branch names its place after the body: 国家统计局|莆田调查队, 国家税务总局|某市税务局. */
const NATIONAL_BODY = /^(?:国家|中华人民共和国)[\u4e00-\u9fff]{1,10}?(?:总局|局|总署|署)/u;
/** NATIONAL_BODY's first characters (国家, 中华人民共和国): elsewhere it is not run. */
const NATIONAL_FIRST = 0x56fd; // 国
const STATE_FIRST = 0x4e2d; // 中

/** Where the place of a national body's branch may start: after the body's name, or 0. */
function nationalBodyEnd(name: string): number {
  const first = name.charCodeAt(0);
  if (first !== NATIONAL_FIRST && first !== STATE_FIRST) return 0;
  const m = NATIONAL_BODY.exec(name);
  return m !== null && m[0].length < name.length - 1 ? m[0].length : 0;
}

/** True when `name` opens with a place (the first of placesInName, found without reading on). */
export function opensWithPlace(name: string): boolean {
  return name.length > 1 && !startsWithOne(PARTY_OPENINGS, name) && tokenAt(name, 0, true) !== null;
}

/** True when `a` is `d` or one of its parents. */
export function contains(a: Division, d: Division): boolean {
  return a === d || a === d.province || a === d.prefecture;
}

/** True when `d` is one of `candidates`, holds one or lies in one. */
function fitsAny(candidates: readonly Division[], d: Division): boolean {
  for (const a of candidates) if (contains(a, d) || contains(d, a)) return true;
  return false;
}

/** The candidate `d` lies in (not `d` itself), or `d`. */
function deeperOf(candidates: readonly Division[], d: Division): Division {
  for (const a of candidates) if (contains(d, a) && a !== d) return a;
  return d;
}

/** The places the last token can be, given the ones before it (杭州市 + 上城区: the 上城区 in 杭州市). */
export function chainCandidates(tokens: readonly PlaceToken[]): Division[] {
  let candidates: Division[] = [];
  for (const token of tokens) {
    const next: Division[] = [];
    for (const e of token.entries) if (candidates.length === 0 || fitsAny(candidates, e.division)) next.push(e.division);
    // a token that fits none of the places before it is passed over: the chain keeps what it knows
    if (next.length === 0) continue;
    // the deeper of two nested places is the one the issuer belongs to
    for (let k = 0; k < next.length; k++) next[k] = deeperOf(candidates, next[k]!);
    candidates = next;
  }
  const distinct: Division[] = [];
  for (const d of candidates) if (!distinct.includes(d)) distinct.push(d);
  return distinct;
}
