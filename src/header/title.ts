// The report's own title: a title-like line at the top of the page, joined with its second half
// when broken over two lines, and with an issuer's name standing alone on the line above it.
import { ABOUT, GENRE_OPENING, isLetterSpaced, TITLE_ENDINGS, TITLE_KEYWORDS } from '../chrome/text.js';
import { lineAt, type Doc, type Line } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import { isOrgName } from './orgName.js';
import { lineText, topLines } from './region.js';
import { runOnTitle, YEAR_OR_ABOUT as STARTS_WITH_YEAR_OR_ABOUT } from './runOnTitle.js';
import { ENDS_OTHER_TITLE, LIST_BULLETS } from './runOnContext.js';
import { titlePiece } from './titleTrim.js';
import type { TopText } from './topText.js';
import { YEAR_NIAN, YEAR_NIAN_SOURCE } from '../data/yearPattern.js';
import { inBitTable } from '../charTable.js';

export interface Title {
  readonly text: string;
  /** The title's view text (normalised), for matching. */
  readonly view: string;
  readonly span: Span;
  /** The lines it was read from (one or two). */
  readonly lines: readonly Line[];
  /** A notice publishing the report stands above it (关于公布…报告的通知): what precedes the title is the notice's. */
  readonly belowNotice?: true;
  /**
   * Set apart letter by letter (岳 麓 区 2019 年 度 …): `text` and `view` are written without the
   * spaces, and this gives the document offset of each character of `view`.
   */
  readonly spaced?: readonly number[];
}

const SPACE = 0x20;

/** A letter-spaced line's text and view without the spaces the view shows, and where each character stands. */
function withoutSpaces(doc: Doc, line: Line): { text: string; view: string; spaced: number[] } {
  let text = '';
  let view = '';
  const spaced: number[] = [];
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    if (doc.view.charCodeAt(i) === SPACE) continue;
    text += doc.input[i]!;
    view += doc.view[i]!;
    spaced.push(i);
  }
  return { text, view, spaced };
}

const MAX_TITLE = 80;
const MIN_BARE_TITLE = 6;
/** Shorter lines that only name the genre are channel names (法治政府建设), not titles. */
const MIN_PARTIAL_TITLE = 10;
const NOT_TITLE = /[,。;:!?>|»›]|(?:网|网站|门户|专栏|公开)$/u;
const CONTINUATION_MAX = 40;
const YEAR = YEAR_NIAN;

/** What kind of title line `text` is; `keyword`, where given, is its TITLE_KEYWORDS test already made. */
function titleLike(text: string, keyword?: boolean): 'keyword' | 'ending' | null {
  if (text.length > MAX_TITLE || NOT_TITLE.test(text)) return null;
  if (keyword ?? TITLE_KEYWORDS.test(text)) return 'keyword';
  if (TITLE_ENDINGS.test(text) && text.length >= MIN_BARE_TITLE) return 'ending';
  return null;
}

/** Nothing but blank lines between `a` and `b` (pages often put a blank line after every line). */
function adjacent(doc: Doc, a: Line, b: Line): boolean {
  for (let i = a.index + 1; i < b.index; i++) {
    const line = doc.lines[i]!;
    if (line.contentEnd > line.contentStart) return false;
  }
  return b.index > a.index;
}

function join(doc: Doc, lines: readonly Line[]): Title {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (lines.length === 1 && isLetterSpaced(lineText(doc, first))) {
    return { ...withoutSpaces(doc, first), span: { start: first.contentStart, end: first.contentEnd }, lines };
  }
  // one line or two: their texts put together in place (no arrays mapped and joined)
  let text = '';
  let view = '';
  for (const l of lines) {
    text += doc.input.slice(l.contentStart, l.contentEnd);
    view += lineText(doc, l);
  }
  return { text, view, span: { start: first.contentStart, end: last.contentEnd }, lines };
}

/** The title a metadata block gives (标题: …) when no title line stands on the page. */
function metaTitle(doc: Doc, chrome: Chrome): Title | null {
  const field = chrome.meta.find((m) => m.key === 'title' && titleLike(doc.view.slice(m.span.start, m.span.end)) !== null);
  if (!field) return null;
  const { start, end } = field.span;
  const line = lineAt(doc, start);
  const piece: Line = { ...line, contentStart: start, contentEnd: end };
  return { text: field.value, view: doc.view.slice(start, end), span: { start, end }, lines: [piece] };
}

