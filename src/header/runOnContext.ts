// What stands around a title run on in a one-line page: the breadcrumb before it (its separator, its
// last menu item written into the title), a list's bullet or date (a sidebar's item), a title's label,
// what no title opens with and other documents' titles glued before it.
import { ABOUT, GENRE_WORDS, TITLE_KEYWORDS } from '../chrome/text.js';
import { META_LABELS } from '../data/chromeLabels.js';
import { opensWithPlace } from '../identity/places.js';
import { isOrgName } from './orgName.js';
import { YEAR_SOURCE } from '../data/yearPattern.js';
import { bitTable, inBitTable, isAsciiDigit, isHan } from '../charTable.js';

/** The shortest title run on in a line. */
export const RUN_ON_MIN = 10;

/** Characters a title run on in a line is made of: ideographs, digits, brackets of titles (a space sets it apart). */
const TITLE_MARKS = bitTable('《》〈〉()“”〇');
export const isTitleChar = (c: number): boolean => isHan(c) || isAsciiDigit(c) || inBitTable(TITLE_MARKS, c);

/** True when every character of `view[from, to)` is one a title is made of. */
export function allTitleChars(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTitleChar(view.charCodeAt(i))) return false;
  return true;
}
/** True when `view[a, a + n)` and `view[b, b + n)` are the same characters (compared in place). */
export function sameAt(view: string, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (view.charCodeAt(a + i) !== view.charCodeAt(b + i)) return false;
  return true;
}

/** True when a breadcrumb's separator stands before `start` (首页 > 政务公开 > 某局…): the breadcrumb's last item. */
export function afterCrumb(view: string, start: number): boolean {
  return inBitTable(CRUMB_SEPARATORS, view.charCodeAt(beforeSpaces(view, start)));
}

/** The offset of the last character before `start` that is no space. */
function beforeSpaces(view: string, start: number): number {
  let before = start - 1;
  while (before > 0 && view.charCodeAt(before) === 0x20) before--;
  return before;
}

