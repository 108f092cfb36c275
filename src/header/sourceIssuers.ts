// Issuers named by the page around the report: the metadata (发布机构, 来源) and the footer (版权所有, 主办).
import { EMPTY_SOURCES, META_LABELS, META_LABEL_LIST } from '../data/chromeLabels.js';
import { isHan } from '../charTable.js';
import { runOnLabels, type RunOnOpening } from './metaDates.js';
import type { TopText } from './topText.js';
import type { Doc, Line } from '../document.js';
import type { Chrome, MetaField } from '../pipeline.js';
import type { Span } from '../schema.js';
import { bodyLength } from './internalUnit.js';
import type { Mention } from './mention.js';
import { GOVERNMENT_END, isOrgName } from './orgName.js';
import { lineText } from './region.js';

/** Names in one metadata value are set apart by spaces, 、 or commas: 中共某县委 某县人民政府. */
const NAME_PIECE = /[^\s、,;|/]{2,40}/gu;

/**
 * The organisation a metadata value names, as a span: the body, not its internal unit
 * (市发展改革委办公室 → 市发展改革委); of two names, the government, else the first.
 */
function valueName(doc: Doc, field: MetaField): Span | null {
  const value = doc.view.slice(field.span.start, field.span.end);
  if (value.length > 80 || EMPTY_SOURCES.includes(value)) return null;
  const names: Span[] = [];
  // the global pattern walked by exec (matchAll would copy it at every call)
  NAME_PIECE.lastIndex = 0;
  for (let m = NAME_PIECE.exec(value); m !== null; m = NAME_PIECE.exec(value)) {
    const piece = m[0];
    const length = bodyLength(piece);
    if (!isOrgName(piece.slice(0, length))) continue;
    const start = field.span.start + m.index;
    names.push({ start, end: start + length });
  }
  return names.find((n) => GOVERNMENT_END.test(doc.view.slice(n.start, n.end))) ?? names[0] ?? null;
}

const NO_MENTIONS: readonly Mention[] = [];

/** Labels of a publisher, then of a source (发布机构 before 来源), longest first within each. */
const NAME_LABELS = [...META_LABEL_LIST.filter((l) => META_LABELS[l] === 'publisher'), ...META_LABEL_LIST.filter((l) => META_LABELS[l] === 'source')];
/** A name label with its colon or closing bracket, in a page scraped into one line: 信息来源:某局【字体… */
const LABELLED_NAME = runOnLabels(NAME_LABELS);
const RUN_ON_NAME_MAX = 40;

/**
 * Organisations a page scraped into one line names in its run-on metadata (发布机构:某局 发布时间:…,
 * 信息来源:某局【字体…): the longest name opening each value (its next label may follow with no
 * space), publishers first.
 */
function runOnMetaMentions(opening: RunOnOpening | null): readonly Mention[] {
  if (opening === null) return NO_MENTIONS;
  const found: { rank: number; span: Span }[] = [];
  LABELLED_NAME.lastIndex = 0;
  for (let m = LABELLED_NAME.exec(opening.text); m !== null; m = LABELLED_NAME.exec(opening.text)) {
    const at = m.index + m[0].length;
    let end = at;
    while (end < opening.text.length && end - at < RUN_ON_NAME_MAX && isHan(opening.text.charCodeAt(end))) end++;
    for (; end - at >= 2; end--) if (isOrgName(opening.text.slice(at, end))) break;
    if (end - at < 2) continue;
    const start = opening.start + at;
    found.push({ rank: META_LABELS[m[1]!] === 'publisher' ? 0 : 1, span: { start, end: start + end - at } });
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => ({ source: 'metadata' as const, span: f.span }));
}

/**
 * Organisations the metadata names, its fields walked once: `named` by 发布机构 first, then 来源;
 * `authors` by 作者, which is often a person or a newsroom (区融媒体中心) and names the issuer only
 * after the text does (an internal unit gives its body: 作者:县司法局法治督察股).
 */
export interface MetaNames {
  readonly named: readonly Mention[];
  readonly authors: readonly Mention[];
}
const NO_NAMES: MetaNames = { named: NO_MENTIONS, authors: NO_MENTIONS };

