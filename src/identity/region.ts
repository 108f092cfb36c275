// Where the issuer belongs: the places its name states, settled by the places the document names
// where a name fits several (鼓楼区) or names none below a township (长征镇: the 普陀区 of the text).
import { ZONE_WORDS } from '../data/divisionNames.js';
import type { Region } from '../schema.js';
import { departmentWordWithin } from './departmentWords.js';
import { divisions, type Division } from './divisions.js';
import { readEvidence, settle, zoneOwners, type Evidence } from './evidence.js';
import { chainCandidates, contains, placesInName, type PlaceToken } from './places.js';
import { endsWithOne, openingOf, startsWithOne } from '../wordLists.js';

export interface RegionReading {
  /** The smallest county-level or higher place the issuer belongs to, when known. */
  readonly division: Division | null;
  readonly region: Region | null;
  /** The 乡/镇/街道 the name states, as written. */
  readonly township: string | null;
  /** The places the name states. */
  readonly tokens: readonly PlaceToken[];
  /** A place the name states that the data does not know, and the level its suffix gives. */
  readonly unknown: { readonly name: string; readonly suffix: string } | null;
  readonly warnings: readonly string[];
}

/**
 * A township's name after the places (and a 人民政府 of its county): 金龙街道 in 鲤城区人民政府金龙街道办事处
 * (苏木: Inner Mongolia's townships of the pastures).
 */
/** The codes of the characters of `chars`. */
function codesOf(chars: string): readonly number[] {
  return Array.from(chars, (c) => c.charCodeAt(0));
}

const TOWNSHIP = /^(?:人民政府)?(\p{Script=Han}{1,8}?(?:街道|苏木|镇|乡))(?=人民政府|政府|办事处|党委|党工委|$)/u;
/**
 * TOWNSHIP's suffix ends within this many code units (人民政府, 8 characters of two units at most,
 * 街道): its first character is looked for first.
 */
const TOWNSHIP_REACH = 4 + 2 * 8 + 2;
const TOWNSHIP_MARKS = codesOf('街苏镇乡');
/** A place-like name the data does not know: two to six characters and a level's suffix. */
const PLACE_LIKE = /^(\p{Script=Han}{2,6}?)(自治县|自治州|自治旗|地区|[省市县区旗州盟])/u;
/** PLACE_LIKE's suffix holds one of these, after 2 to 6 characters of two units at most and up to 自治: looked for first. */
const PLACE_MARKS = codesOf('省市县区旗州盟');
const PLACE_MARK_FROM = 2;
const PLACE_MARK_TO = 2 * 6 + 3;

/** True when a character of `marks` stands in `text[from, to)` (a few codes compared: no table to bring in for one name). */
function holds(text: string, marks: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) {
    const c = text.charCodeAt(k);
    for (let m = 0; m < marks.length; m++) if (marks[m] === c) return true;
  }
  return false;
}
/** Words that show a place-like piece is part of an organ's name instead. */
const ORGAN_WORDS = /政府|[局委厅办部署党院所镇乡]|中共|街道/u;
/**
 * Words joined by 和, as a department's name joins them (住房和城|市, 人力资源和社会保障|局): a place's
 * name has 和 only first, after one character or last (和平, 呼和浩特, 民和, 太和).
 */
const JOINED_WORDS = /\p{Script=Han}{2}和\p{Script=Han}/u;
/** The party's name an organ's name may open with (中共高新区工委). */
const PARTY_PREFIX = /^(?:中共|中国共产党)/u;
/** The suffixes a place may have changed to since (长寿县 → 长寿区, 铜仁地区 → 铜仁市). */
const NEW_SUFFIXES: readonly string[] = ['区', '市', '县', '旗', '地区'];

/** "江苏省南京市鼓楼区 (320106)" */
function describePlace(d: Division): string {
  const path = [d.province, d.prefecture].filter((x): x is Division => x !== null && x !== d).map((x) => x.name);
  return `${path.join('')}${d.name} (${d.code})`;
}

/** The place a zone from the data belongs to (郑州高新技术产业开发区 → 郑州市). */
function governing(d: Division): Division {
  return d.zone ? (d.prefecture ?? d.province ?? d) : d;
}

