// What of a title-like line is the title: the name inside 《》 after a document number
// (浙卫〔2024〕3号《…报告》), the title without a site name or spam appended (…报告-某某网,
// …报告_某某门户) or the issuer and date a list line carries after it (one-line pages: runOnTitle.ts).
import { TITLE_ENDINGS, TITLE_KEYWORDS } from '../chrome/text.js';
import type { Doc, Line } from '../document.js';
import { isDateOnly } from './dates.js';
import { isOrgName } from './orgName.js';
import { lineText } from './region.js';
import { DOC_NUMBER_SOURCE } from '../citations/docNumber.js';

/** 《…》 closing the line: the title a document number or a heading stands before. */
const QUOTED_TITLE = /《([^《》]{6,80})》 {0,4}$/u;
/** A title, a separator, and a site's name or spam, perhaps in parts: …报告-某某网, …报告 | 某某门户, …报告-某某之窗-某某门户网站. */
const APPENDED = /(?:报告|总结|情况|工作要点|汇报) {0,2}[-_|—–] {0,2}\S{2,40}$/u;

const SEPARATOR = /[-_|—–]/u;

/** A document number and the spaces after it (if any), opening the line: 皖交法〔2020〕8号 (the title follows). */
const DOC_NUMBER_LEAD = new RegExp(`^${DOC_NUMBER_SOURCE} {0,4}`, 'u');

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

/** What sets a line's pieces apart: spaces and bars. */
function isPieceBreak(code: number): boolean {
  return code === SPACE || code === BAR;
}
const SPACE = 0x20;
const BAR = 0x7c;

/**
 * Where the title ends on a line that carries the issuer and a date after it (…情况报告 某某局
 * 2024-01-15 09:30): the end of the title when what follows is only names and dates, else the
 * line's length. The pieces (set apart by spaces or bars) are walked from the end, in place, while
 * they are names or dates and one stands before them.
 */
function headBeforeIssuerAndDate(text: string): number {
  if (!text.includes(' ') && !text.includes('|')) return text.length;
  let end = text.length;
  while (end > 0 && isPieceBreak(text.charCodeAt(end - 1))) end--;
  let dropped = false;
  while (end > 0) {
    let start = end;
    while (start > 0 && !isPieceBreak(text.charCodeAt(start - 1))) start--;
    // the first piece is never dropped
    let before = start;
    while (before > 0 && isPieceBreak(text.charCodeAt(before - 1))) before--;
    if (before === 0) break;
    const piece = text.slice(start, end);
    if (!isOrgName(piece) && !isDateOnly(piece) && !TIME.test(piece)) break;
    dropped = true;
    end = before;
  }
  if (!dropped) return text.length;
  return TITLE_KEYWORDS.test(text.slice(0, end)) && TITLE_ENDINGS.test(text.slice(0, end)) ? end : text.length;
}
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
