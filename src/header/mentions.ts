// Where a report names its issuer: the title, the metadata, the opening sentence, a self-reference
// (我局) with the full name nearby, the footer. Each finder returns mentions with spans.
import { EMPTY_SOURCES } from '../data/chromeLabels.js';
import { SELF_REFERENCES, SUBJECT_FOLLOWERS } from '../data/issuerNames.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { IssuerSource, Span } from '../schema.js';
import { isOrgName } from './orgName.js';
import { lineText, openingLines } from './region.js';
import type { Title } from './title.js';

export interface Mention {
  readonly source: IssuerSource;
  readonly span: Span;
}

const NAME_CHAR = /[\u4e00-\u9fff()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;
const MAX_NAME = 30;
const YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4}) {0,2}年/u;

/** The organisation the title opens with: 南昌市卫健委2021年度… / 2020年静海区法治政府… */
export function titleMention(doc: Doc, title: Title): Mention | null {
  const view = title.view;
  const from = view.startsWith('关于') ? 2 : 0;
  const cut = view.slice(from).search(/关于|(?:\d{4}|[〇零一二三四五六七八九]{4}) {0,2}年/u) + from;
  if (cut > from) {
    const name = view.slice(from, cut).replace(/ {1,10}$/u, '');
    const joint = jointIssuer(name);
    if (joint) return { source: 'title', span: spanIn(title, from + joint.start, from + joint.end) };
    if (isOrgName(name.replace(/ /gu, ''))) return { source: 'title', span: spanIn(title, from, from + name.length) };
  }
  const year = YEAR.exec(view);
  if (year && year.index === 0) {
    let from = year[0].length;
    if (view[from] === '度') from++;
    const to = view.search(/法治|依法行政/u);
    if (to > from && isOrgName(view.slice(from, to))) return { source: 'title', span: spanIn(title, from, to) };
  }
  return null;
}

/**
 * Joint issuers (中共某某镇委员会 某某镇人民政府): the government among them, else the last one.
 * Offsets are within `name`; null when `name` is not a list of organisations.
 */
function jointIssuer(name: string): { start: number; end: number } | null {
  const parts = [...name.matchAll(/[^ 、]{2,40}/gu)];
  if (parts.length < 2 || !parts.every((p) => isOrgName(p[0]))) return null;
  const pick = parts.find((p) => /(?:政府|办事处)$/u.test(p[0])) ?? parts[parts.length - 1]!;
  return { start: pick.index, end: pick.index + pick[0].length };
}

/** Offsets within a (possibly two-line) title's view → a span into the input. */
function spanIn(title: Title, from: number, to: number): Span {
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

/** Organisations named by the metadata: 发布机构 first, then 来源. */
export function metaMentions(doc: Doc, chrome: Chrome): Mention[] {
  const rank = (key: string) => (key === 'publisher' ? 0 : 1);
  return chrome.meta
    .filter((m) => m.key === 'publisher' || m.key === 'source')
    .filter((m) => !EMPTY_SOURCES.includes(m.value) && isOrgName(doc.view.slice(m.span.start, m.span.end)))
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((m) => ({ source: 'metadata' as const, span: m.span }));
}

function followsName(view: string, at: number): boolean {
  if (SUBJECT_FOLLOWERS.some((w) => view.startsWith(w, at))) return true;
  const year = YEAR.exec(view.slice(at, at + 8));
  return year !== null && year.index === 0;
}

/** The shortest organisation name starting at `start` that a predicate follows, if any. */
function nameAt(view: string, start: number, limit: number): number | null {
  for (let e = start + 2; e <= Math.min(limit, start + MAX_NAME); e++) {
    if (!NAME_CHAR.test(view[e - 1]!) || view[e - 1] === '我') return null;
    if (isOrgName(view.slice(start, e)) && followsName(view, e)) return e;
  }
  return null;
}

const YEAR_LEAD = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?:以来)?|^(?:今年以来|一年来|近年来|本年度|过去一年)/u;

