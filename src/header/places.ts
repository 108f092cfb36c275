// Places a document names, by level: 江苏省 in 《江苏省安全生产条例》, 蒙城县 in “蒙城县‘5+N’…”,
// 杭州市上城区 in 〈杭州市上城区2024年…〉. Used to complete a mention with the place the document
// itself names (县司法局 → 蒙城县司法局, 烟台人社局 → 烟台市…, 静海区人民政府 → 天津市静海区人民政府);
// never a place the document does not name.
import { GENRE_NOT_PLACES, NOT_IN_NAMES, NOT_NAME_STARTS } from '../data/issuerNames.js';
import { CN_YEAR_DIGITS } from '../data/yearPattern.js';
import { ABOUT } from '../chrome/text.js';
import { holdsOutsideDivisions } from './divisionChars.js';
import { yearDuEnd } from './year.js';
import { anyInBitTable, bitTable, inBitTable, isHan } from '../charTable.js';

/** What may introduce a place at an opener, in order, each perhaps: 关于, a year (2023年度), 中共 (the place's party body). */
const PARTY = '中共';

/** Where the lead before a place at `at` ends (关于2023年度中共, each part perhaps there), or `at`: read in place. */
function placeLeadEnd(text: string, at: number): number {
  let p = text.startsWith(ABOUT, at) ? at + ABOUT.length : at;
  const year = yearDuEnd(text, p);
  if (year >= 0) p = year;
  return text.startsWith(PARTY, p) ? p + PARTY.length : p;
}
/** A level character that starts a word is no level: 市场, 区域, 县级, 乡村, 市直, 省属. */
const NOT_A_LEVEL = bitTable('场域级村直属');
/** Characters of a body's or a clause's words, never of a place's name (区卫健委在 + 区). */
const NOT_IN_PLACE_CHARS = `委局厅办府部${NOT_IN_NAMES}`;
const NOT_IN_PLACE = bitTable(NOT_IN_PLACE_CHARS);
/** Levels named with the places above them (杭州市上城区): a city or province is named alone. */
export const LEVELS_UNDER_A_CITY = '区县旗镇乡';
/** A place names at most this many levels in a row: 浙江省杭州市上城区. */
const CHAIN_MAX = 3;
/** Characters after which a place may open: an opening bracket or quotation, a line break. */
const OPENERS = bitTable('《〈“"(\n\r\u2028\u2029');
/** How the lead or a place starts: an ideograph or a year's digit (〇 is none of the ideographs). */
const LEAD_FIRST = bitTable(`0123456789${CN_YEAR_DIGITS}`);
const NOT_NAME_FIRST = bitTable(NOT_NAME_STARTS);

/** True when a word no name starts with (NOT_NAME_STARTS, at most two characters: within a place's name) starts at `p`. */
function notNameStartAt(text: string, p: number): boolean {
  if (!inBitTable(NOT_NAME_FIRST, text.charCodeAt(p))) return false;
  for (const s of NOT_NAME_STARTS) if (text.startsWith(s, p)) return true;
  return false;
}

const LEVEL_CHARS = bitTable('省市县区镇乡州');

/** False when no place can start at `p`: a place needs an ideograph there and a level 2–5 characters on. */
function mayStartPiece(text: string, p: number): boolean {
  if (!isHan(text.charCodeAt(p))) return false;
  return anyInBitTable(LEVEL_CHARS, text, p + PIECE_MIN, p + PIECE_MAX + 1);
}
const PIECE_MIN = 2;
const PIECE_MAX = 5;

interface Piece {
  /** The place's own name (上城). */
  readonly name: string;
  readonly level: string;
  /** The places above it and its own name, without its level (杭州市上城). */
  readonly chain: string;
  readonly end: number;
}

/**
 * The places named in a row from `at` (浙江省杭州市上城区 → three), each with the chain above it; the
 * first `max` of them only where no more are asked for (each place is read after those before it).
 */
export function placeChainAt(text: string, at: number, max = CHAIN_MAX): Piece[] {
  const pieces: Piece[] = [];
  let p = at;
  while (pieces.length < max && mayStartPiece(text, p)) {
    const n = pieceNameAt(text, p);
    if (n < 0 || notNameStartAt(text, p) || inBitTable(NOT_A_LEVEL, text.charCodeAt(p + n + 1))) break;
    // …unless the place is a division the table knows by that name (府谷县, 忻府区)
    if (anyInBitTable(NOT_IN_PLACE, text, p, p + n) && holdsOutsideDivisions(text.slice(p, p + n + 1), NOT_IN_PLACE_CHARS)) break;
    const name = text.slice(p, p + n);
    const chain = text.slice(at, p) + name;
    const level = text.charAt(p + n);
    p += n + 1;
    pieces.push({ name, level, chain, end: p });
  }
  return pieces;
}

