// Organisation names: is a piece of text one, and its official form (abbreviations expanded, a place
// standing for its government, typing slips such as 元谋县县 and pinyin glosses such as 区(qū) removed).
import {
  ZONE_ABBREVIATIONS,
  NOT_ISSUERS,
  NOT_IN_NAMES,
  NOT_NAME_STARTS,
  ORG_SUFFIXES,
  PREDICATE_STARTS,
  PLACE_LEVELS,
} from '../data/issuerNames.js';
import { anyInBitTable, bitTable, inBitTable } from '../charTable.js';
import { expandAbbreviation, PARTY } from './abbreviation.js';
import { opensWithPlace } from '../identity/places.js';
import { ZONE_WORDS } from '../data/divisionNames.js';
import { holdsOutsideDivisions } from './divisionChars.js';
import { endsWithOne, startsWithOne } from '../wordLists.js';

/** A name in two forms kept in step: `view` (normalised, for matching) and `text` (as written). */
export interface OrgName {
  readonly view: string;
  readonly text: string;
}

const ZONE_ABBREVIATION_ENTRIES = Object.entries(ZONE_ABBREVIATIONS);
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/gu;
const NEEDS_PLACE = ['办公室', '中心', '院', '办'];
/** The last characters of NEEDS_PLACE: a name ending otherwise needs no place. */
const NEEDS_PLACE_FINALS = bitTable(NEEDS_PLACE.map((w) => w[w.length - 1]!));
const PLACE_CHARS = /[省市县区镇乡州旗盟]/u;
const NEVER_ENDS = ['科', '股', '网', '网站', '门户', '平台', '专栏'];
/** The last characters of NEVER_ENDS: a name ending otherwise ends in none of them. */
const NEVER_END_FINALS = bitTable(NEVER_ENDS.map((w) => w[w.length - 1]!));

/** 局党组, 委党委: a body's party group named by the body's kind alone (the body's self-reference). */
const KIND_AND_PARTY = /^[局委厅办部署]党(?:组|委|工委)$/u;
const KIND_PARTY_MAX = 4;
/** 县局, 市委, 省厅: a level (BARE_LEVEL_FIRST) and one of these kinds name a body of any place, not one. */
const LEVEL_KINDS = bitTable('局委厅办部');
/** NOT_IN_NAMES (的 在 是 将 把) as a table: a name is read for them in place. */
const NOT_IN_NAME_TABLE = bitTable(NOT_IN_NAMES);
/** The longest of NOT_ISSUERS: a longer name is none of them. */
const NOT_ISSUER_MAX = Math.max(...NOT_ISSUERS.map((w) => w.length));

/** The first characters of the predicate starts: only a name starting with one needs trying. */
const PREDICATE_FIRST = bitTable(PREDICATE_STARTS);
/** 县委县政府, 镇党委政府: a party committee named first is a pair of bodies, not one issuer. */
const PARTY_FIRST = /(?:^[省市县区镇乡]委|党委|党工委|党组)[省市县区镇乡]?(?:人民)?(?:政府|办事处)$/u;

/** Drops the characters of `view` (and the same ones of `text`) where `keep` says false. */
function filter(name: OrgName, keep: (i: number) => boolean): OrgName {
  let view = '';
  let text = '';
  for (let i = 0; i < name.view.length; i++) {
    if (!keep(i)) continue;
    view += name.view[i];
    text += name.text[i] ?? '';
  }
  return { view, text };
}

/** True when `view` (a name: a few characters) holds the ( of a gloss or a space, read in place. */
function holdsGlossOrSpace(view: string): boolean {
  for (let i = 0; i < view.length; i++) {
    const code = view.charCodeAt(i);
    if (code === OPENING_PAREN || code === SPACE) return true;
  }
  return false;
}
const SPACE = 0x20;

function withoutGlosses(name: OrgName): OrgName {
  if (!holdsGlossOrSpace(name.view)) return name;
  const drop = new Uint8Array(name.view.length);
  // the global pattern walked by exec (matchAll would copy it at every call)
  PINYIN_GLOSS.lastIndex = 0;
  for (let m = PINYIN_GLOSS.exec(name.view); m !== null; m = PINYIN_GLOSS.exec(name.view)) drop.fill(1, m.index, m.index + m[0].length);
  return filter(name, (i) => drop[i] === 0 && name.view[i] !== ' ');
}

/** Levels that are never doubled in a real name (市市场监督管理局 is, 县县 is a slip). */
const DOUBLED_SLIP = bitTable('省县');

