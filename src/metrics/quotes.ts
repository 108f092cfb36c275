// Whether a figure stands inside a quotation or a document's title: “最多跑一次”, “315”,
// 《关于优化营商环境的十条措施》. A figure there names something; it counts nothing.
import { QUOTE_PAIRS, TITLE_REACH } from '../data/metricNamedTerms.js';
import { codeAt, charSet, inSet } from '../charTable.js';
import { charFilter, mayHold } from '../codeFilter.js';

/** How far a quotation may reach on either side of a figure for the figure to be its name. */
const QUOTE_REACH = 12;
/** The most units a quote is looked for in, spaces included. */
const SPACED_REACH = 3 * QUOTE_REACH;
/** How far before a figure the quotation it is in may open: a figure with no opening quote so close is in none. */
export const QUOTE_OPEN_REACH = SPACED_REACH;
const SPACE = 0x20;
/** Characters a quotation does not run across. */
const CLAUSE_ENDS = '。;\n!?';
const CLAUSE_END_CODES = charSet(CLAUSE_ENDS);

/** The closing quote's code for each opening quote's code, 0 for other characters. */
const QUOTE_CLOSE_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(QUOTE_PAIRS)) QUOTE_CLOSE_OF[open.charCodeAt(0)] = close.charCodeAt(0);
const CLOSE_CODES = charSet(Object.values(QUOTE_PAIRS));
/**
 * Every character that ends the look back for a quotation (a clause end, an opening or a closing
 * quote), as a filter: the characters of the text in between are turned away before the tables are read.
 */
const QUOTE_STOPS = charFilter([...CLAUSE_ENDS, ...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS)]);
/** The clause ends as a filter, asked before CLAUSE_END_CODES. */
const CLAUSE_END_FILTER = charFilter(CLAUSE_ENDS);

const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

/** True when the figure at [start, end) sits inside a short quotation: “最多跑一次”, “315”. */
export function inShortQuote(view: string, start: number, end: number): boolean {
  // spaces do not count toward the reach (an entity left in the text pads its quote with them),
  // within a hard bound of SPACED_REACH units
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen <= QUOTE_REACH && start - i <= SPACED_REACH; i--) {
    const ch = codeAt(view, i);
    if (ch !== SPACE) seen++;
    if (!mayHold(QUOTE_STOPS, ch)) continue;
    if (inSet(CLAUSE_END_CODES, ch)) return false;
    const close = QUOTE_CLOSE_OF[ch]!;
    if (close !== 0) {
      let after = 0;
      for (let j = end; j < view.length && after <= QUOTE_REACH && j - end <= SPACED_REACH; j++) {
        const c = codeAt(view, j);
        if (c !== SPACE) after++;
        if (c === close) return true;
        if (mayHold(CLAUSE_END_FILTER, c) && inSet(CLAUSE_END_CODES, c)) return false;
      }
      return false;
    }
    if (inSet(CLOSE_CODES, ch)) return false; // a quotation closed before the figure
  }
  return false;
}

/**
 * True when the figure at [start, end) sits inside a document's title, however long (up to
 * TITLE_REACH on each side): 印发《关于优化营商环境的十条措施》.
 */
export function inTitle(view: string, start: number, end: number): boolean {
  let opened = false;
  for (let i = start - 1; i >= 0 && start - i <= TITLE_REACH; i--) {
    const ch = codeAt(view, i);
    if (ch === TITLE_CLOSE || (mayHold(CLAUSE_END_FILTER, ch) && inSet(CLAUSE_END_CODES, ch))) return false;
    if (ch === TITLE_OPEN) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let j = end; j < view.length && j - end <= TITLE_REACH; j++) {
    const ch = codeAt(view, j);
    if (ch === TITLE_CLOSE) return true;
    if (ch === TITLE_OPEN || (mayHold(CLAUSE_END_FILTER, ch) && inSet(CLAUSE_END_CODES, ch))) return false;
  }
  return false;
}
