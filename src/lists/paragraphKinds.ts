// What a paragraph does: head a part, open the causes, open next steps, introduce a list, sign off.
import { bitTable, inBitTable } from '../charTable.js';
import type { Doc } from '../document.js';
import { PART_HEADING, headingRole } from '../data/listCues.js';
import {
  BARE_ADMISSION,
  BRIDGE,
  CAUSE_OPENER,
  CAUSE_SENTENCE,
  CLOSING,
  CLOSING_PARAGRAPH,
  DATE_LINE,
  FUTURE_WORDS,
  INTRO,
  INTRO_END,
  ORG_NAME,
  PAGE_TAIL,
  PLAN_PARAGRAPH_OPENERS,
  REMEDY_OPENER,
  TITLE_LINE,
  YEAR_OPENER,
  YEAR_PLAN_WORDS,
} from '../data/listParagraphCues.js';
import type { Span } from '../schema.js';

/** The longest line taken as a signature or a bare heading. */
const MAX_SHORT_LINE = 40;
/** The longest paragraph taken as an intro. */
export const MAX_INTRO = 80;
/** How far into a paragraph the words that make it a plan may stand. */
const PLAN_HEAD = 40;

export function spanText(doc: Doc, span: Span): string {
  return doc.view.slice(span.start, span.end);
}

/** A short unmarked line with no sentence in it: a heading, a name, a signature. */
function isShortLine(text: string): boolean {
  return text.length <= MAX_SHORT_LINE && !/[。,;]/.test(text.slice(0, -1));
}

/** A short unmarked line that may head what follows (not a sentence, not the report's title). */
export function mayHeadWhatFollows(text: string): boolean {
  return isShortLine(text) && !TITLE_LINE.test(text);
}

/** A paragraph or sentence that opens the causes: 法治建设不足的原因 / 究其原因,… */
export function isCauseOpener(text: string): boolean {
  return CAUSE_OPENER.test(text) || (mayHeadWhatFollows(text) && headingRole(text) === 'causes');
}

/** A sentence inside a paragraph that turns to causes: 究其原因,… / …主要原因在于… */
export function isCauseSentence(text: string): boolean {
  return CAUSE_OPENER.test(text) || CAUSE_SENTENCE.test(text);
}

/** True when `text` starts with a word that opens next steps (PLAN_PARAGRAPH_OPENERS). */
function opensNextSteps(text: string): boolean {
  // most paragraphs open with a character no opener does: one bit read, no word compared
  if (!inBitTable(OPENER_FIRST, text.charCodeAt(0))) return false;
  for (const w of PLAN_PARAGRAPH_OPENERS) if (text.startsWith(w)) return true;
  return false;
}

/** The first characters of PLAN_PARAGRAPH_OPENERS. */
const OPENER_FIRST = bitTable(PLAN_PARAGRAPH_OPENERS);

/** A paragraph that opens next steps: 下一步,我们将… / 2025年,我局将… / a bare 工作打算 line. */
export function isPlanOpener(text: string, reportYear: number | null): boolean {
  if (mayHeadWhatFollows(text) && headingRole(text, reportYear) === 'plans') return true;
  if (opensNextSteps(text) || REMEDY_OPENER.test(text)) return FUTURE_WORDS.test(text.slice(0, PLAN_HEAD));
  const year = YEAR_OPENER.exec(text);
  if (year && (reportYear === null || Number(year[1]) > reportYear)) return YEAR_PLAN_WORDS.test(text.slice(0, PLAN_HEAD));
  return false;
}

/** A line of the signature block (a date, an office's name, 特此报告。), a closing paragraph (总之,…) or page furniture. */
export function isClosingLine(text: string): boolean {
  if (DATE_LINE.test(text) || CLOSING.test(text) || CLOSING_PARAGRAPH.test(text) || PAGE_TAIL.test(text)) return true;
  return isShortLine(text) && ORG_NAME.test(text);
}

/** A paragraph or sentence after the problems that only says they will be dealt with: 以上问题,我们将认真加以解决。 */
export function isOutro(text: string): boolean {
  return text.length <= MAX_INTRO && BRIDGE.test(text);
}

/** The longest paragraph ending on a bare admission (…但对照新要求,仍存在一些薄弱环节。) taken as an intro. */
const MAX_ADMISSION_INTRO = 120;

/** The longest paragraph ending on a colon or on 以下/如下… taken as an intro (…主要表现在以下几个方面:). */
const MAX_COLON_INTRO = 160;

/** A paragraph or sentence that only introduces, admits in general, bridges to next steps, or heads a part. */
export function isIntro(text: string): boolean {
  if (text.endsWith(':') || INTRO_END.test(text)) return text.length <= MAX_COLON_INTRO;
  if (text.length <= MAX_ADMISSION_INTRO && BARE_ADMISSION.test(text)) return true;
  if (text.length > MAX_INTRO) return false;
  if (INTRO.test(text) || BARE_ADMISSION.test(text) || BRIDGE.test(text)) return true;
  return mayHeadWhatFollows(text) && PART_HEADING.test(text) && headingRole(text) !== null;
}
