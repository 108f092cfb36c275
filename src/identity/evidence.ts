// The places a document names (title, metadata, body, signature, cited titles), counted, to settle
// a name several places share (鼓楼区: the 福州市 the text names) and to find the county a township
// belongs to. Read once per document, only when a name needs it.
import { bitTable, inBitTable } from '../charTable.js';
import { divisions, entriesAt, lengthsBefore, longest, type Division, type Entry } from './divisions.js';

/** How far into a document places are counted (a report's own text is far shorter). */
const SCAN_LIMIT = 200_000;
/** The characters a place's full name ends with. */
const NAME_END = bitTable('省市县区州盟旗');
/** 区: two-character names ending with it are words too (城区, 郊区, 矿区), not counted in running text. */
const QU = 0x533a;
/**
 * A two-character name (赵县, 和县) counts only where no other character of a word runs into it
 * (市和县 is no place): after what is not a Chinese character, or right after another place's name.
 */
const NOT_HAN = /\P{Script=Han}/u;
/** No character below U+2E80 is of the Han script, and every CJK unified ideograph is. */
const FIRST_HAN = 0x2e80;

/** True when the code unit at `i` is not of the Han script (the regex is asked only outside the clear ranges). */
function notHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < FIRST_HAN) return true;
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  return NOT_HAN.test(text.charAt(i));
}

/**
 * A body's unified social credit code, which 信息索引号 often start with: 11 (a state organ), the
 * 6-digit division it is registered in, nine characters of organisation code and a check character.
 */
const CREDIT_CODE = /(?<![0-9A-Z])11(\d{6})[0-9A-Z]{10}(?![0-9A-Z])/gu;
/** A credit code weighs as much as this many mentions: it is the issuer's own. */
const CREDIT_WEIGHT = 5;

export interface Evidence {
  /** How often each place is named (a name several places share counts for each). */
  readonly counts: ReadonlyMap<Division, number>;
  /** The places of the credit codes the document carries, with how many name each. */
  readonly credits: ReadonlyMap<Division, number>;
  /** The document's folded text. */
  readonly view: string;
}

function bump(map: Map<Division, number>, d: Division): void {
  map.set(d, (map.get(d) ?? 0) + 1);
}

function hasFullName(entries: readonly Entry[]): boolean {
  for (const e of entries) if (!e.stem) return true;
  return false;
}

/** Counts the places `view` names in full. */
export function readEvidence(view: string): Evidence {
  const table = divisions();
  const { byCode } = table;
  const counts = new Map<Division, number>();
  const credits = new Map<Division, number>();
  const text = view.length > SCAN_LIMIT ? view.slice(0, SCAN_LIMIT) : view;
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (!inBitTable(NAME_END, text.charCodeAt(i))) continue;
    const end = i + 1;
    for (let lengths = lengthsBefore(table, text, end, 0), k = longest(lengths); k >= 2; lengths ^= 1 << k, k = longest(lengths)) {
      const entries = entriesAt(table, text, end - k, k);
      if (entries === undefined || !hasFullName(entries)) continue;
      const free = k > 2 || end - k === 0 || notHanAt(text, end - k - 1) || lastEnd === end - k;
      // a two-character name ending with 区 is a word too (城区, 郊区, 矿区)
      if (free && !(k === 2 && text.charCodeAt(end - 1) === QU)) {
        for (const e of entries) if (!e.stem) bump(counts, e.division);
        lastEnd = end;
      }
      break;
    }
  }
  if (text.includes('11')) {
    for (const m of text.matchAll(CREDIT_CODE)) {
      const d = byCode.get(m[1]!);
      if (d) bump(credits, d);
    }
  }
  return { counts, credits, view };
}

/**
 * How strongly the document points to `d`: the mentions of its parents, and of itself when `self`
 * (not when `d` shares its name with the other candidates), and the credit codes of all three.
 */
export function support(evidence: Evidence, d: Division, self: boolean): number {
  const n = (x: Division | null) => (x ? (evidence.counts.get(x) ?? 0) : 0);
  const c = (x: Division | null) => (x ? (evidence.credits.get(x) ?? 0) : 0);
  const credit = c(d) + c(d.prefecture) + c(d.province);
  return n(d.province) + n(d.prefecture) + (self ? n(d) : 0) + CREDIT_WEIGHT * credit;
}

/**
 * The one candidate the document points to most, or null when none or several tie. A mention of a
 * candidate's own full name counts when `self`, and always for a full name no other candidate has.
 */
export function settle(evidence: Evidence, candidates: readonly Division[], self: boolean): Division | null {
  let best: Division | null = null;
  let top = 0;
  let tie = false;
  for (const c of candidates) {
    // a candidate whose full name no other candidate has (西安市 beside two 西安区) is named by its own mentions
    const own = self || !candidates.some((o) => o !== c && o.name === c.name);
    const s = support(evidence, c, own);
    if (s > top) {
      best = c;
      top = s;
      tie = false;
    } else if (s === top && s > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * The places the document names right before a zone's word (武汉 in 武汉经开区, 蒙城县 in
 * 蒙城县经济开发区), counted: where a zone the issuer's name states without its place belongs.
 */
export function zoneOwners(view: string, zone: string): Map<Division, number> {
  const table = divisions();
  const owners = new Map<Division, number>();
  const text = view.length > SCAN_LIMIT ? view.slice(0, SCAN_LIMIT) : view;
  for (let at = text.indexOf(zone); at >= 0; at = text.indexOf(zone, at + zone.length)) {
    for (let lengths = lengthsBefore(table, text, at, 0), k = longest(lengths); k >= 2; lengths ^= 1 << k, k = longest(lengths)) {
      const entries = entriesAt(table, text, at - k, k);
      if (!entries) continue;
      const places = new Set(entries.map((e) => e.division));
      if (places.size === 1) for (const d of places) owners.set(d, (owners.get(d) ?? 0) + 1);
      break;
    }
  }
  return owners;
}