function regionOf(d: Division, tokens: readonly PlaceToken[], township: string | null, renamed?: string): Region {
  // most names state no old name: no map
  let written: Map<Division, string> | null = null;
  for (const t of tokens) for (const e of t.entries) if (e.renamed) (written ??= new Map()).set(e.division, t.text);
  if (renamed !== undefined) (written ??= new Map()).set(d, renamed);
  return {
    code: d.code,
    province: nameOf(d.level === 'provincial' ? d : d.province, written),
    prefecture: nameOf(d.level === 'prefectural' ? d : d.prefecture, written),
    county: d.level === 'county' ? nameOf(d, written) : null,
    township,
  };
}

/** The name of `x` as the issuer's name writes it (an old name), or its name. */
function nameOf(x: Division | null, written: ReadonlyMap<Division, string> | null): string | null {
  return x ? (written?.get(x) ?? x.name) : null;
}

/** A place with the suffix it has today, in the chain the name states so far (长寿县 → 长寿区). */
function withNewSuffix(stem: string, within: readonly Division[]): Division[] {
  const { byName } = divisions();
  for (const suffix of NEW_SUFFIXES) {
    const found = (byName.get(stem + suffix) ?? [])
      .filter((e) => !e.stem)
      .map((e) => e.division)
      .filter((d) => within.length === 0 || within.some((a) => contains(a, d)));
    if (found.length > 0) return found;
  }
  return [];
}

/** Reads where an issuer named `view` (folded; `written` as the document has it) belongs. */
export function readRegion(view: string, written: string, evidenceOf: () => Evidence): RegionReading {
  const tokens = placesInName(view);
  const after = tokens.length > 0 ? tokens[tokens.length - 1]!.end : 0;
  const rest = view.slice(after);
  const t = holds(rest, TOWNSHIP_MARKS, 0, TOWNSHIP_REACH) ? TOWNSHIP.exec(rest) : null;
  const township = t ? written.slice(after + t[0].length - t[1]!.length, after + t[0].length) : null;
  const warnings: string[] = [];
  // a fresh list: each place replaced by the one it belongs to in place
  let candidates = chainCandidates(tokens);
  for (let k = 0; k < candidates.length; k++) candidates[k] = governing(candidates[k]!);
  let unknown: RegionReading['unknown'] = null;
  /** A place named with the suffix it had (长寿县, now 长寿区), as written. */
  let oldName: string | undefined;

  const p = !t && holds(rest, PLACE_MARKS, PLACE_MARK_FROM, PLACE_MARK_TO) && !startsWithOne(ZONE_WORDS, rest) ? PLACE_LIKE.exec(rest) : null;
  const zone = p !== null && endsWithOne(ZONE_WORDS, p[0]);
  if (p && !zone && !ORGAN_WORDS.test(p[0]) && !JOINED_WORDS.test(p[1]!) && !departmentWordWithin(rest, p[0].length)) {
    const renamed = withNewSuffix(p[1]!, candidates);
    if (renamed.length > 0) {
      candidates = renamed;
      oldName = written.slice(after, after + p[0].length);
    } else unknown = { name: written.slice(after, after + p[0].length), suffix: p[2]! };
  }

  if (tokens.length === 0 && !unknown) {
    // a zone named without its place (高新区管委会): the place the document puts before that zone's word
    const unprefixed = view.replace(PARTY_PREFIX, '');
    const zone = openingOf(ZONE_WORDS, unprefixed);
    const owner = zone ? zoneOwner(evidenceOf, zone) : null;
    if (owner) candidates = [governing(owner)];
  }
  const stem = tokens.length === 1 ? zoneStem(view, tokens[0]!) : null;
  if (stem) {
    // a zone named for a stem that also names a district elsewhere (东湖高新区: 南昌's 东湖区) belongs
    // to the place the document writes before that stem (武汉东湖新技术开发区), when that place holds
    // none of the stem's districts
    const owner = zoneOwner(evidenceOf, stem);
    if (owner && !candidates.some((c) => contains(owner, c) || contains(c, owner))) candidates = [governing(owner)];
  }
  let division: Division | null = candidates.length === 1 ? candidates[0]! : null;
  if (candidates.length > 1) {
    division = settle(evidenceOf(), candidates, false);
    if (!division) {
      const names = [...new Set(tokens.map((x) => x.text))].join('');
      warnings.push(`issuer region: ${names} could be ${candidates.map(describePlace).join(', ')}; the document names nothing that tells them apart`);
      return { division: null, region: null, township, tokens, unknown, warnings };
    }
  }
  if (unknown) {
    warnings.push(`issuer region: the division data does not know ${unknown.name}; its code is left null`);
    const known = division ? regionOf(division, tokens, township) : null;
    const level = unknown.suffix === '省' ? 'province' : /[州盟]|地区/u.test(unknown.suffix) ? 'prefecture' : 'county';
    const region: Region = { code: null, province: known?.province ?? null, prefecture: known?.prefecture ?? null, county: null, township };
    region[level] = unknown.name;
    return { division: null, region, township, tokens, unknown, warnings };
  }
  if (township && (division === null || division.level !== 'county')) {
    // the county a township belongs to, from the places the document names (within what the name says)
    const evidence = evidenceOf();
    // a city with no counties (东莞市, 中山市) holds its towns and streets itself
    const county = settle(evidence, namedCounties(evidence, division), true) ?? settle(evidence, namedCountylessCities(evidence, division), true);
    if (county) division = county;
    else {
      warnings.push(`issuer region: the document names no county that ${township} belongs to`);
      const known = division ? regionOf(division, tokens, township) : null;
      const region: Region = known
        ? { code: null, province: known.province, prefecture: known.prefecture, county: known.county, township }
        : { province: null, prefecture: null, county: null, code: null, township };
      return { division: null, region, township, tokens, unknown, warnings };
    }
  }
  const region = division ? regionOf(division, tokens, township, candidates.length === 1 && division === candidates[0] ? oldName : undefined) : null;
  return { division, region, township, tokens, unknown, warnings };
}