/** True when the character at `i` of `view` is a level DOUBLED_SLIP holds typed a second time (县县). */
function levelTypedTwiceAt(view: string, i: number): boolean {
  const code = view.charCodeAt(i);
  return i > 0 && code === view.charCodeAt(i - 1) && inBitTable(DOUBLED_SLIP, code);
}

/** 元谋县县卫生健康局 → 元谋县卫生健康局: a level character typed twice. */
function withoutDoubledLevel(name: OrgName): OrgName {
  // read in place: most names hold no such slip
  let slip = false;
  for (let i = 1; i < name.view.length && !slip; i++) slip = levelTypedTwiceAt(name.view, i);
  return slip ? filter(name, (i) => !levelTypedTwiceAt(name.view, i)) : name;
}

/** Zones run by a 管理委员会 of their own (开发区, 园区, 示范区 …), not by a 人民政府 (新区 and 新城 may be either). */
const ZONES_UNDER_COMMITTEE: readonly string[] = ZONE_WORDS.filter((w) => w !== '新区' && w !== '新城' && w !== '管理区');

/** The last characters of 街道, the zones and the place levels: a name ending in another is no place. */
const PLACE_FINALS = bitTable(['街道', ...ZONES_UNDER_COMMITTEE, ...PLACE_LEVELS].map((w) => w[w.length - 1]!));

/**
 * A place reporting on itself is issued by its government: 桑日镇 → 桑日镇人民政府; a zone by its
 * committee: 某某经济技术开发区 → 某某经济技术开发区管理委员会.
 */
function placeToGovernment(name: OrgName): OrgName {
  // a body's name (局, 委, 政府 …) ends in none of the places' last characters: most names asked about
  if (!inBitTable(PLACE_FINALS, name.view.charCodeAt(name.view.length - 1))) return name;
  if (name.view.endsWith('街道')) return { view: `${name.view}办事处`, text: `${name.text}办事处` };
  if (ZONES_UNDER_COMMITTEE.some((w) => name.view.endsWith(w)) && name.view.length > 2) {
    return { view: `${name.view}管理委员会`, text: `${name.text}管理委员会` };
  }
  if (name.view.length >= 2 && PLACE_LEVELS.some((l) => name.view.endsWith(l))) {
    return { view: `${name.view}人民政府`, text: `${name.text}人民政府` };
  }
  return name;
}

/** The official form of a name as written. */
export function officialName(view: string, text: string): OrgName {
  let name: OrgName = { view, text };
  name = withoutGlosses(name);
  name = withoutDoubledLevel(name);
  name = expandAbbreviation(name);
  return committeeInFull(placeToGovernment(name));
}

const COMMITTEE = '管理委员会';

/**
 * A zone's own management committee named with the zone in full (南昌经开区管委会 →
 * 南昌经济技术开发区管理委员会, 潍坊高新区 → 潍坊高新技术产业开发区管理委员会), as the committee
 * calls itself; a department of a zone keeps the zone as written (武汉经开区统计局).
 */
function committeeInFull(name: OrgName): OrgName {
  if (!name.view.endsWith(COMMITTEE)) return name;
  for (const [short, full] of ZONE_ABBREVIATION_ENTRIES) {
    const at = name.view.indexOf(short);
    if (at < 0 || at + short.length + COMMITTEE.length !== name.view.length) continue;
    return {
      view: name.view.slice(0, at) + full + COMMITTEE,
      text: name.text.slice(0, at) + full + name.text.slice(at + short.length),
    };
  }
  return name;
}

/** The last characters of every organisation suffix and place level (局, 委, 府, 县 …). */
const NAME_FINALS = bitTable([...ORG_SUFFIXES, ...PLACE_LEVELS].map((s) => s[s.length - 1]!));
const CLOSING_PAREN = ')'.charCodeAt(0);

/** False when a name cannot end with the character of char code `code` (a quick test before isOrgName). */
export function mayEndOrgName(code: number): boolean {
  return inBitTable(NAME_FINALS, code);
}

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
const OPENING_PAREN = '('.charCodeAt(0);
/** Characters no name starts with (我, 全, 各 …), and the longer starts of NOT_NAME_STARTS. */
const NOT_STARTS = bitTable(NOT_NAME_STARTS.filter((s) => s.length === 1));
const LONG_NOT_STARTS = NOT_NAME_STARTS.filter((s) => s.length > 1);
const LONG_NOT_STARTS_FIRST = bitTable(LONG_NOT_STARTS);
/** The levels a bare level (县局, 乡镇) starts with, and the last characters of 政府 and 办事处. */
const BARE_LEVEL_FIRST = bitTable('省市县区镇乡');