/**
 * The length of the place's own name at `p`: the fewest ideographs (PIECE_MIN to PIECE_MAX) a
 * level follows (杭州|市, 上城|区), or -1; read in place.
 */
export function pieceNameAt(text: string, p: number): number {
  for (let n = 1; n <= PIECE_MAX; n++) {
    if (!isHan(text.charCodeAt(p + n - 1))) return -1;
    if (n >= PIECE_MIN && inBitTable(LEVEL_CHARS, text.charCodeAt(p + n))) return n;
  }
  return -1;
}


interface Named {
  count: number;
  /** The fullest chain the text gives for the place (杭州市上城 over 上城). */
  chain: string;
}

/** Counts the places of `level` named in a row from `at` into `named`; where the row ends (`at` if none). */
function countPlacesAt(text: string, at: number, level: string, named: Map<string, Named>): number {
  const first = text.charCodeAt(at);
  if (!isHan(first) && !inBitTable(LEAD_FIRST, first)) return at;
  const pieces = placeChainAt(text, placeLeadEnd(text, at));
  const last = pieces[pieces.length - 1];
  if (!last) return at;
  for (const piece of pieces) {
    if (piece.level !== level) continue;
    const seen = named.get(piece.name);
    const chain = LEVELS_UNDER_A_CITY.includes(level) ? piece.chain : piece.name;
    if (!seen) named.set(piece.name, { count: 1, chain });
    else {
      seen.count++;
      if (chain.length > seen.chain.length) seen.chain = chain;
    }
  }
  return last.end;
}

/** The longest lead (关于 + 2023年度 + 中共) and the longest row of places (CHAIN_MAX places of PIECE_MAX characters and a level). */
const LEAD_MAX = 10;
const ROW_MAX = LEAD_MAX + CHAIN_MAX * (PIECE_MAX + 1);

/** Each place of `level` the text names at its start or after an opening bracket or quotation. */
function placesOfLevel(text: string, level: string): Map<string, Named> {
  const named = new Map<string, Named>();
  let done = 0;
  if (text.length > 0) done = countPlacesAt(text, 0, level, named);
  // a row of places from an opener counts a place of the level only where the level's character
  // stands within the row's reach: the openers are looked for over the reach before each of the
  // level's characters (a native search finds those), each character looked at once, in order
  let scanned = 0;
  for (let q = text.indexOf(level); q >= 0; q = text.indexOf(level, q + 1)) {
    for (let o = Math.max(scanned, q - ROW_MAX); o < q; o++) {
      if (!inBitTable(OPENERS, text.charCodeAt(o))) continue;
      const at = o + 1;
      if (at < done) continue;
      const end = countPlacesAt(text, at, level, named);
      if (end > at) done = end;
    }
    scanned = Math.max(scanned, q);
  }
  return named;
}

/**
 * The place to put before a bare mention `rest` of `level` (县 + 司法局): one that the text names
 * right before `rest`, else the only (or clearly most frequent) place of that level; else null.
 * The place comes with the places above it when the text names them (杭州市上城 + 区教育局).
 */
export function placeFor(text: string, level: string, rest: string): string | null {
  const named = placesOfLevel(text, level);
  if (named.size === 0) return null;
  const head = rest.slice(0, 2);
  const direct = [...named.keys()].filter((p) => head !== '' && text.includes(`${p}${level}${head}`));
  if (direct.length === 1) return named.get(direct[0]!)!.chain;
  const ranked = [...named.values()].sort((a, b) => b.count - a.count);
  const [top, second] = ranked;
  if (!top) return null;
  return !second || top.count > second.count ? top.chain : null;
}

/** A place a plan of the genre is named for: 《法治上海建设规划》, 《上海法治政府建设规划》. */
const GENRE_PLACE = /《(?:法治([\u4e00-\u9fff]{2,3}?)建设|([\u4e00-\u9fff]{2,3}?)法治(?:政府)?建设)/gu;

/**
 * The one place the document's cited plans of the genre are named for, written without a level
 * (法治上海, 上海法治政府建设规划), for a bare mention no place of its level completes; else null.
 */
export function genrePlace(text: string): string | null {
  const found = new Set<string>();
  // the global pattern walked by exec from the start (matchAll would copy it at every call)
  GENRE_PLACE.lastIndex = 0;
  for (let m = GENRE_PLACE.exec(text); m !== null; m = GENRE_PLACE.exec(text)) {
    const place = m[1] ?? m[2]!;
    if (/[省市县区镇乡州]$/u.test(place) || GENRE_NOT_PLACES.some((w) => place.startsWith(w))) continue;
    if (!NOT_NAME_STARTS.some((s) => place.startsWith(s))) found.add(place);
  }
  return found.size === 1 ? [...found][0]! : null;
}
