// What kind of page chrome a line is, if any. "Strong" kinds are chrome wherever they stand;
// "weak" kinds (navigation lists, footer labels, attachment lists, date lines) only count in the
// header and footer zones, where a report's own prose does not stand.
import {
  ATTACHMENT_FILE,
  ATTACHMENT_STARTS,
  BANNER_STARTS,
  BREADCRUMB_STARTS,
  FOOTER_LABELS,
  FOOTER_LEADS,
  FOOTER_STRONG,
  IMPRINT_END,
  IMPRINT_OPENINGS,
  PAGER_STARTS,
  SHARE_WORDS,
  STRONG_TRIGGER_WORDS,
} from '../data/chromeLabels.js';
import { bitTable, inBitTable, isAsciiDigit, isWhiteSpace } from '../charTable.js';
import type { Doc, Line } from '../document.js';
import { isPathLine } from './pathLine.js';
import { isLetterSpaced, opensWithHeadingMarker } from './text.js';
import { holdsWord, indexOpenings, indexWords, openingsOf, wordEndAt } from './words.js';
import { mayHold } from '../codeFilter.js';
import { hasMarkedLabels, labelsOnLine, readDateLine, startsWithLabel } from './metadata.js';

export type ChromeKind =
  | 'breadcrumb'
  | 'banner'
  | 'metadata'
  | 'share'
  | 'footer'
  | 'pager'
  | 'nav'
  | 'footerLabel'
  | 'attachment'
  | 'dateLine';

export interface LineKind {
  readonly kind: ChromeKind;
  readonly strong: boolean;
}

/** Bullets a line's lead is made of, with white space; at most BULLETS_MAX of them. */
const BULLETS = bitTable('•·●◆■*>»›');
const BULLETS_MAX = 6;

const isLead = (c: number): boolean => inBitTable(BULLETS, c) || isWhiteSpace(c);