/** A title's first half that names no genre: 关于某市交通运输局2023年度, 某县司法局2023年. */
const FIRST_HALF = new RegExp(`^关于|${YEAR_NIAN_SOURCE}度?$`, 'u');

function isFirstHalf(text: string): boolean {
  return text.length <= CONTINUATION_MAX && !NOT_TITLE.test(text) && titleLike(text) === null && FIRST_HALF.test(text) && !ENDS_OTHER_TITLE.test(text);
}

/** The title starting at top line `at`, joined with its other half when broken over two lines. */
function titleAt(doc: Doc, lines: readonly Line[], at: number): Title {
  const line = lines[at]!;
  const text = lineText(doc, line);
  const prev = lines[at - 1];
  const next = lines[at + 1];
  // 西安市应急管理局 / 2023年度法治政府建设情况报告
  // 某市安全生产监督管理局关于 / 2017年度法治政府建设工作情况的报告: split after 关于
  if (prev && adjacent(doc, prev, line) && STARTS_WITH_YEAR_OR_ABOUT.test(text) && isNameAbove(lineText(doc, prev).replace(/ /gu, ''))) {
    return join(doc, [prev, line]);
  }
  // 关于某市交通运输局2023年度 / 法治政府建设情况的报告: the first half names no genre
  if (prev && adjacent(doc, prev, line) && !STARTS_WITH_YEAR_OR_ABOUT.test(text) && isFirstHalf(lineText(doc, prev))) {
    return join(doc, [prev, line]);
  }
  // 柳江区卫生健康局2025年法治政府 / 建设年度报告: the second half is a fragment (no year, no keyword)
  if (next && adjacent(doc, line, next) && !TITLE_ENDINGS.test(text)) {
    const rest = lineText(doc, next);
    const fragment = !TITLE_KEYWORDS.test(rest) && !YEAR.test(rest) && !STARTS_WITH_YEAR_OR_ABOUT.test(rest);
    if (rest.length <= CONTINUATION_MAX && !NOT_TITLE.test(rest) && TITLE_ENDINGS.test(rest) && fragment) {
      return join(doc, [line, next]);
    }
  }
  // 某街道办事处法治政府建设工作总结 / (二〇一八年度): the year it covers in brackets on a line of its own
  if (next && adjacent(doc, line, next) && !YEAR.test(text) && BRACKETED_YEAR.test(lineText(doc, next))) return join(doc, [line, next]);
  return join(doc, [line]);
}
/** A year in brackets alone on its line: (2018年度), (二〇一八年). */
const BRACKETED_YEAR = new RegExp(`^\\(${YEAR_NIAN_SOURCE}度?\\)$`, 'u');

/** The line without the bullet and spaces it opens with. */
function withoutBullet(doc: Doc, line: Line): Line {
  let start = line.contentStart;
  while (start < line.contentEnd && (inBitTable(LIST_BULLETS, doc.view.charCodeAt(start)) || doc.view.charCodeAt(start) === 0x20)) start++;
  return { ...line, contentStart: start };
}

/** A column's name (法治政府建设年度报告): the genre alone, no year, no issuer. */
function isColumnName(title: Title): boolean {
  return GENRE_OPENING.test(title.view) && !YEAR.test(title.view);
}

/** An issuer's name alone on the line above a title's second half, perhaps with its 关于. */
function isNameAbove(text: string): boolean {
  return isOrgName(text) || (text.endsWith(ABOUT) && isOrgName(text.slice(0, -ABOUT.length)));
}

/** A full title names the genre and either ends like a title or names a year. */
function isFull(title: Title): boolean {
  return isFullView(title.view);
}

function isFullView(view: string): boolean {
  return TITLE_KEYWORDS.test(view) && (TITLE_ENDINGS.test(view) || YEAR.test(view));
}

/**
 * Finds the title among the top lines (else in the metadata); null when the page has none. A full
 * title wins over a line that only names the genre (a channel such as 法治政府建设), which wins
 * over a bare ending (建设工作情况的报告, the second half of a title whose first half is lost).
 */