/** True when `d` is a county (no zone) within `within`, or anywhere when it is null. */
function isCountyWithin(d: Division, within: Division | null): boolean {
  return d.level === 'county' && !d.zone && (within === null || contains(within, d));
}

/** The counties the document names (by mention, then by credit code), each once, within `within`. */
function namedCounties(evidence: Evidence, within: Division | null): Division[] {
  const out: Division[] = [];
  for (const d of evidence.counts.keys()) if (isCountyWithin(d, within)) out.push(d);
  for (const d of evidence.credits.keys()) if (isCountyWithin(d, within) && !out.includes(d)) out.push(d);
  return out;
}

/** The cities with no counties the document names, within `within`. */
function namedCountylessCities(evidence: Evidence, within: Division | null): Division[] {
  const cities = countyless();
  const out: Division[] = [];
  for (const d of evidence.counts.keys()) if (cities.has(d) && (within === null || contains(within, d))) out.push(d);
  return out;
}

/** The stem a zone's name opens with, when the name's only place is that bare stem (东湖 of 东湖高新区). */
function zoneStem(view: string, token: PlaceToken): string | null {
  if (token.start !== 0) return null;
  for (const e of token.entries) if (!e.stem) return null;
  for (const w of ZONE_WORDS) if (view.includes(w, token.end)) return token.text;
  return null;
}

/** The one place the document names most often before `zone`, or null. */
function zoneOwner(evidenceOf: () => Evidence, zone: string): Division | null {
  const owners = [...zoneOwners(evidenceOf().view, zone)].sort((a, b) => b[1] - a[1]);
  return owners.length > 0 && (owners.length === 1 || owners[0]![1] > owners[1]![1]) ? owners[0]![0] : null;
}

let countylessCities: ReadonlySet<Division> | undefined;

/** The prefecture-level cities that have no county-level places (东莞市, 中山市, 嘉峪关市, 儋州市). */
function countyless(): ReadonlySet<Division> {
  if (countylessCities) return countylessCities;
  const all = [...divisions().byCode.values()];
  const withCounties = new Set<Division>();
  for (const d of all) if (d.level === 'county' && !d.zone && d.prefecture) withCounties.add(d.prefecture);
  countylessCities = new Set(all.filter((d) => d.level === 'prefectural' && !withCounties.has(d)));
  return countylessCities;
}

/** The document's places, read once on first need. */
export function lazyEvidence(view: string): () => Evidence {
  let evidence: Evidence | undefined;
  return () => (evidence ??= readEvidence(view));
}
