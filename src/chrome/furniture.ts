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
  const tail = view.slice(from, end);
  const stop = tail.lastIndexOf('。') + 1;
  let cut = tail.length;
  for (const word of FURNITURE_OPENINGS) {
    const at = tail.indexOf(word, stop);
    if (at >= 0 && at < cut) cut = at;
  }
  while (cut > stop && inBitTable(OPEN_BRACKETS, tail.charCodeAt(cut - 1))) cut--;
  return from + cut;
}