/** A notice that publishes or hands out a report: 某市人民政府办公室关于公布某市2022年度…报告的通知. */
const PUBLISHING_NOTICE = /关于(?:公布|印发|发布|公开|转发)[^》]{0,60}?(?:报告|总结)》?的通知$/u;
/** How PUBLISHING_NOTICE ends: a title ending otherwise needs no pattern tried. */
const NOTICE_END = '的通知';
/** A news headline that the report was published: 某局发布2019年度法治政府建设情况报告. */
const PUBLISHES = /^[^《]{2,30}?(?:发布|公布|公开)了?\d{4}年/u;
/** PUBLISHES' verbs end in 布 or are 公开: a title holding neither is no headline (no pattern tried). */
function mayPublish(view: string): boolean {
  return view.includes('布') || view.includes('公开');
}

/** The report's title a notice that publishes it quotes (关于印发《某局2020年度…总结》的通知), or null. */
function quotedTitle(doc: Doc, notice: Title): Title | null {
  const open = notice.view.indexOf('《');
  const close = notice.view.indexOf('》', open + 1);
  if (open < 0 || close < 0 || notice.lines.length !== 1) return null;
  const view = notice.view.slice(open + 1, close);
  if (!isFullView(view) || !TITLE_ENDINGS.test(view)) return null;
  const start = notice.span.start + open + 1;
  const piece: Line = { ...notice.lines[0]!, contentStart: start, contentEnd: start + view.length };
  return join(doc, [piece]);
}

export function findTitle(top: TopText): Title | null {
  const { doc, chrome } = top;
  const lines: Line[] = [];
  const kinds: ('keyword' | 'ending' | null)[] = [];
  for (const line of topLines(top)) {
    const text = lineText(doc, line);
    // every cut titlePiece makes keeps a word of the genre (TITLE_KEYWORDS is unanchored): a line
    // without one is its own piece, and no keyword line
    const keyword = TITLE_KEYWORDS.test(text);
    const piece = keyword ? titlePiece(doc, line, text) : line;
    lines.push(piece);
    // the line's own keyword test serves where no piece was cut from it
    const kind = piece === line ? titleLike(text, keyword) : titleLike(lineText(doc, piece));
    // a title set apart letter by letter is read without its spaces
    kinds.push(kind === null && isLetterSpaced(text) ? titleLike(text.replace(/ /gu, '')) : kind);
  }
  let full: Title | null = null;
  let keyword: Title | null = null;
  let headline: Title | null = null;
  let notice = false;
  let listed: Title | null = null;
  for (let at = 0; at < lines.length; at++) {
    if (kinds[at] !== 'keyword') continue;
    // an item of a list (a sidebar of the column's reports, related links: · 某局2019年…总结) is
    // another page's title, taken only when nothing else names one
    if (inBitTable(LIST_BULLETS, doc.view.charCodeAt(lines[at]!.contentStart))) {
      listed ??= join(doc, [withoutBullet(doc, lines[at]!)]);
      continue;
    }
    const title = titleAt(doc, lines, at);
    // a news headline about the report (某局发布2019年度…报告) gives way to the report's own title below it
    if (mayPublish(title.view) && PUBLISHES.test(title.view) && isFull(title)) {
      headline ??= title;
      continue;
    }
    // and so does a notice that publishes it (关于公布…报告的通知)
    if (title.view.endsWith(NOTICE_END) && PUBLISHING_NOTICE.test(title.view)) {
      headline ??= quotedTitle(doc, title) ?? title;
      notice = true;
      continue;
    }
    // a full title that ends like one (…情况报告) wins over one cut short (…建设工作, a menu's copy)
    // a column's name over its list (法治政府建设年度报告: no year, no issuer) waits for the page's own title
    if (isFull(title) && TITLE_ENDINGS.test(title.view) && !isColumnName(title)) return notice ? { ...title, belowNotice: true } : title;
    if (isFull(title)) full ??= title;
    if (title.view.length >= MIN_PARTIAL_TITLE) keyword ??= title;
  }
  if (full ?? keyword ?? headline) return full ?? keyword ?? headline;
  if (listed) return listed;
  const at = kinds.indexOf('ending');
  if (at >= 0) return titleAt(doc, lines, at);
  const meta = metaTitle(doc, chrome);
  if (meta) return meta;
  const runOn = runOnTitle(top);
  return runOn ? join(doc, runOn) : null;
}
