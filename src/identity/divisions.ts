// The division table (src/data/divisions.generated.ts), unpacked on first use: every province,
// prefecture and county with its code and parents, and an index from the names a document may
// write (official names, short forms of autonomous places, old names) to the places they name.
import { addPair, inPairTable, pairTable } from '../charTable.js';
import { DIVISIONS } from '../data/divisions.generated.js';
import { ALL_PEOPLES, AUTONOMOUS, DIVISION_SUFFIXES, ETHNIC_GROUPS } from '../data/divisionNames.js';
import { RENAMES } from '../data/renames.js';

export type DivisionLevel = 'provincial' | 'prefectural' | 'county';

export interface Division {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly province: Division | null;
  readonly prefecture: Division | null;
  /** A development zone the data lists as a county-level place (郑州高新技术产业开发区): it belongs to its prefecture. */
  readonly zone: boolean;
}

/** How a name names a place: in full (or a short form that is still unmistakable), or by its bare stem (武汉). */
export interface Entry {
  readonly division: Division;
  /** The bare stem (湖北, 武汉, 济源): a place only where a zone's word or another place follows. */
  readonly stem: boolean;
  /** An old name (江干区): today's division, the name as written. */
  readonly renamed: boolean;
}

export interface DivisionTable {
  readonly byCode: ReadonlyMap<string, Division>;
  readonly byName: ReadonlyMap<string, readonly Entry[]>;
  /**
   * By a character's code less FIRST_CODE, the lengths of the names that open with it, as bits (bit
   * k: a name of k characters). Every name is written in CJK unified ideographs: the tables cover
   * only their range (84 KB each, not 256 KB: fewer cache lines for the few reads per name).
   */
  readonly opening: Uint32Array;
  /** By a character's code less FIRST_CODE, the lengths of the names that close with it, as bits. */
  readonly closing: Uint32Array;
  /**
   * One bit per signature of a name (a hash of its first, second and last characters and its
   * length; 8 KB): a clear bit says no name has it, and the map is not asked (nor a key sliced).
   */
  readonly signatures: Uint32Array;
  /**
   * The first two characters of every name, and its last two, as pairs (PAIR_LOG bits, 4 KB each):
   * most places of a text open (close) no name, and are answered here without reading the tables
   * by character, 84 KB each.
   */
  readonly heads: Uint32Array;
  readonly tails: Uint32Array;
}

/** The pair tables' size: 2^15 bits for some 3,000 pairs of first characters and 4,000 of last ones. */
const PAIR_LOG = 15;

/** The signature of the name of `k` (at least 2) characters at `text[start, start + k)`: 16 bits. */
function signature(text: string, start: number, k: number): number {
  const first = Math.imul(text.charCodeAt(start), 0x9e3779b1);
  const second = Math.imul(text.charCodeAt(start + 1), 0x85ebca77);
  const last = Math.imul(text.charCodeAt(start + k - 1), 0xc2b2ae3d);
  return (first ^ second ^ last ^ Math.imul(k, 0x27d4eb2f)) >>> 16;
}

/** The entries of the name of `k` (at least 2) characters at `text[start, start + k)`, or undefined. */
export function entriesAt(t: DivisionTable, text: string, start: number, k: number): readonly Entry[] | undefined {
  const s = signature(text, start, k);
  if ((t.signatures[s >>> 5]! & (1 << (s & 31))) === 0) return undefined;
  return t.byName.get(text.slice(start, start + k));
}

/** The range of codes the names' first and last characters lie in (CJK unified ideographs). */
const FIRST_CODE = 0x4e00;
const LAST_CODE = 0x9fff;

/** The bits of `bits` (opening or closing) for the character at `i` of `text`; 0 outside the range. */
function lengthBits(bits: Uint32Array, text: string, i: number): number {
  const c = text.charCodeAt(i) - FIRST_CODE;
  return c >= 0 && c <= LAST_CODE - FIRST_CODE ? bits[c]! : 0;
}

/** Names are indexed by length in the bits of a 32-bit word: none is longer. */
const MAX_INDEXED_LENGTH = 31;

/**
 * The lengths a name of the table may have at `text[start, start + k)`, as bits (bit k), judged
 * by its first character and the characters that could close it (two array reads per length: the
 * table's map is asked only where both fit). Lengths past `end` are left out.
 */
