// The page's furniture run on after the report's last sentence in a page scraped into one line (or
// a last line that carries it): related links, attachments, the pager, buttons and the site's footer.
import { bitTable, inBitTable, isAsciiDigit, isHan } from '../charTable.js';
import { ATTACHMENT_STARTS, FOOTER_LEADS, FOOTER_STRONG, META_LABEL_LIST, PAGER_STARTS } from '../data/chromeLabels.js';

/**
 * Words the page's furniture opens with, run on after a one-line page's last sentence: pager and
 * related links (上一篇, 相关链接), attachments, buttons (打印本页, 分享到), the site's footer (版权所有,
 * 主办单位, ICP备), a published document's note (此件公开发布).
 */
const FURNITURE_OPENINGS: readonly string[] = [
  ...PAGER_STARTS,
  ...ATTACHMENT_STARTS,
  ...FOOTER_LEADS,
  ...FOOTER_STRONG,
  '相关信息',
  '相关新闻',
  '主办单位',
  '承办单位',
  '主办:',
  // the note a published document carries under its date
  '(此件',
];
/** The furniture's words by the code of their first character, and those characters as a table. */
const OPENINGS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const w of FURNITURE_OPENINGS) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  return map;
})();
const OPENING_FIRSTS = bitTable(FURNITURE_OPENINGS);

/**
 * A body's last line this long may run the page's furniture (or a signature) on after the report's
 * last sentence: a page scraped into one line.
 */
export const RUN_ON_LAST_LINE_MIN = 200;
/** How far from the line's end the furniture is looked for (related links run long). */
export const FURNITURE_REACH = 1500;
/** The brackets and spaces a cut leaves at the end (…2023年1月13日 【相关链接】: 【). */
const OPEN_BRACKETS = bitTable('【[ ');
const FULL_STOP = 0x3002;
const SPACE = 0x20;

/**
 * Footer words written right after the name or province they belong to (某区人民政府版权所有,
 * 某区人民政府办公室 版权所有, 滇ICP备…, 京公网安备…): the furniture starts at that name.
 */
const AFTER_THEIR_NAME: readonly string[] = ['版权所有', 'ICP备', 'ICP证', '公网安备'];
/** What a footer's sponsor is written with, after its name, before the other footer words (某区人民政府主办 滇ICP备…). */
const SPONSOR_ENDS: readonly string[] = ['主办', '承办'];
/** The longest name glued before such a word. */
const GLUED_NAME_MAX = 30;

/** Brackets a page's metadata is run on in after the signature: (发布日期:2021-01-28 浏览次数:312). */
const META_OPENERS = bitTable('(【[');
const COLON = 0x3a;

/** True when a metadata label and its colon follow the bracket at `at`: (发布日期:…), 【来源:…】. */
function metadataInBrackets(view: string, at: number, end: number): boolean {
  for (const label of META_LABEL_LIST) {
    if (!view.startsWith(label, at + 1)) continue;
    let k = at + 1 + label.length;
    while (k < end && view.charCodeAt(k) === SPACE) k++;
    return k < end && view.charCodeAt(k) === COLON;
  }
  return false;
}

/** The one of FURNITURE_OPENINGS standing whole in `view[at, end)` from `at` (its first character in OPENING_FIRSTS), or null. */
function openingAt(view: string, at: number, end: number): string | null {
  const words = OPENINGS_BY_FIRST.get(view.charCodeAt(at))!;
  for (const w of words) if (at + w.length <= end && view.startsWith(w, at)) return w;
  return null;
}

/**
 * Where the Chinese name glued before `at` starts (at most GLUED_NAME_MAX characters, not before
 * `stop`); `at` itself when none is, or when the run follows a digit (…20日版权所有: a date's tail).
 */
function gluedNameStart(view: string, stop: number, at: number): number {
  let b = at;
  while (b > stop && at - b < GLUED_NAME_MAX && isHan(view.charCodeAt(b - 1))) b--;
  return b > stop && isAsciiDigit(view.charCodeAt(b - 1)) ? at : b;
}

/** How the name of a body ends (人民政府, 办公室, 某局): a name set apart before 版权所有 ends so. */
const ORGAN_END = bitTable('府局委厅办室部会处组队署院所心站');
/** The spaces between a site owner's name and its 版权所有 (某市人民政府办公室 版权所有). */
const OWNER_GAP_MAX = 3;

/** Where the owner's name before the word at `at` starts: glued to it, or set apart by a few spaces and ending like a body's name. */
function ownerStart(view: string, stop: number, at: number): number {
  const glued = gluedNameStart(view, stop, at);
  if (glued < at) return glued;
  let end = at;
  while (end > stop && at - end < OWNER_GAP_MAX && view.charCodeAt(end - 1) === SPACE) end--;
  if (end === at || !inBitTable(ORGAN_END, view.charCodeAt(end - 1))) return at;
  const b = gluedNameStart(view, stop, end);
  return b < end ? b : at;
}

/** Where the footer's sponsor (某区人民政府主办, before the spaces at `at`) starts, or `at`. */
function sponsorStart(view: string, stop: number, at: number): number {
  let end = at;
  while (end > stop && view.charCodeAt(end - 1) === SPACE) end--;
  if (end === at) return at;
  for (const word of SPONSOR_ENDS) {
    if (end - word.length > stop && view.startsWith(word, end - word.length)) {
      const b = gluedNameStart(view, stop, end - word.length);
      return b < end - word.length ? b : at;
    }
  }
  return at;
}

/**
 * Where the page's furniture starts that runs on after the last sentence of `view[start, end)`
 * (…2022年1月25日 【相关链接】… 版权所有:某局 …ICP备…), with the brackets and spaces before it; `end`
 * where none does. Only the tail after the last 。 (within FURNITURE_REACH of the end) is searched.
 */
export function furnitureStart(view: string, start: number, end: number): number {
  const from = Math.max(start, end - FURNITURE_REACH);
  let stop = end;
  while (stop > from && view.charCodeAt(stop - 1) !== FULL_STOP) stop--;
  let cut = end;
  for (let i = stop; i < end; i++) {
    const code = view.charCodeAt(i);
    if (inBitTable(META_OPENERS, code) && metadataInBrackets(view, i, end)) {
      cut = i;
      break;
    }
    if (!inBitTable(OPENING_FIRSTS, code)) continue;
    const word = openingAt(view, i, end);
    if (word === null) continue;
    cut = AFTER_THEIR_NAME.includes(word) ? sponsorStart(view, stop, ownerStart(view, stop, i)) : i;
    break;
  }
  while (cut > stop && inBitTable(OPEN_BRACKETS, view.charCodeAt(cut - 1))) cut--;
  return cut;
}
