// The title a page scraped into one line runs on from: 网站名…某局2023年度法治政府建设情况报告2023年,…
// (after a site's name, its menus, a breadcrumb, a sidebar of the column's reports, metadata labels).
import { ABOUT, GENRE_OPENING, TITLE_ENDINGS, TITLE_KEYWORDS } from '../chrome/text.js';
import { META_LABEL_LIST } from '../data/chromeLabels.js';
import { DOC_NUMBER_SOURCE } from '../citations/docNumber.js';
import { YEAR_NIAN, YEAR_SOURCE } from '../data/yearPattern.js';
import { isOrgName } from './orgName.js';
import type { Doc, Line } from '../document.js';
import type { TopText } from './topText.js';
import { afterCrumb, afterMenuItem, afterOtherTitles, afterTitleLabel, allTitleChars, isTitleChar, isYearFirstHalf, isListItem, leadBeforeTitle, otherTitleBefore, RUN_ON_MIN } from './runOnContext.js';
import { doubledAt, genreWordTwiceInRun, lastDoubledStart } from './runOnDoubled.js';
import { bitTable, inBitTable, isAsciiDigit, isHan } from '../charTable.js';

/** A title a one-line page runs on from starts within its first characters (after a site's name). */
const RUN_ON_START_MAX = 160;
const RUN_ON_LINE_MIN = 100;
const RUN_ON_MAX = 80;
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
  if (PROSE_OPENS.test(view.slice(at, at + 2)) || inBitTable(SITE_SEPARATORS, view.charCodeAt(at))) return true;
  // a label is tried only where one may start (most characters after a title's 报告 start none)
  if (inBitTable(LABEL_FIRST, view.charCodeAt(at))) {
    const ahead = view.slice(at, at + LABEL_MAX + 1);
    if (META_LABEL_LIST.some((label) => ahead.startsWith(label) && /^ {0,2}:/u.test(ahead.slice(label.length)))) return true;
  }
  return addresseeAt(view, at) || docNumberAt(view, at);
}
/** The first characters of the metadata labels. */
const LABEL_FIRST = bitTable(META_LABEL_LIST.map((label) => label.charAt(0)));

/** A document number at `at` (…的报告某政发〔2021〕4号): the title's own, written after it. */
function docNumberAt(view: string, at: number): boolean {
  DOC_NUMBER_AT.lastIndex = at;
  return DOC_NUMBER_AT.test(view);
}
const DOC_NUMBER_AT = new RegExp(DOC_NUMBER_SOURCE, 'uy');
/** A site's name appended to the title: …报告-某某市人民政府, …报告_某某网, …报告|某某门户. */
const SITE_SEPARATORS = bitTable('-_|—–');

/** The addressee's name and its colon (省人民政府:, 市委全面依法治市办:): the report's text begins. */
function addresseeAt(view: string, at: number): boolean {
  // the colon is looked for within the addressee's reach only (no search on to the page's end)
  const within = view.slice(at, at + ADDRESSEE_MAX + 1).indexOf(':');
  const colon = at + within;
  return within > 1 && allTitleChars(view, at, colon) && isOrgName(view.slice(at, colon));
}
const ADDRESSEE_MAX = 30;


/** Where the run of title characters from `s` ends, looked at up to `to`. */
function titleRunEnd(view: string, s: number, to: number): number {
  let run = s;
  while (run < to && isTitleChar(view.charCodeAt(run))) run++;
  return run;
}

/**
 * The title a page scraped into one long line opens with, after perhaps a site's name or a page
 * number: 网站名www.example.com某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持…
 * (the title ends at its first 报告/总结 after a word of the genre, and starts after the last
 * character no title holds), or a title the page writes twice in a row. A whole page scraped into
 * one line puts its menus, breadcrumb and sidebars before the title: the title is looked for up to
 * where the prose starts, and an item of a list (· 某局2019年…报告 2020-01-30), a column's name
 * (法治政府建设年度报告) or a title in 《》 is taken only when no other title stands there. Its
 * pieces: one, or two where the page's line break fell inside the title (某局 2023年度…报告).
 */