export function lengthsAt(t: DivisionTable, text: string, start: number, end: number): number {
  // every name has two characters at least
  if (start + 2 > end || !inPairTable(t.heads, text.charCodeAt(start), text.charCodeAt(start + 1), PAIR_LOG)) return 0;
  let fits = 0;
  for (let m = lengthBits(t.opening, text, start); m !== 0; ) {
    const k = 31 - Math.clz32(m);
    m ^= 1 << k;
    if (start + k <= end && (lengthBits(t.closing, text, start + k - 1) & (1 << k)) !== 0) fits |= 1 << k;
  }
  return fits;
}

/** The lengths a name of the table may have at `text[end - k, end)`, as bits (bit k); none starts before `begin`. */
export function lengthsBefore(t: DivisionTable, text: string, end: number, begin: number): number {
  if (end - 2 < begin || !inPairTable(t.tails, text.charCodeAt(end - 2), text.charCodeAt(end - 1), PAIR_LOG)) return 0;
  let fits = 0;
  for (let m = lengthBits(t.closing, text, end - 1); m !== 0; ) {
    const k = 31 - Math.clz32(m);
    m ^= 1 << k;
    if (end - k >= begin && (lengthBits(t.opening, text, end - k) & (1 << k)) !== 0) fits |= 1 << k;
  }
  return fits;
}

/** The longest length in `lengths` (bits), or -1 when there is none. */
export function longest(lengths: number): number {
  return lengths === 0 ? -1 : 31 - Math.clz32(lengths);
}

let table: DivisionTable | undefined;

/** What an autonomous place may be named for: its peoples, or all of them (各族). */
const PEOPLES: readonly string[] = [...ETHNIC_GROUPS, ALL_PEOPLES];

/** The name without the peoples an autonomous place is named for: 酉阳土家族苗族自治县 → 酉阳. */
export function autonomousStem(name: string): string | null {
  const at = name.lastIndexOf(AUTONOMOUS);
  if (at <= 0 || name.length - at !== AUTONOMOUS.length + 1) return null;
  let stem = name.slice(0, at);
  for (let changed = true; changed; ) {
    changed = false;
    const body = stem.endsWith('族') ? stem.slice(0, -1) : stem;
    const people = PEOPLES.find((e) => body.endsWith(e) && body.length - e.length >= 2);
    if (people) {
      stem = body.slice(0, -people.length);
      changed = true;
    }
  }
  return stem === name.slice(0, at) ? null : stem;
}

/**
 * The root of an autonomous place's short form: its stem (酉阳), or, where one people is the whole
 * name before 自治, that people (鄂温克族自治旗 → 鄂温克, written 鄂温克旗); null for other names.
 */
export function autonomousRoot(name: string): string | null {
  return autonomousStem(name) ?? onePeople(name);
}

/** The one people an autonomous place is named for when it is the whole name before 自治 (鄂温克族自治旗 → 鄂温克). */
function onePeople(name: string): string | null {
  const at = name.lastIndexOf(AUTONOMOUS);
  if (at <= 0 || name.length - at !== AUTONOMOUS.length + 1) return null;
  const before = name.slice(0, at);
  const people = before.endsWith('族') ? before.slice(0, -1) : before;
  return people.length >= 2 && ETHNIC_GROUPS.includes(people) ? people : null;
}

/** The name without its level's suffix: 湖北省 → 湖北, 伊犁哈萨克自治州 → 伊犁 (null when nothing is left to stand alone). */
export function stemOf(name: string): string | null {
  const autonomous = name.includes(AUTONOMOUS) ? autonomousStem(name) : null;
  if (autonomous) return autonomous;
  const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s));
  const stem = suffix ? name.slice(0, -suffix.length) : name;
  return stem.length >= 2 ? stem : null;
}

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'provincial';
  return code.endsWith('00') ? 'prefectural' : 'county';
}

const TILDE = 0x7e;
const AT = 0x40;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The records of the packed string: a mark (~, @ or none), two digits and a name (read by hand: no regex on 19,000 characters at start-up). */
function* records(packed: string): Generator<[string, string, string]> {
  let i = 0;
  while (i + 2 <= packed.length) {
    const c = packed.charCodeAt(i);
    const mark = c === TILDE || c === AT ? packed[i++]! : '';
    const digits = packed.slice(i, i + 2);
    let end = i + 2;
    while (end < packed.length) {
      const e = packed.charCodeAt(end);
      if (isDigit(e) || e === TILDE || e === AT) break;
      end++;
    }
    yield [mark, digits, packed.slice(i + 2, end)];
    i = end;
  }
}

