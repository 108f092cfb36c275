// Labels right before a figure that make it no quantity: a page counter's (阅读次数:356) and an
// ordinal's 第 a few figures back (the 2 of 第1、2次).
import { charSet, codeAt, inSet } from '../charTable.js';
import { COUNTER_LABELS } from '../data/metricNamedTerms.js';
import { CN_NUMERAL_CHARS } from '../data/numerals.js';

const counterLabels = new Set(COUNTER_LABELS);
const COLON = 0x3a;
const SPACE = 0x20;
/** Counters written with no colon: 访问量27.5万次 at the start of a line. */
const COUNTER_NOUN_RE = /(?:访问|浏览|阅读|点击)量$/;
const COUNTER_NOUN_END = '量';
/** The longest label a counter has (索引号, 备案号). */
const LABEL_MAX = 3;
const LABEL_MIN = 2;

/** True when a CJK character stands right before `at`: 门户网站访问量27.5万次 is a sentence, not a page counter. */
function inSentence(view: string, at: number): boolean {
  const c = at > 0 ? codeAt(view, at - 1) : 0;
  return c >= 0x4e00 && c <= 0x9fff;
}

/** True when a page-counter or identifier label stands right before `start`: 阅读次数:356. */
export function afterCounterLabel(view: string, start: number): boolean {
  let i = start;
  while (i > 0 && codeAt(view, i - 1) === SPACE) i--;
  if (i > 0 && codeAt(view, i - 1) === COLON) i--;
  else {
    return (
      view[i - 1] === COUNTER_NOUN_END &&
      COUNTER_NOUN_RE.test(view.slice(Math.max(0, i - LABEL_MAX), i)) &&
      !inSentence(view, i - LABEL_MAX)
    );
  }
  while (i > 0 && codeAt(view, i - 1) === SPACE) i--;
  for (let len = LABEL_MIN; len <= LABEL_MAX; len++) if (counterLabels.has(view.slice(i - len, i))) return true;
  return false;
}

/** How far back an ordinal's 第 may stand: 第1、2次, 第一、二批. */
const ORDINAL_REACH = 10;
const ORDINAL_LIST_CHARS = charSet(`、,和及至-${CN_NUMERAL_CHARS}0123456789 `);
/** What joins the figures of a list of ordinals. */
const ORDINAL_JOINERS = charSet(['、', ',', '和', '及', '至', '-']);
const ORDINAL_MARK = '第'.charCodeAt(0);

/** True when the figure continues a list of ordinals: the 2 of 第1、2次. */
export function continuesOrdinal(view: string, start: number): boolean {
  if (!inSet(ORDINAL_JOINERS, codeAt(view, start - 1))) return false;
  for (let i = start - 1; i >= 0 && start - i <= ORDINAL_REACH; i--) {
    const c = view.charCodeAt(i);
    if (c === ORDINAL_MARK) return true;
    if (!inSet(ORDINAL_LIST_CHARS, c)) return false;
  }
  return false;
}