export function metaNames(top: TopText): MetaNames {
  const { doc, chrome } = top;
  // many pages have no metadata (a page scraped into one line keeps it run on: no author there)
  if (chrome.meta.length === 0) {
    const named = runOnMetaMentions(top.runOnOpening());
    return named.length === 0 ? NO_NAMES : { named, authors: NO_MENTIONS };
  }
  let publishers: Mention[] | null = null;
  let sources: Mention[] | null = null;
  let authors: Mention[] | null = null;
  for (const field of chrome.meta) {
    const { key } = field;
    if (key !== 'publisher' && key !== 'source' && key !== 'author') continue;
    const span = valueName(doc, field);
    if (!span) continue;
    const mention: Mention = { source: 'metadata', span };
    if (key === 'publisher') (publishers ??= []).push(mention);
    else if (key === 'source') (sources ??= []).push(mention);
    else (authors ??= []).push(mention);
  }
  const named = publishers && sources ? publishers.concat(sources) : (publishers ?? sources ?? NO_MENTIONS);
  return named === NO_MENTIONS && authors === null ? NO_NAMES : { named, authors: authors ?? NO_MENTIONS };
}

/** 版权所有@…, 主办单位:…, 主办:… and the owner's name after it. */
const FOOTER_OWNER = /(?:版权所有|主办单位|主办) {0,2}[:@©] {0,2}([\u4e00-\u9fff]{2,40})/gu;
const HOSTS = '主办';
const COPYRIGHT = '版权所有';

/** The owner a footer names: 版权所有@济源…委员会, 主办:… (its body, not its internal unit). */
export function footerMentions(doc: Doc, chrome: Chrome): Mention[] {
  const out: Mention[] = [];
  // the footer is what follows the body: walk up from the last line
  for (let i = doc.lines.length - 1; i >= 0; i--) {
    const line = doc.lines[i]!;
    if (line.contentStart < chrome.body.end) break;
    const text = lineText(doc, line);
    // every owner's label holds 主办 or is 版权所有: most lines of a footer need no pattern
    if (!text.includes(HOSTS) && !text.includes(COPYRIGHT)) continue;
    const found: Mention[] = [];
    FOOTER_OWNER.lastIndex = 0;
    for (let m = FOOTER_OWNER.exec(text); m !== null; m = FOOTER_OWNER.exec(text)) {
      const name = m[1]!.slice(0, bodyLength(m[1]!));
      if (!isOrgName(name)) continue;
      const start = line.contentStart + m.index + m[0].length - m[1]!.length;
      found.push({ source: 'footer', span: { start, end: start + name.length } });
    }
    out.unshift(...found);
  }
  return out;
}

/**
 * The site's own name standing alone on the page's first line, above the body (广西壮族自治区民族
 * 宗教事务委员会 over 自治区民宗委…报告): a body the page is published by, which completes a shorter
 * mention of the same body (or gives a place); alone it names the issuer only where the body calls
 * its issuer by that name's kind (findIssuer).
 */
export function bannerMentions(top: TopText): Mention[] {
  const { doc, chrome } = top;
  const line = doc.lines.find((l) => l.contentEnd > l.contentStart);
  if (!line) return [];
  if (line.contentEnd > chrome.body.start) return runOnBanner(top, line);
  const name = lineText(doc, line);
  return name.length <= BANNER_MAX && isOrgName(name) ? [{ source: 'metadata', span: { start: line.contentStart, end: line.contentEnd } }] : [];
}

/**
 * The site's name opening a page scraped into one line, alone before the first space (某省某厅 网站首页
 * > …), as a banner on a line of its own would be.
 */
function runOnBanner(top: TopText, line: Line): Mention[] {
  if (top.runOnOpening() === null) return [];
  const { doc } = top;
  const head = doc.view.slice(line.contentStart, line.contentStart + BANNER_MAX + 1);
  const space = head.indexOf(' ');
  if (space < 2) return [];
  return isOrgName(head.slice(0, space)) ? [{ source: 'metadata', span: { start: line.contentStart, end: line.contentStart + space } }] : [];
}
/** A site's name on its own line is short. */
const BANNER_MAX = 30;
