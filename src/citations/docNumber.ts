// The document number written right after a cited title: 《…》(国办发〔2021〕12号), with its issuer
// prefix, or an order number (国务院令第711号).
import { CN_NUMERAL_CHARS } from '../data/numerals.js';
import type { Span } from '../schema.js';
import { holdsCode } from '../charTable.js';

const ISSUER = '[\\u4e00-\\u9fff]{0,12}';
const YEAR_NUMBER = '[〔\\[【(]\\d{4}[〕\\]】)]\\d{1,5}号';
const ORDER_NUMBER = `令第[\\d${CN_NUMERAL_CHARS}]{1,8}号`;
/**
 * A document number on its own, as a line may open with it (皖交法〔2020〕8号, 宣政办秘〔2023〕9号): a
 * regex source (the title's and the metadata's readers anchor it each their way).
 */
export const DOC_NUMBER_SOURCE = '[\\u4e00-\\u9fff]{1,10}[〔[(【]\\d{4}[〕\\])】]第?\\d{1,4}号';
/** Sticky: read at the offset right after 》, past spaces and an opening bracket. */
const DOC_NUMBER_RE = new RegExp(` {0,3}[((]?(${ISSUER}(?:${YEAR_NUMBER}|${ORDER_NUMBER}))`, 'uy');

/**
 * A match of DOC_NUMBER_RE ends with 号 and is at most this many code units long (3 spaces, a
 * bracket, 12 characters of its issuer and 12 of a year number): where no 号 stands that near, the
 * regex is not run (most titles are followed by running text).
 */
const DOC_NUMBER_REACH = 3 + 1 + 12 + 12;
const HAO = 0x53f7; // 号


/** The span of the document number that starts at `at` (right after 》) in the view, or null. */
export function docNumberAt(view: string, at: number): Span | null {
  if (!holdsCode(view, HAO, at, Math.min(view.length, at + DOC_NUMBER_REACH))) return null;
  DOC_NUMBER_RE.lastIndex = at;
  const m = DOC_NUMBER_RE.exec(view);
  if (!m) return null;
  const end = at + m[0].length;
  return { start: end - m[1]!.length, end };
}