/** The length of the bullets and white space `raw` opens with (at most BULLETS_MAX). */
function leadLength(raw: string): number {
  let n = 0;
  while (n < BULLETS_MAX && isLead(raw.charCodeAt(n))) n++;
  return n;
}
const SHARE_CORE = /分享|打印|关闭|收藏|扫一扫|字体|字号|返回|纠错/u;
/** Every share word, longest first, as one pattern: a share line is nothing else. */
const SHARE_ANY = new RegExp(
  [...SHARE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'))
    .join('|'),
  'gu',
);
const SHARE_REST = /^[\s()（）:]{0,90}$/u;
/** Words of the genre that make a short line a title, never navigation. */
const TITLE_WORDS = /法治|依法行政|报告|总结/u;
const NAV_ITEM_MAX = 10;
const NAV_STOPS = /[。;]/u;
/** What sets a menu's items apart: a bar, white space (as \s reads it), a comma or a middle dot. */
function isNavSeparator(c: number): boolean {
  return c === BAR || c === COMMA || c === MIDDLE_DOT || isWhiteSpace(c);
}
const BAR = 0x7c;
const COMMA = 0x2c;
const MIDDLE_DOT = 0xb7;

const FOOTER_STRONG_INDEX = indexWords(FOOTER_STRONG);

/**
 * The words that open a line of each kind, with what may follow them (one character, or nothing),
 * in one index: a line is asked once (see openingsOf), and each kind reads its bit.
 */
const OPENINGS = indexOpenings([
  { words: BREADCRUMB_STARTS, follow: /[\s:>]|^$/u },
  { words: BANNER_STARTS, follow: /./u },
  { words: FOOTER_LEADS, follow: /[\s:|]|^$/u },
  { words: PAGER_STARTS, follow: /[\s:]|^$/u },
  { words: FOOTER_LABELS, follow: /[\s:]/u },
  { words: ATTACHMENT_STARTS, follow: /[\s:\d]|^$/u },
]);
const OPENS_BREADCRUMB = 1 << 0;
const OPENS_BANNER = 1 << 1;
const OPENS_FOOTER_LEAD = 1 << 2;
const OPENS_PAGER = 1 << 3;
const OPENS_FOOTER_LABEL = 1 << 4;
const OPENS_ATTACHMENT = 1 << 5;
const HOME_PATH = /^首页 {0,3}(?:[>»›/]|$)/u;
/** A line this long with a full stop is a page scraped into one line, whatever it opens with. */
const RUN_ON_PAGE = 300;
const BANNER_DATE = /^\d{4}年\d{1,2}月\d{1,2}日 {0,4}星期/u;
const OPENS_BRACKET = /^[[【]/u;

/** ſ, which ATTACHMENT_FILE's case-insensitive s matches (u flag). */
const LONG_S = 0x17f;

/**
 * A file's name (ATTACHMENT_FILE): it ends with a letter of its extension, so a line ending with
 * anything else (most) is told without the pattern.
 */
function isAttachmentFile(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const lower = last | 0x20;
  return (last === LONG_S || (lower >= 0x61 && lower <= 0x7a)) && ATTACHMENT_FILE.test(text);
}

function isShareLine(text: string): boolean {
  if (!SHARE_CORE.test(text)) return false;
  return SHARE_REST.test(text.replace(SHARE_ANY, ''));
}

function isNavList(text: string): boolean {
  if (text === '>' || text === '|' || text === '首页') return true;
  if (text.length > 90 || NAV_STOPS.test(text)) return false;
  // the items are the runs between separators, read in place (no split, no array of them)
  let items = 0;
  let longest = 0;
  for (let i = 0; i < text.length; ) {
    if (isNavSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isNavSeparator(text.charCodeAt(i))) i++;
    items++;
    longest = Math.max(longest, i - start);
  }
  // 青 海 省 卫 生 健 康 委, 岳 麓 区 2019 年 度 …: one name or title spaced out letter by letter, not a menu
  if (longest === 1 || isLetterSpaced(text)) return false;
  return items >= 3 && longest <= NAV_ITEM_MAX && !TITLE_WORDS.test(text);
}

const TRIGGERS = indexWords(STRONG_TRIGGER_WORDS);

/**
 * False when `text[start, end)` holds no trigger word, so the line cannot be a strong kind of
 * chrome (lineKind need not look further).
 */
export function mayBeStrongChromeAt(text: string, start: number, end: number): boolean {
  return holdsWord(TRIGGERS, text, start, end);
}

/** False when no chrome word starts with the character `code` (most characters: one filter test). */
export function mayStartStrongTrigger(code: number): boolean {
  return mayHold(TRIGGERS.first, code);
}

/** The end of the shortest chrome word standing at `i` wholly before `end`, or -1. */
export function strongTriggerEndAt(text: string, i: number, end: number): number {
  return wordEndAt(TRIGGERS, text, i, end);
}

/** The kinds, made once (a kind is never changed). */
const WEAK_ATTACHMENT: LineKind = { kind: 'attachment', strong: false };
const STRONG_BANNER: LineKind = { kind: 'banner', strong: true };
const WEAK_BREADCRUMB: LineKind = { kind: 'breadcrumb', strong: false };
const STRONG_BREADCRUMB: LineKind = { kind: 'breadcrumb', strong: true };
const WEAK_DATE_LINE: LineKind = { kind: 'dateLine', strong: false };
const STRONG_FOOTER: LineKind = { kind: 'footer', strong: true };
const WEAK_FOOTER_LABEL: LineKind = { kind: 'footerLabel', strong: false };
const WEAK_IMPRINT: LineKind = { kind: 'footer', strong: false };

/** A page number as a PDF's text keeps it on a line of its own: — 3 —, - 2 -, 第 1 页 共 5 页, 第2页, 2. */
const PAGE_NUMBER = /^(?:[-—–·] ?\d{1,3} ?[-—–·]|第 ?\d{1,3} ?页(?: ?共 ?\d{1,3} ?页)?|共 ?\d{1,3} ?页 ?第 ?\d{1,3} ?页|\d{1,3})$/u;
/** The date the imprint's printing office gives: …2023年3月13日印发, …二〇二三年三月十三日印发. */
const PRINTED_ON = /(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?[\d〇一二三四五六七八九十]{1,3} ?月 ?[\d〇一二三四五六七八九十]{1,3} ?日 ?印发$/u;
/** The longest imprint line (抄送 lists run long). */
const IMPRINT_MAX = 200;

/** A line of the imprint (版记) or a page number under an official document's signature (weak: the footer zone only). */
function isImprint(text: string): boolean {
  if (PAGE_NUMBER.test(text)) return true;
  if (text.length > IMPRINT_MAX) return false;
  for (const w of IMPRINT_OPENINGS) if (text.startsWith(w)) return true;
  return text.endsWith(IMPRINT_END) && PRINTED_ON.test(text);
}
const STRONG_METADATA: LineKind = { kind: 'metadata', strong: true };
const WEAK_METADATA: LineKind = { kind: 'metadata', strong: false };
const WEAK_NAV: LineKind = { kind: 'nav', strong: false };
const STRONG_PAGER: LineKind = { kind: 'pager', strong: true };
const STRONG_SHARE: LineKind = { kind: 'share', strong: true };

/**
 * The chrome kind of `line`, or null when it is (or may be) the report's own text. With
 * `strongOnly`, the weak kinds that no strong kind comes after (date lines, footer labels,
 * attachments, navigation) are not asked for: the answer is null where it would be one of them.
 */
export function lineKind(doc: Doc, line: Line, strongOnly = false): LineKind | null {
  const raw = doc.view.slice(line.contentStart, line.contentEnd);
  if (raw === '') return null;
  const lead = raw.slice(0, leadLength(raw));
  const text = raw.slice(lead.length);
  const short = raw.length <= 90 && !raw.includes('。');
  // a section heading is the report's own, whatever words it holds (…"扫一扫"执法公示, 强化技术支持)
  if (opensWithHeadingMarker(text)) return short && isAttachmentFile(text) ? WEAK_ATTACHMENT : null;
  const opens = openingsOf(OPENINGS, text);
  const crumb =
    (opens & OPENS_BREADCRUMB) !== 0 ||
    lead.includes('>') ||
    lead.includes('»') ||
    (text.startsWith('首页') && HOME_PATH.test(text));
  // a page scraped into one line opens with its breadcrumb: the line is the report, not chrome
  if (crumb) return raw.length > RUN_ON_PAGE && raw.includes('。') ? null : STRONG_BREADCRUMB;
  // a path without a lead (某局 > 信息公开 > 法治政府建设年度报告) is chrome where the page header stands
  if (isPathLine(text.trimEnd())) return WEAK_BREADCRUMB;
  if ((opens & OPENS_BANNER) !== 0 || (isAsciiDigit(text.charCodeAt(0)) && BANNER_DATE.test(text))) {
    return STRONG_BANNER;
  }
  if (startsWithLabel(doc, line)) {
    const marked = hasMarkedLabels(doc, line);
    return marked && (labelsOnLine(doc, line).length >= 2 || OPENS_BRACKET.test(text)) ? STRONG_METADATA : WEAK_METADATA;
  }
  if (short && isShareLine(text)) return STRONG_SHARE;
  if (short && holdsWord(FOOTER_STRONG_INDEX, raw, 0, raw.length)) return STRONG_FOOTER;
  if (short && (opens & OPENS_FOOTER_LEAD) !== 0) return STRONG_FOOTER;
  if (short && (opens & OPENS_PAGER) !== 0) return STRONG_PAGER;
  if (strongOnly) return null;
  if (readDateLine(doc, line)) return WEAK_DATE_LINE;
  if ((opens & OPENS_FOOTER_LABEL) !== 0) return WEAK_FOOTER_LABEL;
  if (isImprint(text)) return WEAK_IMPRINT;
  if (short && ((opens & OPENS_ATTACHMENT) !== 0 || isAttachmentFile(text))) return WEAK_ATTACHMENT;
  if (short && (isNavList(text) || (lead.trim() !== '' && text.length <= NAV_ITEM_MAX && !TITLE_WORDS.test(text)))) {
    return WEAK_NAV;
  }
  return null;
}
