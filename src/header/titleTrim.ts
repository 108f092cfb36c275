// What of a title-like line is the title: the name inside 《》 after a document number
// (浙卫〔2024〕3号《…报告》), the title without a site name or spam appended (…报告-某某网,
// …报告_某某门户) or the issuer and date a list line carries after it, and the title a page scraped into one line runs on from (网站名…报告2023年,…).
import { GENRE_OPENING, GENRE_WORDS, TITLE_ENDINGS, TITLE_KEYWORDS } from '../chrome/text.js';
import { META_LABEL_LIST } from '../data/chromeLabels.js';
import type { Doc, Line } from '../document.js';
import { isDateOnly } from './dates.js';
import { isOrgName } from './orgName.js';
import { opensWithPlace } from '../identity/places.js';
import { lineText } from './region.js';
import type { TopText } from './topText.js';
import { bitTable, inBitTable, isAsciiDigit, isHan } from '../charTable.js';
import { DOC_NUMBER_SOURCE } from '../citations/docNumber.js';

/** 《…》 closing the line: the title a document number or a heading stands before. */
const QUOTED_TITLE = /《([^《》]{6,80})》 {0,4}$/u;
/** A title, a separator, and a site's name or spam, perhaps in parts: …报告-某某网, …报告 | 某某门户, …报告-某某之窗-某某门户网站. */
const APPENDED = /(?:报告|总结|情况|工作要点|汇报) {0,2}[-_|—–] {0,2}\S{2,40}$/u;

const SEPARATOR = /[-_|—–]/u;

/** A document number and the spaces after it, opening the line: 皖交法〔2020〕8号 (the title follows). */
const DOC_NUMBER_LEAD = new RegExp(`^${DOC_NUMBER_SOURCE} {1,4}`, 'u');

/** The line (its view text `text`) cut to the title it holds (a piece of the line, same index), or the line itself. */
export function titlePiece(doc: Doc, line: Line, text = lineText(doc, line)): Line {
  const quoted = text.includes('》') ? QUOTED_TITLE.exec(text) : null;
  if (quoted && TITLE_KEYWORDS.test(quoted[1]!)) {
    const start = line.contentStart + quoted.index + 1;
    return { ...line, contentStart: start, contentEnd: start + quoted[1]!.length };
  }
  const numbered = DOC_NUMBER_LEAD.exec(text);
  if (numbered && numbered[0].length < text.length && TITLE_KEYWORDS.test(text.slice(numbered[0].length))) {
    return { ...line, contentStart: line.contentStart + numbered[0].length };
  }
  const head = headBeforeIssuerAndDate(text);
  if (head < text.length) return { ...line, contentEnd: line.contentStart + head };
  const appended = SEPARATOR.test(text) ? APPENDED.exec(text) : null;
  if (appended && TITLE_KEYWORDS.test(text.slice(0, appended.index)) && !TITLE_KEYWORDS.test(appended[0].slice(2))) {
    const end = appended.index + text.slice(appended.index).search(/ {0,2}[-_|—–]/u);
    return { ...line, contentEnd: line.contentStart + end };
  }
  return line;
}

/** Pieces of a line set apart by spaces or bars. */
const PIECE = /[^ |]+/gu;

/**
 * Where the title ends on a line that carries the issuer and a date after it (…情况报告 某某局
 * 2024-01-15 09:30): the end of the title when what follows is only names and dates, else the
 * line's length.
 */