/**
 * Where the issuer may stand in the opening sentence: at its start, after its opening year
 * ("2021年,司法部…", "2023年省应急管理厅…"), after 现将, and after a clause that ends a year or
 * a "在…领导下," phrase ("…坚强领导下,东城街道…"). Failing those, after any comma of the first
 * sentence ("为深入贯彻…精神,某某局坚持…").
 */
function clauseStarts(view: string, start: number, end: number): { strong: number[]; weak: number[] } {
  const stop = view.indexOf('。', start);
  const last = stop < 0 || stop > end ? end : stop;
  const strong = [start];
  const weak: number[] = [];
  let clause = start;
  for (let i = start; i < last; i++) {
    const lead = YEAR_LEAD.exec(view.slice(i, i + 12));
    if (i === clause && lead) {
      strong.push(i + lead[0].length);
      const after = i + lead[0].length;
      if (view[after] === ',') strong.push(after + 1);
    }
    if (view.startsWith('现将', i)) strong.push(i + 2);
    if (view[i] === ',') {
      (view[i - 1] === '下' ? strong : weak).push(i + 1);
      clause = i + 1;
    }
  }
  return { strong, weak };
}

/** The subject of the report's opening sentence: "2021年,司法部坚持…", "…,东城街道深入…". */
export function subjectMention(doc: Doc, chrome: Chrome): Mention | null {
  const lines = openingLines(doc, chrome, 3);
  const starts = lines.map((line) => ({ line, ...clauseStarts(doc.view, line.contentStart, line.contentEnd) }));
  for (const pass of ['strong', 'weak'] as const) {
    for (const { line, ...found } of starts) {
      for (const s of found[pass]) {
        const e = nameAt(doc.view, s, line.contentEnd);
        if (e !== null) return { source: 'body', span: { start: s, end: e } };
      }
    }
  }
  return null;
}

/**
 * The report calls itself 我局 / 我委: its full name is then the most frequent "place + … + 局"
 * the body names after an opening bracket or punctuation (《江门市交通运输局制定…》).
 */
export function selfNamedMention(doc: Doc, chrome: Chrome): Mention | null {
  const body = doc.view.slice(chrome.body.start, chrome.body.end);
  const kinds = new Set<string>();
  for (const [word, kind] of Object.entries(SELF_REFERENCES)) if (body.includes(word)) kinds.add(kind);
  if (kinds.size === 0) return null;
  const tally = new Map<string, { count: number; span: Span }>();
  for (const kind of kinds) {
    const re = new RegExp(`(?<=^|[《“"(,:;。、\\s])[\\u4e00-\\u9fff]{2,5}?[省市县区][\\u4e00-\\u9fff]{1,12}?${kind}`, 'gmu');
    for (const m of body.matchAll(re)) {
      if (!isOrgName(m[0])) continue;
      const start = chrome.body.start + m.index;
      const seen = tally.get(m[0]);
      if (seen) seen.count++;
      else tally.set(m[0], { count: 1, span: { start, end: start + m[0].length } });
    }
  }
  let best: { count: number; span: Span } | null = null;
  for (const v of tally.values()) if (!best || v.count > best.count) best = v;
  return best ? { source: 'body', span: best.span } : null;
}

/** The owner a footer names: 版权所有@济源…委员会, 主办:… */
export function footerMentions(doc: Doc, chrome: Chrome): Mention[] {
  const out: Mention[] = [];
  const re = /(?:版权所有|主办单位|主办) {0,2}[:@©] {0,2}([\u4e00-\u9fff]{2,40})/gu;
  for (const line of doc.lines) {
    if (line.contentStart < chrome.body.end) continue;
    const text = lineText(doc, line);
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (!isOrgName(name)) continue;
      const start = line.contentStart + m.index + m[0].length - name.length;
      out.push({ source: 'footer', span: { start, end: start + name.length } });
    }
  }
  return out;
}
