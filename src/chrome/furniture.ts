// The page's furniture run on after the report's last sentence in a page scraped into one line (or
// a last line that carries it): related links, attachments, the pager, buttons and the site's footer.
import { bitTable, inBitTable } from '../charTable.js';
import { ATTACHMENT_STARTS, FOOTER_LEADS, FOOTER_STRONG, PAGER_STARTS } from '../data/chromeLabels.js';

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

/** True when one of the furniture's words starts at `p` and ends by `end`. */
function openingAt(view: string, p: number, end: number): boolean {
  const words = OPENINGS_BY_FIRST.get(view.charCodeAt(p))!;
  for (const w of words) if (p + w.length <= end && view.startsWith(w, p)) return true;
  return false;
}

/**
 * A body's last line this long may run the page's furniture (or a signature) on after the report's
 * last sentence: a page scraped into one line.
 */
export const RUN_ON_LAST_LINE_MIN = 200;
/** How far from the line's end the furniture is looked for (related links run long). */
export const FURNITURE_REACH = 1500;
/** The brackets and spaces a cut leaves at the end (…2023年1月13日 【相关链接】: 【). */
const OPEN_BRACKETS = bitTable('【[ ');

/**
 * Where the page's furniture starts that runs on after the last sentence of `view[start, end)`
 * (…2022年1月25日 【相关链接】… 版权所有:某局 …ICP备…), with the brackets and spaces before it; `end`
 * where none does. Only the tail after the last 。 (within FURNITURE_REACH of the end) is searched.
 */
export function furnitureStart(view: string, start: number, end: number): number {
  const from = Math.max(start, end - FURNITURE_REACH);
  if (end <= from) return from;
  // the last 。 looked for within the reach only (no search back to the page's start)
  const stop = from + view.slice(from, end).lastIndexOf('。') + 1;
  // the first place after the last 。 where one of the words starts (as the least of their first
  // occurrences), found in one walk: a word is tried only where its first character stands
  let cut = end;
  for (let p = stop; p < end; p++) {
    if (inBitTable(OPENING_FIRSTS, view.charCodeAt(p)) && openingAt(view, p, end)) {
      cut = p;
      break;
    }
  }
  while (cut > stop && inBitTable(OPEN_BRACKETS, view.charCodeAt(cut - 1))) cut--;
  return cut;
}
