// The issuer a title opens with: 南昌市卫健委2021年度…, 关于柳城县2022年…, 2020年静海区法治政府…
import type { Span } from '../schema.js';
import type { Mention } from './mention.js';
import { GOVERNMENT_END, isOrgName } from './orgName.js';
import type { Title } from './title.js';
import { bitTable, inBitTable } from '../charTable.js';
import { ABOUT, GENRE_WORDS } from '../chrome/text.js';
import { yearNianAt } from './year.js';

const NIAN = '年';

/** The first of two offsets found by searches (-1: not found). */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Where the issuer's name ends in a title: the first 关于 or year from `from` (某局关于…, 某局2023年度…), or -1. */
function aboutOrYear(view: string, from: number): number {
  return firstOf(view.indexOf(ABOUT, from), yearNianAt(view, from));
}

/** Where the genre's first word stands in a title, or -1. */
function firstGenreWord(view: string): number {
  let first = -1;
  for (const word of GENRE_WORDS) first = firstOf(first, view.indexOf(word));
  return first;
}

/** Where the genre's words stand in a title (after its issuer); global, read from a point. */
const GENRE_AT = new RegExp(GENRE_WORDS.join('|'), 'gu');

/** A headline's verb between the issuer and the report's title. */
const PUBLISHES = /(?:发布|公布|印发|公开)$/u;
/** The last characters of PUBLISHES' verbs: a name ending otherwise has none to drop. */
const PUBLISHES_LAST = bitTable('布发开');
const SPACE = ' '.charCodeAt(0);

/** The text without up to ten spaces at its end (as / {1,10}$/). */
function withoutEndSpaces(text: string): string {
  return text.charCodeAt(text.length - 1) === SPACE ? text.replace(/ {1,10}$/u, '') : text;
}

/** The text without a headline's verb at its end (PUBLISHES). */
function withoutVerb(text: string): string {
  return inBitTable(PUBLISHES_LAST, text.charCodeAt(text.length - 1)) ? text.replace(PUBLISHES, '') : text;
}

/** The organisation the title opens with: 南昌市卫健委2021年度… / 2020年静海区法治政府… */
export function titleMention(title: Title): Mention | null {
  const view = title.view;
  const from = view.startsWith(ABOUT) ? ABOUT.length : 0;
  const cut = aboutOrYear(view, from);
  if (cut > from) {
    // a news headline: 某某部发布2023年法治政府建设年度报告 (the verb is no part of the name)
    const name = withoutVerb(withoutEndSpaces(view.slice(from, cut)));
    const joint = jointIssuer(name);
    if (joint) return { source: 'title', span: spanIn(title, from + joint.start, from + joint.end) };
    if (isOrgName(name.includes(' ') ? name.replace(/ /gu, '') : name)) return { source: 'title', span: spanIn(title, from, from + name.length) };
  }
  // a title that opens with its year (2020年静海区法治政府…): the first 关于 or year is at 0 (a
  // title opening with 关于 is searched after it), and the year ends at the title's first 年
  if (from === 0 && cut === 0) {
    let from = view.indexOf(NIAN) + 1;
    if (view[from] === '度') from++;
    const to = firstGenreWord(view);
    if (to > from && isOrgName(view.slice(from, to))) return { source: 'title', span: spanIn(title, from, to) };
  }
  return beforeGenre(title);
}

/** A name before the genre's words is at most this long. */
const NAME_MAX = 40;
/**
 * How an organ's name ends (人民政府, 司法局, 卫健委 …): a bare place before the genre's words (达茂旗法治
 * 政府建设…) is left to the other sources, which may write its full name (达尔罕茂明安联合旗人民政府).
 */
const ORGAN_ENDS = bitTable('府局委厅办室部会处组队署');

/**
 * A title with no year nor 关于 after its issuer: the name right before the genre's words
 * (格尔木市人民政府法治政府建设情况报告), the first place where what precedes them is an organ's
 * name (the 法治 inside 依法治县委员会 is passed).
 */
function beforeGenre(title: Title): Mention | null {
  const view = title.view;
  GENRE_AT.lastIndex = 0;
  for (let m = GENRE_AT.exec(view); m !== null && m.index <= NAME_MAX; m = GENRE_AT.exec(view)) {
    if (m.index >= 2 && inBitTable(ORGAN_ENDS, view.charCodeAt(m.index - 1)) && isOrgName(view.slice(0, m.index))) return { source: 'title', span: spanIn(title, 0, m.index) };
  }
  return null;
}

/**
 * Joint issuers (中共某某镇委员会 某某镇人民政府): the government among them, else the last one.
 * Offsets are within `name`; null when `name` is not a list of organisations.
 */
function jointIssuer(name: string): { start: number; end: number } | null {
  if (!name.includes(' ') && !name.includes('、')) return null;
  const parts = [...name.matchAll(/[^ 、]{2,40}/gu)];
  if (parts.length < 2 || !parts.every((p) => isOrgName(p[0]))) return null;
  const pick = parts.find((p) => GOVERNMENT_END.test(p[0])) ?? parts[parts.length - 1]!;
  return { start: pick.index, end: pick.index + pick[0].length };
}

/** Offsets within a (possibly two-line) title's view → a span into the input. */
function spanIn(title: Title, from: number, to: number): Span {
  // a title written letter by letter: its view has no spaces, the document has
  if (title.spaced) return { start: title.spaced[from]!, end: title.spaced[Math.max(from, to - 1)]! + 1 };
  let offset = 0;
  let start = -1;
  let end = -1;
  for (const line of title.lines) {
    const len = line.contentEnd - line.contentStart;
    if (start < 0 && from < offset + len) start = line.contentStart + (from - offset);
    if (end < 0 && to <= offset + len) end = line.contentStart + (to - offset);
    offset += len;
  }
  return { start, end: Math.max(start, end) };
}