/** 乡镇, 市县, 县区: levels named together (BARE_LEVEL_FIRST's only) are a class of places, not a place. */
function levelsOnly(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (!inBitTable(BARE_LEVEL_FIRST, v.charCodeAt(i))) return false;
  return v.length > 0;
}
const PARTY_FIRST_FINAL = bitTable('府处');
/** Organisation suffixes and place levels by the char code of their last character (局 → 局, 委员会 …). */
const SUFFIXES_BY_FINAL: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const s of [...ORG_SUFFIXES, ...PLACE_LEVELS]) {
    const code = s.charCodeAt(s.length - 1);
    map.set(code, [...(map.get(code) ?? []), s]);
  }
  return map;
})();

/**
 * False when no name can start with the character of char code `code`: only an ideograph that
 * NOT_NAME_STARTS does not list, or the ( of a pinyin gloss, may (a quick test before isOrgName).
 */
export function mayStartOrgName(code: number): boolean {
  if (code >= HAN_FIRST && code <= HAN_LAST) return !inBitTable(NOT_STARTS, code);
  return code === OPENING_PAREN;
}

/** True when every character of `v` is a CJK ideograph. */
function allHan(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const code = v.charCodeAt(i);
    if (code < HAN_FIRST || code > HAN_LAST) return false;
  }
  return true;
}

/** True when `view` (a short piece of normalised text) is the name of an organisation or a place. */
export function isOrgName(view: string): boolean {
  const final = view.charCodeAt(view.length - 1);
  if (!inBitTable(NAME_FINALS, final) && final !== CLOSING_PAREN) return false;
  // a name of ideographs only (most asked about) holds no ( of a gloss: the ( is looked for in another
  let v = view;
  if (!allHan(view)) {
    if (!view.includes('(')) return false;
    v = view.replace(PINYIN_GLOSS, '');
    if (!allHan(v)) return false;
  }
  if (v.length < 2 || v.length > 40) return false;
  // the kind it ends with first: most stretches asked about end in none
  if (!endsWithOne(SUFFIXES_BY_FINAL.get(v.charCodeAt(v.length - 1)), v)) return false;
  const first = v.charCodeAt(0);
  // 和, 全 … open no name, except a place's whose name starts with one (和田地区, 和平区, 全椒县)
  if ((inBitTable(NOT_STARTS, first) && !opensWithPlace(v)) || (v.length <= NOT_ISSUER_MAX && NOT_ISSUERS.includes(v))) return false;
  if (inBitTable(LONG_NOT_STARTS_FIRST, first) && startsWithOne(LONG_NOT_STARTS, v)) return false;
  const last = v.charCodeAt(v.length - 1);
  if ((inBitTable(NEVER_END_FINALS, last) && endsWithOne(NEVER_ENDS, v)) || (inBitTable(PARTY_FIRST_FINAL, last) && PARTY_FIRST.test(v))) return false;
  if (inBitTable(BARE_LEVEL_FIRST, first) && (levelsOnly(v) || (v.length === 2 && inBitTable(LEVEL_KINDS, v.charCodeAt(1))))) return false;
  if (v.length <= KIND_PARTY_MAX && v.charCodeAt(1) === PARTY && KIND_AND_PARTY.test(v)) return false;
  if (inBitTable(PREDICATE_FIRST, first) && startsWithOne(PREDICATE_STARTS, v)) return false;
  if (anyInBitTable(NOT_IN_NAME_TABLE, v, 0, v.length) && holdsOutsideDivisions(v, NOT_IN_NAMES)) return false;
  return !(inBitTable(NEEDS_PLACE_FINALS, last) && endsWithOne(NEEDS_PLACE, v) && !PLACE_CHARS.test(v.slice(0, -1)));
}

/** A government's name (某县人民政府) or a sub-district's office (某某街道办事处), at the end of a name: the body a list of names is read for. */
export const GOVERNMENT_END = /(?:政府|办事处)$/u;

/** True when the name begins with a level and no place: 县司法局, 市水务局, 州安全生产监督管理局. */
export function isBareLevel(view: string): boolean {
  return inBitTable(BARE_LEVEL_START, view.charCodeAt(0));
}
const BARE_LEVEL_START = bitTable('省市县区镇乡州');