/** An item of a list: a bullet before it (· 某局2019年…报告), or its date after it (…报告 2020-01-30). */
export function isListItem(view: string, start: number, end: number): boolean {
  return inBitTable(LIST_BULLETS, view.charCodeAt(beforeSpaces(view, start))) || LISTED_DATE.test(view.slice(end, end + LISTED_DATE_REACH));
}
/** Bullets a list's items open with. */
export const LIST_BULLETS = bitTable('·•●◆■▪▸►○◇□');
/** A list item's date: …报告 2020-01-30, …报告 (2020/01/30), …报告[2020.01.30]. */
const LISTED_DATE = /^ {0,3}[[(]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u;
const LISTED_DATE_REACH = 16;

/** True when the colon at `colon` ends a title's label (标题:, 名 称:, [ 标 题 ]:). */
export function afterTitleLabel(view: string, colon: number): boolean {
  if (view.charCodeAt(colon) !== 0x3a) return false;
  let label = '';
  for (let i = colon - 1; i >= 0 && label.length < TITLE_LABEL_MAX; i--) {
    const c = view.charCodeAt(i);
    if (c === 0x20) continue;
    if (!isHan(c)) break;
    label = view[i]! + label;
  }
  return TITLE_LABELS.some((word) => label.endsWith(word));
}
/** Labels of a title in a metadata block (the title keys of META_LABELS). */
const TITLE_LABELS: readonly string[] = Object.keys(META_LABELS).filter((label) => META_LABELS[label] === 'title');
const TITLE_LABEL_MAX = 4;

/** The breadcrumb's separators: what follows the last one is its menu item, then the title. */
const CRUMB_SEPARATORS = bitTable('>»›');
/** A menu item of a breadcrumb is short (部门动态, 法治政府建设). */
const MENU_ITEM_MAX = 8;

/**
 * Where a run-on title starts that follows a breadcrumb's last item without a break (…>部门动态
 * 某市某局2020年…总结): at the place's name within the item's reach, else where it was found.
 */
export function afterMenuItem(view: string, start: number, end: number): number {
  const before = beforeSpaces(view, start);
  if (!inBitTable(CRUMB_SEPARATORS, view.charCodeAt(before))) return start;
  // the menu item written again as the title's opening (> 某某街道某某街道2024年…): the second copy
  for (let n = MENU_ITEM_MIN; n <= MENU_ITEM_MAX && start + 2 * n < end; n++) {
    if (sameAt(view, start, start + n, n)) return start + n;
  }
  // after a space, only a column named for the genre runs on into the title (> 法治政府某省某委2019年…,
  // > 法治财政省财政厅2015年…)
  const genre = GENRE_WORDS.some((w) => view.startsWith(w, start));
  if (before < start - 1 && !genre) return start;
  for (let p = start + 1; p <= start + MENU_ITEM_MAX && p < end; p++) {
    if (opensWithPlace(view.slice(p, end)) || (genre && bodyBeforeYear(view, p, end))) return p;
  }
  return start;
}
const MENU_ITEM_MIN = 2;

/** A body named by its level alone opens at `p`, its year after it (省财政厅2015年度…). */
function bodyBeforeYear(view: string, p: number, end: number): boolean {
  if (!inBitTable(BARE_LEVELS, view.charCodeAt(p))) return false;
  let q = p + 1;
  while (q < end && isHan(view.charCodeAt(q))) q++;
  return q > p + 2 && isAsciiDigit(view.charCodeAt(q)) && isOrgName(view.slice(p, q));
}
const BARE_LEVELS = bitTable('省市县区');

/** What no title opens with: a document number's tail (4号), a date's (15), a report's or summary's name (工作总结). */
const NO_TITLE_OPENING = /\d{1,4}号|\d{1,3}(?![\d年.])|(?:工作|年度)?(?:报告|总结)/y;

/** What NO_TITLE_OPENING's matches start with: a digit, or the first character of 工作, 年度, 报告, 总结. */
const NO_TITLE_FIRST = bitTable('0123456789工年报总');

/** The length of what no title opens with at `s`, where more of the run follows it; else 0. */
export function leadBeforeTitle(view: string, s: number, run: number): number {
  // most starts open otherwise: no pattern tried
  if (!inBitTable(NO_TITLE_FIRST, view.charCodeAt(s))) return 0;
  NO_TITLE_OPENING.lastIndex = s;
  if (!NO_TITLE_OPENING.test(view)) return 0;
  const end = NO_TITLE_OPENING.lastIndex;
  return end < run - RUN_ON_MIN ? end - s : 0;
}

/** Words that end the titles of other documents (…的通知, …质量公报, …工作会议): a list's items glued together. */
const OTHER_DOCUMENTS: readonly string[] = ['通知', '通告', '公告', '公报', '会议', '决定', '意见', '方案', '办法', '纪要'];
/** Where another title ends in a run: those words, or a report's or summary's (…年度报告). */
const OTHER_TITLE_ENDS = new RegExp([...OTHER_DOCUMENTS, '报告', '总结'].join('|'), 'gu');
/** A line that ends as another document's title does (关于…管理的通告): a whole title, no first half. */
export const ENDS_OTHER_TITLE = new RegExp(`(?:${OTHER_DOCUMENTS.join('|')})$`, 'u');

/** Where the last title glued before `run`'s end leaves room for a title after it (run-on lists); else `s`. */
export function afterOtherTitles(view: string, s: number, run: number): number {
  let last = s;
  // the global pattern walked by exec over the run (matchAll would copy it at every call)
  const text = view.slice(s, run);
  OTHER_TITLE_ENDS.lastIndex = 0;
  for (let m = OTHER_TITLE_ENDS.exec(text); m !== null; m = OTHER_TITLE_ENDS.exec(text)) {
    const at = s + m.index + m[0].length;
    if (run - at < RUN_ON_MIN) break;
    last = at;
  }
  return last;
}

/**
 * Where a title starts after another document's title glued before it within `[s, end)` (…的通告, no
 * word of the genre and no 《 before it, the genre after it); else `s`.
 */
export function otherTitleBefore(view: string, s: number, end: number): number {
  const cut = afterOtherTitles(view, s, end);
  if (cut === s) return s;
  const before = view.slice(s, cut);
  return before.includes('《') || TITLE_KEYWORDS.test(before) || !TITLE_KEYWORDS.test(view.slice(cut, end)) ? s : cut;
}

/** A title's first half ends with the year it covers: …关于2015年度. */
const ENDS_WITH_YEAR = new RegExp(`${YEAR_SOURCE}年度?$`, 'u');

/** A title's first half: an issuer's name and 关于 (or 关于 and a name) before the year it covers. */
export function isYearFirstHalf(text: string): boolean {
  const year = ENDS_WITH_YEAR.exec(text);
  if (year === null) return false;
  const about = text.startsWith(ABOUT);
  let head = text.slice(about ? ABOUT.length : 0, year.index);
  if (head.endsWith(ABOUT)) head = head.slice(0, -ABOUT.length);
  return head === '' ? about : isOrgName(head);
}
