// "…仍存在着A、B、C等问题": the problems a sentence lists inline.
import type { Doc } from '../document.js';
import { ADMISSION, FIXED_WORDS, LIST_END, LIST_LEAD, STILL_TO_FIX } from '../data/listParagraphCues.js';
import type { Span } from '../schema.js';
import { trim } from './text.js';

/** Separators between the listed problems. */
const SEPARATORS = '、;';

/** Marks that end the lead of a list (…存在不足,主要是A、B…): the list starts after the last one before its first separator. */
const LEAD_MARKS = ',:';

/** Where the list between `from` and `to` starts: after its lead clause and lead words (主要是). */
function leadEnd(doc: Doc, from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = doc.view[i]!;
    if (SEPARATORS.includes(c)) break;
    if (LEAD_MARKS.includes(c)) start = i + 1;
  }
  const lead = LIST_LEAD.exec(doc.view.slice(start, Math.min(to, start + LEAD_REACH)));
  return lead ? start + lead[0].length : start;
}

/** How far a list's lead words (主要表现在) reach. */
const LEAD_REACH = 8;

/**
 * The listed problems of one sentence, or [] when the sentence does not admit a list of problems
 * (no 仍存在/还存在…等问题, or it tells of problems found and fixed: 发现…等问题…整改; a list followed
 * by words that leave the problems still to fix, …等问题,需要加以解决, stays a list).
 */
export function inlineProblems(doc: Doc, sentence: Span): Span[] {
  const text = doc.view.slice(sentence.start, sentence.end);
  const admission = ADMISSION.exec(text);
  if (!admission) return [];
  const afterAdmission = admission.index + admission[0].length;
  LIST_END.lastIndex = 0;
  const end = LIST_END.exec(text.slice(afterAdmission));
  if (!end) return [];
  // found and fixed (发现…等问题,已整改) is an achievement; still to fix (…等问题,需要加以解决) is not.
  // Such words count before the admission and after the list, never inside the problems listed
  // (…纠纷化解机制不够健全, 违法用地发现难: the words name the problem there)
  const tail = text.slice(afterAdmission + end.index);
  if (FIXED_WORDS.test(text.slice(0, admission.index)) || (FIXED_WORDS.test(tail) && !STILL_TO_FIX.test(tail))) return [];
  const listEnd = sentence.start + afterAdmission + end.index;
  const listStart = leadEnd(doc, sentence.start + afterAdmission, listEnd);
  const parts: Span[] = [];
  let start = listStart;
  for (let i = listStart; i <= listEnd; i++) {
    if (i < listEnd && !SEPARATORS.includes(doc.view[i]!)) continue;
    const part = trim(doc, { start, end: i });
    if (part.end > part.start) parts.push(part);
    start = i + 1;
  }
  return parts.length >= 2 || (parts.length === 1 && parts[0]!.end - parts[0]!.start >= 4) ? parts : [];
}
