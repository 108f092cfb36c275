// A report that calls itself 我局 / 我委: its full name is the one the body names most often.
import { SELF_REFERENCES } from '../data/issuerNames.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import type { Mention } from './mention.js';
import { bitTable, inBitTable, isHan, isWhiteSpace } from '../charTable.js';
import { isOrgName } from './orgName.js';

/** A name opens the text, a line, a quotation or a clause: 《江门市交通运输局…, ,市交通运输局… */
const NAME_OPENERS = bitTable('《“"(,:;。、');

const PLACE_LEVELS = new Set([...'省市县区'].map((c) => c.charCodeAt(0)));
/** Shape of the names counted: 2–5 characters of place, its level, 1–12 characters, the kind (局). */
const PLACE_MIN = 2;
const PLACE_MAX = 5;
const REST_MIN = 1;
const REST_MAX = 12;
const NAME_MAX = PLACE_MAX + 1 + REST_MAX + 1;

/** Where a run of Han characters ending at `end` (exclusive) starts, if a name may open there. */
function openingBefore(view: string, from: number, end: number): number | null {
  let b = end - 1;
  while (b > from && end - b < NAME_MAX + 1 && isHan(view.charCodeAt(b - 1))) b--;
  if (b === from) return b;
  const before = view.charCodeAt(b - 1);
  return inBitTable(NAME_OPENERS, before) || isWhiteSpace(before) ? b : null;
}

/** The shortest "place + level + … + kind" starting at `b` (the first level, then the nearest kind). */
function nameFrom(view: string, b: number, end: number, kind: string): number | null {
  const kindCode = kind.charCodeAt(0);
  for (let p = b + PLACE_MIN; p <= b + PLACE_MAX && p < end; p++) {
    if (!isHan(view.charCodeAt(p - 1))) return null;
    if (!PLACE_LEVELS.has(view.charCodeAt(p))) continue;
    for (let k = p + 1 + REST_MIN; k <= p + 1 + REST_MAX && k < end; k++) {
      if (!isHan(view.charCodeAt(k - 1))) break;
      if (view.charCodeAt(k) === kindCode) return k + 1;
    }
  }
  return null;
}

const NO_KINDS: readonly string[] = [];

interface SelfWords {
  readonly first: string;
  readonly words: readonly string[];
  /** How many kinds its words have: all found, the search for the first character stops. */
  readonly kinds: number;
}

/** The self-references by their first character (我, 本), in the order their kinds are listed. */
const SELF_BY_FIRST: readonly SelfWords[] = (() => {
  const map = new Map<string, string[]>();
  for (const w of Object.keys(SELF_REFERENCES)) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return [...map].map(([first, words]) => ({ first, words, kinds: new Set(words.map((w) => SELF_REFERENCES[w]!)).size }));
})();
/** The characters a self-reference goes on with (局, 委, 分 of 我分局 …): most 我 and 本 are followed by none. */
const SELF_SECONDS = bitTable(Object.keys(SELF_REFERENCES).map((w) => w.slice(1)));

/** The self-reference of `words` at `i` that ends by `end`, if any. */
function selfWordAt(view: string, i: number, end: number, words: readonly string[]): string | undefined {
  if (!inBitTable(SELF_SECONDS, view.charCodeAt(i + 1))) return undefined;
  for (const w of words) if (i + w.length <= end && view.startsWith(w, i)) return w;
  return undefined;
}

/**
 * The kinds (局, 委 …) of the self-references (我局, 本委 …) between `from` and `end`, listed by
 * first character (我 before 本), each in text order: a native search for the first character,
 * its words tried only where a self-reference's second character follows.
 */
function selfKinds(view: string, from: number, end: number): readonly string[] {
  let kinds: string[] | null = null; // none on most pages: no list made
  for (const { first, words, kinds: own } of SELF_BY_FIRST) {
    // the kinds this first character has given (allocated at its first self-reference)
    let seen: string[] | null = null;
    for (let i = view.indexOf(first, from); i >= 0 && i < end && (seen === null || seen.length < own); i = view.indexOf(first, i + 1)) {
      const word = selfWordAt(view, i, end, words);
      if (word === undefined) continue;
      const kind = SELF_REFERENCES[word]!;
      seen ??= [];
      if (seen.includes(kind)) continue;
      seen.push(kind);
      kinds ??= [];
      if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  return kinds ?? NO_KINDS;
}

/**
 * The report calls itself 我局 / 我委: its full name is then the most frequent "place + … + 局"
 * the body names after an opening bracket or punctuation (《江门市交通运输局制定…》). Only the
 * places where the kind (局, 委) occurs are looked at, each over a bounded stretch before it.
 */
export function selfNamedMention(doc: Doc, chrome: Chrome): Mention | null {
  const { view } = doc;
  const { start: from, end } = chrome.body;
  const kinds = selfKinds(view, from, end);
  if (kinds.length === 0) return null;
  const tally = new Map<string, { count: number; span: Span }>();
  for (const kind of kinds) {
    let done = -1;
    for (let k = view.indexOf(kind, from); k >= 0 && k < end; k = view.indexOf(kind, k + 1)) {
      const b = openingBefore(view, from, k);
      if (b === null || b <= done) continue;
      done = b;
      const e = nameFrom(view, b, end, kind);
      if (e === null) continue;
      const name = view.slice(b, e);
      if (!isOrgName(name)) continue;
      const seen = tally.get(name);
      if (seen) seen.count++;
      else tally.set(name, { count: 1, span: { start: b, end: e } });
    }
  }
  let best: { count: number; span: Span } | null = null;
  for (const v of tally.values()) if (!best || v.count > best.count) best = v;
  return best ? { source: 'body', span: best.span } : null;
}
