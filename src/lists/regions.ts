// Cutting a stretch of text into items: by 一是 markers, by paragraph, or by sentence.
import type { Doc } from '../document.js';
import { ADMISSION, LEADING_MARKER, PROBLEM_WORD, TURN_WILL, WE_WILL } from '../data/listParagraphCues.js';
import type { Span } from '../schema.js';
import { inlineProblems } from './inlineList.js';
import { isCauseOpener, isCauseSentence, isIntro, isOutro, isPlanOpener, isClosingLine, spanText } from './paragraphKinds.js';
import { enumMarkers, paragraphs, sentences, trim } from './text.js';

/** The paragraphs of `region`, stopped before a paragraph of causes, without closing words or signature. */
export function contentParagraphs(doc: Doc, region: Span): Span[] {
  const paras = paragraphs(doc, region);
  const stop = paras.findIndex((p, i) => i > 0 && isCauseOpener(spanText(doc, p)));
  const out = stop >= 0 ? paras.slice(0, stop) : paras;
  let n = out.length;
  while (n > 1 && isClosingLine(spanText(doc, out[n - 1]!))) n--;
  while (n > 1 && isOutro(spanText(doc, out[n - 1]!))) n--;
  return out.slice(0, n);
}

/**
 * `span` up to its first sentence (not the first) that turns to causes, without the sentences at
 * its end that only close the problems (以上问题,我们将认真加以解决。).
 */
export function withoutCauses(doc: Doc, span: Span): Span {
  const all = sentences(doc, span);
  let n = all.findIndex((s) => s.start > span.start && isCauseSentence(spanText(doc, s)));
  if (n < 0) n = all.length;
  while (n > 1 && isOutro(spanText(doc, all[n - 1]!))) n--;
  return n === all.length ? span : trim(doc, { start: span.start, end: all[n]!.start });
}

/** A paragraph without a leading list marker (1. / (2) / ④) the sections pass left in the text. */
function withoutMarker(doc: Doc, span: Span): Span {
  const m = LEADING_MARKER.exec(spanText(doc, span));
  return m ? { start: span.start + m[0].length, end: span.end } : span;
}

/**
 * Items of a paragraph that is the whole part: its sentences, or the problems a sentence lists. A
 * lead clause that announces them (…还存在一些差距:A;B。) stays with the first.
 */
function sentenceItems(doc: Doc, para: Span): Span[] {
  const out: Span[] = [];
  const all = sentences(doc, para);
  for (const s of all) {
    if (s.start > para.start && isCauseSentence(spanText(doc, s))) break;
    const listed = inlineProblems(doc, s);
    if (listed.length > 0) out.push(...listed);
    else if (!(all.length > 1 && isIntro(spanText(doc, s)))) out.push(afterAnnouncement(doc, s));
  }
  return out;
}

/** How far after the word of problems the colon that announces them may stand (…不足,主要表现在:). */
const ANNOUNCEMENT_REACH = 20;

/** A sentence without the clause that announces the problems in it (…还存在一些差距:A;), when there is one. */
function afterAnnouncement(doc: Doc, s: Span): Span {
  const text = spanText(doc, s);
  const admission = ADMISSION.exec(text);
  if (!admission) return s;
  const after = admission.index + admission[0].length;
  const word = PROBLEM_WORD.exec(text.slice(after, after + ANNOUNCEMENT_REACH));
  if (!word) return s;
  const colon = text.indexOf(':', after + word.index);
  if (colon < 0 || colon - after > ANNOUNCEMENT_REACH + word.index || colon === text.length - 1) return s;
  return trim(doc, { start: s.start + colon + 1, end: s.end });
}

/** Marks that end a sentence, and so may end an item. */
const SENTENCE_ENDS = ['。', ';', '!', '?'];

/**
 * `span` without a block of page text after its last sentence, set off by a space: on a page
 * scraped as one line the last item runs on into the footer (…宣传教育。 【打印】【关闭】 主办:…).
 */
function withoutTrailingBlock(doc: Doc, span: Span): Span {
  const text = spanText(doc, span);
  const last = Math.max(...SENTENCE_ENDS.map((m) => text.lastIndexOf(m)));
  if (last < 0 || last === text.length - 1 || !/\s/u.test(text[last + 1]!)) return span;
  return { start: span.start, end: span.start + last + 1 };
}

/** Items by 一是/二是 markers: each from after its marker to the next marker or its paragraph's end. */
function markerItems(doc: Doc, region: Span, paras: Span[]): Span[] | null {
  const markers = enumMarkers(doc, region);
  if (markers.length === 0) return null;
  const paraEnd = (offset: number): number => paras.find((p) => p.start <= offset && offset < p.end)?.end ?? region.end;
  return markers.map((m, i) => {
    const next = markers[i + 1];
    const end = paraEnd(m.start);
    return withoutCauses(doc, withoutTrailingBlock(doc, trim(doc, { start: m.textStart, end: next && next.start < end ? next.start : end })));
  });
}

/**
 * The items of a stretch of text that is all problems or all plans: one per 一是 item, else one
 * per paragraph, else (one paragraph) one per sentence. Intros (…以下问题:) are left out.
 */
export function regionItems(doc: Doc, region: Span): Span[] {
  const paras = contentParagraphs(doc, region);
  if (paras.length === 0) return [];
  const scope = { start: paras[0]!.start, end: paras[paras.length - 1]!.end };
  const byMarker = markerItems(doc, scope, paras);
  if (byMarker) return byMarker.filter((s) => s.end > s.start);
  const body = paras.filter((p) => !isIntro(spanText(doc, p)));
  if (body.length === 1) return sentenceItems(doc, withoutMarker(doc, body[0]!));
  return body.map((p) => withoutCauses(doc, withoutMarker(doc, p)));
}

/** Where a region turns from problems to plans: a sentence (not the first) that opens next steps. */
function planStart(doc: Doc, region: Span, reportYear: number | null): number {
  const paras = paragraphs(doc, region);
  const first = paras[0]?.start ?? region.start;
  for (const p of paras) {
    for (const s of sentences(doc, p)) {
      if (s.start === first) continue;
      const rest = doc.view.slice(s.start, p.end);
      if (isPlanOpener(rest, reportYear)) return s.start;
      if (s.start === p.start ? WE_WILL.test(rest) : TURN_WILL.test(rest)) return s.start;
    }
  }
  return -1;
}

/** Splits a region where it turns from problems to plans (下一步,… / 为此,我局将继续…). */
export function splitAtPlans(doc: Doc, region: Span, reportYear: number | null): { before: Span; after: Span | null } {
  const cut = planStart(doc, region, reportYear);
  if (cut < 0) return { before: region, after: null };
  return { before: { start: region.start, end: cut }, after: { start: cut, end: region.end } };
}