export function runOnTitle(top: TopText): readonly Line[] | null {
  const { doc } = top;
  const line = firstBodyLine(top);
  // a title runs on only in a long line (a page scraped into one line, a title glued to its text)
  if (!line || line.contentEnd - line.contentStart < RUN_ON_LINE_MIN) return null;
  const { view } = doc;
  const from = line.contentStart;
  const startMax = from + startReach(view, from, line.contentEnd);
  const limit = Math.min(line.contentEnd, startMax + 2 * RUN_ON_MAX);
  // the window is searched alone: no scan runs on to the page's end
  const window = view.slice(from, limit);
  if (!TITLE_KEYWORDS.test(window)) return null;
  const endings = endingsIn(window, from);
  // every title the walk below takes ends at a 报告/总结 that what follows lets end a title, or is
  // written twice in a run of title characters (a word of the genre in each copy): with neither (the
  // opening prose of most pages), no title runs on from any start
  if (!endings.some((e) => opensAfterTitle(view, e + ENDING_LENGTH)) && !genreWordTwiceInRun(view, window, from)) {
    const quoted = quotedRunOnTitle(doc, line, startMax, limit);
    return quoted ? [quoted] : null;
  }
  const doubledBefore = lastDoubledStart(window, from);
  let next = 0; // the first ending at or after s (s only grows)
  // endings no word of the genre comes before from s on: a stretch within one that has none has
  // none either (TITLE_KEYWORDS is unanchored), and s only grows, so each is tested false once
  let dead: boolean[] | null = null;
  let crumb: Line[] | null = null;
  let column: Line | null = null;
  let listed: Line[] | null = null;
  // s walks the starts of runs of title characters (a start follows no title character): each
  // run's end is found once, and s goes on from there (no start lies inside a run)
  let run = 0;
  // where a title may start glued to the column's name before it (…> 法治政府建设年度报告2021年度…报告)
  let glued = -1;
  for (let s = from; s < startMax && s < limit; s = Math.max(s + 1, run)) {
    const code = view.charCodeAt(s);
    if (!isHan(code) && !isAsciiDigit(code)) continue;
    if (s > from && s !== glued && isTitleChar(view.charCodeAt(s - 1))) continue;
    run = titleRunEnd(view, s, Math.min(limit, s + 2 * RUN_ON_MAX));
    // what no title opens with, glued before one: a date's or a document number's tail (…2021-01-15孝感…,
    // …〔2021〕4号某市…), a column named for a report (…>工作总结某镇2022年…)
    const lead = leadBeforeTitle(view, s, run);
    if (lead > 0) {
      glued = run = s + lead;
      continue;
    }
    const n = s <= doubledBefore ? doubledAt(view, s, run) : 0;
    if (n > 0) return [{ ...line, contentStart: s, contentEnd: s + n }];
    if (s > from && inBitTable(SENTENCE_MARKS, view.charCodeAt(s - 1)) && !afterTitleLabel(view, s - 1)) continue;
    const stretchEnd = Math.min(limit, s + RUN_ON_MAX);
    let end = -1;
    // the first 报告/总结 in the stretch after a word of the genre (the endings were found once)
    while (next < endings.length && endings[next]! < s) next++;
    for (let k = next; k < endings.length && endings[k]! + ENDING_LENGTH <= stretchEnd; k++) {
      if (dead?.[k] === true) continue;
      if (TITLE_KEYWORDS.test(view.slice(s, endings[k]!))) {
        end = endings[k]! + ENDING_LENGTH;
        break;
      }
      (dead ??= [])[k] = true;
    }
    // a run longer than a title with no ending in its stretch: other titles glued before this one
    // (…整改销号2021年某州…质量公报某州某局2021年度…报告): the title starts after the last of them
    if (end < 0 && run - s > RUN_ON_MAX) {
      const after = afterOtherTitles(view, s, run);
      if (after > s) {
        glued = run = after;
        continue;
      }
    }
    if (end - s < RUN_ON_MIN || !TITLE_ENDINGS.test(view.slice(s, end)) || !opensAfterTitle(view, end)) continue;
    // another document's title glued before this one (关于…管理的通告某街道2023年…报告): a title ends
    // before it that names no genre
    const other = otherTitleBefore(view, s, end);
    if (other > s) {
      glued = run = other;
      continue;
    }
    // all of it title characters, or two halves the page's line break set apart (…法治政府建设 情况的报告)
    const halves = end <= run ? end : secondHalf(view, s, run, end);
    if (halves < 0) continue;
    const pieces: Line[] = halves === end
      ? [{ ...line, contentStart: afterMenuItem(view, s, end), contentEnd: end }]
      : [{ ...line, contentStart: s, contentEnd: run }, { ...line, contentStart: halves, contentEnd: end }];
    if (isListItem(view, s, end)) listed ??= pieces;
    else if (GENRE_OPENING.test(view.slice(s, end)) && !YEAR_NIAN.test(view.slice(s, end))) {
      column ??= pieces[0]!;
      if (end < run) glued = run = end;
    } else if (afterCrumb(view, s)) crumb ??= pieces;
    else return withNameBefore(view, line, s, pieces);
  }
  const quoted = quotedRunOnTitle(doc, line, startMax, limit);
  if (quoted) return [quoted];
  if (crumb) return crumb;
  return column ? [column] : listed;
}

