// The letterhead (发文机关标志) an official document opens with as a PDF or Word reader gives its
// text: the issuing body's name and 文件 on a line of their own, above the document number and the
// title (某市人民政府文件 / 某政发〔2024〕3号 / 关于2023年度法治政府建设情况的报告).
import type { Mention } from './mention.js';
import { isOrgName } from './orgName.js';
import type { TopText } from './topText.js';

/** The letterhead stands among the first text lines. */
const LETTERHEAD_LINES = 4;
const LETTERHEAD_WORD = '文件';
/** The longest body's name in a letterhead. */
const NAME_MAX = 40;
const SPACE = 0x20;

/** The body a letterhead at the top of the page names, as a mention (of the document's head, as its title), or null. */
export function letterheadMention(top: TopText): Mention | null {
  for (let k = 0; k < LETTERHEAD_LINES; k++) {
    const line = top.line(k);
    if (line === undefined || top.isProse(k)) return null;
    const text = top.text(k);
    if (!text.endsWith(LETTERHEAD_WORD) || text.length > NAME_MAX + LETTERHEAD_WORD.length) continue;
    let end = text.length - LETTERHEAD_WORD.length;
    while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
    const name = text.slice(0, end);
    // one body's name (a joint letterhead sets its bodies apart with spaces)
    if (name.length >= 2 && !name.includes(' ') && isOrgName(name)) return { source: 'title', span: { start: line.contentStart, end: line.contentStart + end } };
  }
  return null;
}