function headBeforeIssuerAndDate(text: string): number {
  if (!text.includes(' ') && !text.includes('|')) return text.length;
  const pieces = [...text.matchAll(PIECE)];
  let k = pieces.length;
  while (k > 1) {
    const piece = pieces[k - 1]![0];
    if (!isOrgName(piece) && !isDateOnly(piece) && !TIME.test(piece)) break;
    k--;
  }
  if (k === pieces.length) return text.length;
  const last = pieces[k - 1]!;
  const end = last.index + last[0].length;
  return TITLE_KEYWORDS.test(text.slice(0, end)) && TITLE_ENDINGS.test(text.slice(0, end)) ? end : text.length;
}
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** A title a one-line page runs on from starts within its first characters (after a site's name). */
const RUN_ON_START_MAX = 160;
const RUN_ON_MIN = 10;
const RUN_ON_LINE_MIN = 100;
const RUN_ON_MAX = 80;
/** Characters a title run on in a line is made of: ideographs, digits, brackets of titles (a space sets it apart). */
const TITLE_MARKS = bitTable('《》〈〉()“”');
const isTitleChar = (c: number): boolean => isHan(c) || isAsciiDigit(c) || inBitTable(TITLE_MARKS, c);

/** True when every character of `view[from, to)` is one a title is made of. */
function allTitleChars(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTitleChar(view.charCodeAt(i))) return false;
  return true;
}
/** The words a run-on title ends with, all of one length. */
const ENDINGS: readonly string[] = ['报告', '总结'];
const ENDING_LENGTH = 2;
/** A title the line runs on from follows no mark of a sentence (…,现将…情况报告如下 is prose). */
const SENTENCE_MARKS = bitTable(',。;:、!?“”《》()');
/** What opens the prose after a run-on title: its year (2023年,…), its first heading (一、), or nothing. */
const PROSE_OPENS = /^(?:\d|[一二三四五六七八九十]、|$|[\s[【])/u;
/** The longest metadata label (公文生成日期). */
const LABEL_MAX = 8;

/** What follows a run-on title: the prose (its year, its first heading), a bracket, or a metadata label (来源:…). */
function opensAfterTitle(view: string, at: number): boolean {
  if (PROSE_OPENS.test(view.slice(at, at + 2))) return true;
  const ahead = view.slice(at, at + LABEL_MAX + 1);
  return META_LABEL_LIST.some((label) => ahead.startsWith(label) && /^ {0,2}:/u.test(ahead.slice(label.length)));
}

/** True when `view[a, a + n)` and `view[b, b + n)` are the same characters (compared in place). */
function sameAt(view: string, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (view.charCodeAt(a + i) !== view.charCodeAt(b + i)) return false;
  return true;
}

/** Where the run of title characters from `s` ends, looked at up to `to`. */
function titleRunEnd(view: string, s: number, to: number): number {
  let run = s;
  while (run < to && isTitleChar(view.charCodeAt(run))) run++;
  return run;
}

/** The title written twice in a row in the run of title characters `[s, run)` (a scraped page repeats it): its length, or 0. */
function doubledAt(view: string, s: number, run: number): number {
  // both copies are made of title characters: the run from s holds the two
  if (run - s < 2 * RUN_ON_MIN) return 0;
  // the second copy starts where the first character comes again (indexOf, within the run only)
  const reach = view.slice(s, run);
  const first = reach[0]!;
  for (let n = reach.indexOf(first, RUN_ON_MIN); n >= 0 && 2 * n <= reach.length; n = reach.indexOf(first, n + 1)) {
    if (!sameAt(view, s, s + n, n)) continue;
    if (TITLE_KEYWORDS.test(reach.slice(0, n)) && allTitleChars(view, s, s + n)) return n;
  }
  return 0;
}

/**
 * The last offset from which the `window` of the view starting at `from` holds a word of the genre
 * twice (-1 where none is written twice): a title written twice holds its word of the genre in each
 * copy, so none starts later.
 */
function lastDoubledStart(window: string, from: number): number {
  let last = -1;
  for (const word of GENRE_WORDS) {
    let previous = -1;
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) {
      if (previous > last) last = previous;
      previous = at;
    }
  }
  return last < 0 ? -1 : from + last;
}

/**
 * The title a page scraped into one long line opens with, after perhaps a site's name or a page
 * number: 网站名www.example.com某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持…
 * (the title ends at its first 报告/总结 after a word of the genre, and starts after the last
 * character no title holds), or a title the page writes twice in a row.
 */
