// "…仍存在着A、B、C等问题": the problems a sentence lists inline.
import type { Doc } from '../document.js';
import { ADMISSION, FIXED_WORDS, LIST_END } from '../data/listParagraphCues.js';
import type { Span } from '../schema.js';
import { trim } from './text.js';

/** Separators between the listed problems. */
const SEPARATORS = '、;';

/**
 * The listed problems of one sentence, or [] when the sentence does not admit a list of problems
 * (no 仍存在/还存在…等问题, or it tells of problems found and fixed: 发现…等问题…整改).
 */
export function inlineProblems(doc: Doc, sentence: Span): Span[] {
  const text = doc.view.slice(sentence.start, sentence.end);
  const admission = ADMISSION.exec(text);
  if (!admission) return [];
  const afterAdmission = admission.index + admission[0].length;
  LIST_END.lastIndex = 0;
  const end = LIST_END.exec(text.slice(afterAdmission));
  if (!end) return [];
  if (FIXED_WORDS.test(text)) return [];
  const listStart = sentence.start + afterAdmission;
  const listEnd = listStart + end.index;
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