function unpack(): Map<string, Division> {
  const byCode = new Map<string, Division>();
  let province: Division | null = null;
  let prefecture: Division | null = null;
  let prefix = '';
  for (const [mark, digits, name] of records(DIVISIONS)) {
    if (mark === '~') {
      province = { code: `${digits}0000`, name, level: 'provincial', province: null, prefecture: null, zone: false };
      byCode.set(province.code, province);
      prefix = digits;
      prefecture = null;
    } else if (mark === '@') {
      prefix = prefix.slice(0, 2) + digits;
      prefecture = name === '' ? null : { code: `${prefix}00`, name, level: 'prefectural', province, prefecture: null, zone: false };
      if (prefecture) byCode.set(prefecture.code, prefecture);
    } else {
      const code = prefix + digits;
      // the statistical codes give development zones and the like a 7 in the fifth place (410171, 320571)
      const zone = digits.startsWith('7');
      byCode.set(code, { code, name, level: levelOf(code), province, prefecture, zone });
    }
  }
  return byCode;
}

function add(byName: Map<string, Entry[]>, name: string, entry: Entry): void {
  const list = byName.get(name);
  if (!list) byName.set(name, [entry]);
  else if (!list.some((e) => e.division === entry.division)) list.push(entry);
}

/** The table, built on first use (a few milliseconds; the packed string stays the only copy until then). */
export function divisions(): DivisionTable {
  if (table) return table;
  const byCode = unpack();
  const byName = new Map<string, Entry[]>();
  for (const division of byCode.values()) {
    add(byName, division.name, { division, stem: false, renamed: false });
  }
  for (const division of byCode.values()) {
    if (division.zone) continue;
    const autonomous = division.name.includes(AUTONOMOUS) ? autonomousStem(division.name) : null;
    const root = autonomous ?? (division.name.includes(AUTONOMOUS) ? onePeople(division.name) : null);
    if (root) {
      // 肃南县, 伊犁州, 宁夏自治区, 鄂温克旗: the short forms of autonomous places are written as names
      const level = division.name.slice(-1);
      for (const short of [root + level, root + AUTONOMOUS + level]) {
        if (!byName.has(short)) add(byName, short, { division, stem: false, renamed: false });
      }
    }
    const stem = autonomous ?? stemOf(division.name);
    if (stem) add(byName, stem, { division, stem: true, renamed: false });
  }
  for (const { old, code } of RENAMES) {
    const division = byCode.get(code);
    if (division && !byName.get(old)?.some((e) => !e.stem)) add(byName, old, { division, stem: false, renamed: true });
  }
  const opening = new Uint32Array(LAST_CODE - FIRST_CODE + 1);
  const closing = new Uint32Array(LAST_CODE - FIRST_CODE + 1);
  const signatures = new Uint32Array(0x10000 >>> 5);
  const heads = pairTable(PAIR_LOG);
  const tails = pairTable(PAIR_LOG);
  for (const name of byName.keys()) {
    if (name.length > MAX_INDEXED_LENGTH) throw new Error(`division table: ${name} is longer than ${MAX_INDEXED_LENGTH} characters`);
    const first = name.charCodeAt(0);
    const last = name.charCodeAt(name.length - 1);
    if (first < FIRST_CODE || first > LAST_CODE || last < FIRST_CODE || last > LAST_CODE) throw new Error(`division table: ${name} opens or closes outside U+4E00–U+9FFF`);
    opening[first - FIRST_CODE]! |= 1 << name.length;
    closing[last - FIRST_CODE]! |= 1 << name.length;
    if (name.length < 2) throw new Error(`division table: ${name} is shorter than 2 characters`);
    addPair(heads, first, name.charCodeAt(1), PAIR_LOG);
    addPair(tails, name.charCodeAt(name.length - 2), last, PAIR_LOG);
    const sig = signature(name, 0, name.length);
    signatures[sig >>> 5]! |= 1 << (sig & 31);
  }
  table = { byCode, byName, opening, closing, signatures, heads, tails };
  return table;
}