export function runOnTitle(top: TopText): Line | null {
  const { doc } = top;
  const line = firstBodyLine(top);
  // a title runs on only in a long line (a page scraped into one line, a title glued to its text)
  if (!line || line.contentEnd - line.contentStart < RUN_ON_LINE_MIN) return null;
  const { view } = doc;
  const from = line.contentStart;
  const limit = Math.min(line.contentEnd, from + RUN_ON_START_MAX + 2 * RUN_ON_MAX);
  // the window is searched alone: no scan runs on to the page's end
  const window = view.slice(from, limit);
  if (!TITLE_KEYWORDS.test(window)) return null;
  const endings = endingsIn(window, from);
  const doubledBefore = lastDoubledStart(window, from);
  // with no 报告/总结 to end it and no word of the genre written twice, no title runs on from any start
  if (endings.length === 0 && doubledBefore < 0) return quotedRunOnTitle(doc, line, limit);
  let next = 0; // the first ending at or after s (s only grows)
  // endings no word of the genre comes before from s on: a stretch within one that has none has
  // none either (TITLE_KEYWORDS is unanchored), and s only grows, so each is tested false once
  let dead: boolean[] | null = null;
  // s walks the starts of runs of title characters (a start follows no title character): each
  // run's end is found once, and s goes on from there (no start lies inside a run)
  let run = 0;
  for (let s = from; s < from + RUN_ON_START_MAX && s < limit; s = Math.max(s + 1, run)) {
    const code = view.charCodeAt(s);
    if (!isHan(code) && !isAsciiDigit(code)) continue;
    if (s > from && isTitleChar(view.charCodeAt(s - 1))) continue;
    run = titleRunEnd(view, s, Math.min(limit, s + 2 * RUN_ON_MAX));
    const n = s <= doubledBefore ? doubledAt(view, s, run) : 0;
    if (n > 0) return { ...line, contentStart: s, contentEnd: s + n };
    if (s > from && inBitTable(SENTENCE_MARKS, view.charCodeAt(s - 1))) continue;
    const stretchEnd = Math.min(limit, s + RUN_ON_MAX);
    let end = -1;
    // the first 报告/总结 in the stretch after a word of the genre (the endings were found once)
    while (next < endings.length && endings[next]! < s) next++;
    for (let k = next; k < endings.length && endings[k]! + ENDING_LENGTH <= stretchEnd; k++) {
      if (dead?.[k] === true) continue;
      if (TITLE_KEYWORDS.test(view.slice(s, endings[k]!))) {
        end = endings[k]! + ENDING_LENGTH - s;
        break;
      }
      (dead ??= [])[k] = true;
    }
    if (end < RUN_ON_MIN || !allTitleChars(view, s, s + end)) continue;
    if (!TITLE_ENDINGS.test(view.slice(s, s + end)) || !opensAfterTitle(view, s + end)) continue;
    return { ...line, contentStart: afterMenuItem(view, s, s + end), contentEnd: s + end };
  }
  return quotedRunOnTitle(doc, line, limit);
}

/** The first text line of the body. */
function firstBodyLine(top: TopText): Line | undefined {
  let line: Line | undefined;
  for (let k = 0; (line = top.line(k)) !== undefined; k++) if (line.contentStart >= top.chrome.body.start) return line;
  return undefined;
}

/**
 * A title in 《》 that a one-line page runs on from, after its breadcrumb (…> 工作总结《某局2017年度
 * 依法行政工作报告》发布日期:…): the first 《…》 of the opening that reads as a report's title and
 * is followed by the prose or a metadata label.
 */
function quotedRunOnTitle(doc: Doc, line: Line, limit: number): Line | null {
  const { view } = doc;
  // both marks are looked for only where they may stand: no search runs on to the page's end
  const before = view.slice(line.contentStart, line.contentStart + RUN_ON_START_MAX).indexOf('《');
  if (before < 0) return null;
  const open = line.contentStart + before;
  const within = view.slice(open + 1, Math.min(limit, open + 1 + RUN_ON_MAX) + 1).indexOf('》');
  const close = within < 0 ? -1 : open + 1 + within;
  if (close < 0 || close > limit || close - open - 1 < RUN_ON_MIN || close - open - 1 > RUN_ON_MAX) return null;
  const title = view.slice(open + 1, close);
  if (!TITLE_KEYWORDS.test(title) || !TITLE_ENDINGS.test(title) || !allTitleChars(view, open + 1, close)) return null;
  return opensAfterTitle(view, close + 1) ? { ...line, contentStart: open + 1, contentEnd: close } : null;
}

/** How far a breadcrumb's last item named for the genre (GENRE_OPENING: 法治政府, 依法行政, 法治建设) reaches. */
const GENRE_COLUMN_MAX = 4;
/** The breadcrumb's separators: what follows the last one is its menu item, then the title. */
const CRUMB_SEPARATORS = bitTable('>»›');
/** A menu item of a breadcrumb is short (部门动态, 法治政府建设). */
const MENU_ITEM_MAX = 8;

/**
 * Where a run-on title starts that follows a breadcrumb's last item without a break (…>部门动态
 * 某市某局2020年…总结): at the place's name within the item's reach, else where it was found.
 */
function afterMenuItem(view: string, start: number, end: number): number {
  let before = start - 1;
  while (before > 0 && view.charCodeAt(before) === 0x20) before--;
  if (!inBitTable(CRUMB_SEPARATORS, view.charCodeAt(before))) return start;
  // after a space, only a column named for the genre runs on into the title (> 法治政府某省某委2019年…)
  if (before < start - 1 && !GENRE_OPENING.test(view.slice(start, start + GENRE_COLUMN_MAX))) return start;
  for (let p = start + 1; p <= start + MENU_ITEM_MAX && p < end; p++) {
    if (opensWithPlace(view.slice(p, end))) return p;
  }
  return start;
}

/** Where 报告 and 总结 start in the `window` of the view starting at `from`, in order (view offsets). */
function endingsIn(window: string, from: number): number[] {
  const out: number[] = [];
  for (const word of ENDINGS) {
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) out.push(from + at);
  }
  return out.sort((a, b) => a - b);
}