/**
 * How far after `from` a run-on title may start: within its first characters, or, in a page whose
 * opening holds no mark of a sentence there (its menus, breadcrumb and sidebars scraped into the
 * line), up to where the prose starts (its first comma or full stop).
 */
function startReach(view: string, from: number, to: number): number {
  const reach = Math.min(to, from + ONE_LINE_START_MAX);
  let prose = reach;
  for (const mark of PROSE_MARKS) {
    const at = view.indexOf(mark, from);
    if (at >= 0 && at < prose) prose = at;
  }
  return Math.max(RUN_ON_START_MAX, prose - from);
}
/** A whole page scraped into one line: how far its menus and sidebars may run before the title. */
const ONE_LINE_START_MAX = 800;
const PROSE_MARKS: readonly string[] = [',', '。'];

/**
 * Where a title's second half starts when a space (the page's line break) cuts the title from
 * `start` after `cut`: the half after it is all title characters and only ends the title (情况的报告:
 * no word of the genre, no year; the genre too after a first half ending with the year), else -1.
 */
function secondHalf(view: string, start: number, cut: number, end: number): number {
  // the line break's spaces (two where it was CRLF)
  let at = cut;
  while (at < end && at - cut < BREAK_SPACES_MAX && view.charCodeAt(at) === 0x20) at++;
  if (at === cut || !allTitleChars(view, at, end)) return -1;
  const rest = view.slice(at, end);
  if (rest.length > HALF_MAX || YEAR_NIAN.test(rest)) return -1;
  // after a first half that ends with the year it covers (某县人民政府关于2015年度), the rest names the genre
  return !TITLE_KEYWORDS.test(rest) || isYearFirstHalf(view.slice(start, cut)) ? at : -1;
}
const BREAK_SPACES_MAX = 2;
const HALF_MAX = 40;


/**
 * The title's pieces with the issuer's name the page set apart before it (某市某局 2023年度…报告,
 * 某局 关于2023年…的报告): a name alone before a title that opens with its year or 关于.
 */
function withNameBefore(view: string, line: Line, start: number, pieces: Line[]): Line[] {
  if (view.charCodeAt(start - 1) !== 0x20 || !YEAR_OR_ABOUT.test(view.slice(start, start + YEAR_OR_ABOUT_REACH))) return pieces;
  let name = start - 1;
  while (name > line.contentStart && isTitleChar(view.charCodeAt(name - 1))) name--;
  const text = view.slice(name, start - 1);
  if (name === start - 1 || afterCrumb(view, name) || !isOrgName(text.endsWith(ABOUT) ? text.slice(0, -ABOUT.length) : text)) return pieces;
  return [{ ...line, contentStart: name, contentEnd: start - 1 }, ...pieces];
}
/** A title (or its second half) opening with its year or 关于. */
export const YEAR_OR_ABOUT = new RegExp(`^(?:${YEAR_SOURCE}|关于)`, 'u');
const YEAR_OR_ABOUT_REACH = 6;

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
function quotedRunOnTitle(doc: Doc, line: Line, startMax: number, limit: number): Line | null {
  const { view } = doc;
  // both marks are looked for only where they may stand: no search runs on to the page's end
  const before = view.slice(line.contentStart, startMax).indexOf('《');
  if (before < 0) return null;
  const open = line.contentStart + before;
  const within = view.slice(open + 1, Math.min(limit, open + 1 + RUN_ON_MAX) + 1).indexOf('》');
  const close = within < 0 ? -1 : open + 1 + within;
  if (close < 0 || close > limit || close - open - 1 < RUN_ON_MIN || close - open - 1 > RUN_ON_MAX) return null;
  const title = view.slice(open + 1, close);
  if (!TITLE_KEYWORDS.test(title) || !TITLE_ENDINGS.test(title) || !allTitleChars(view, open + 1, close)) return null;
  return opensAfterTitle(view, close + 1) ? { ...line, contentStart: open + 1, contentEnd: close } : null;
}


/** Where 报告 and 总结 start in the `window` of the view starting at `from`, in order (view offsets). */
function endingsIn(window: string, from: number): number[] {
  const out: number[] = [];
  for (const word of ENDINGS) {
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) out.push(from + at);
  }
  return out.sort((a, b) => a - b);
}
