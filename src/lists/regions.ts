// Cutting a stretch of text into items: by 一是 markers, by paragraph, or by sentence.
import type { Doc } from '../document.js';
import { FUTURE_WORDS, PLAN_PARAGRAPH_OPENERS, headingRole } from '../data/listCues.js';
import type { Span } from '../schema.js';
import { inlineProblems } from './inlineList.js';
import { enumMarkers, paragraphs, sentences, trim } from './text.js';

/** A paragraph that only introduces what follows: 主要存在以下问题: / 重点做好以下工作: */
const INTRO = /:$|以下|如下/;
/** The longest paragraph taken as an intro. */
const MAX_INTRO = 80;
/** A sentence that only admits, with no content: 还存在一些不足。 */
const BARE_ADMISSION = /存在着?(?:一些|一定|以下|如下|不少)?的?(?:问题|不足|差距|短板|困难)[和与及]?(?:问题|不足|差距|短板|困难)?[。:]?$/;
/** An opening that explains causes: 究其原因, 产生问题的原因, 原因分析 */
const CAUSE_OPENER =
  /^(?:究其原因|分析其?原因|其原因|主要原因|原因(?:是|在于|主要|分析|有)|(?:造成|产生|出现|形成|导致)(?:以上|上述|这些)?(?:问题|不足|情况)的(?:主要)?原因)/;
/** A date line under a signature: 2025年1月10日 */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$|^(?:\d{4}|[〇零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/;
/** A closing formula: 特此报告。 */
const CLOSING = /^特此(?:报告|汇报|说明)[。!]?$/;
/** A signature's office name ends with an office word: …司法局, …人民政府, …街道办事处. */
const ORG_NAME = /(?:[局委办厅部处署院所站镇乡]|委员会|政府|办事处|办公室|中心|街道|公司)$/;
/** The longest line taken as a signature or a bare heading. */
const MAX_SHORT_LINE = 40;
/** A paragraph that turns from the problems to what will be done about them: 针对上述问题,… */
const REMEDY_OPENER = /^(?:针对|对于|就)(?:以上|上述|这些|存在的|前述)(?:问题|不足|短板|困难)/;
/** A sentence that only bridges to the next steps: 这些问题需要在今后工作中加以解决。 */
const BRIDGE = /^(?:这些|以上|上述|对此|对于)[^。]{0,30}(?:加以解决|研究解决|今后的?工作中)/;
/** A paragraph after the problems that says what the office will do: 为此,我局将继续… */
const WE_WILL =
  /^(?:为此|对此|因此|接下来|今年)?,?(?:我们|我[局委办镇乡县区市厅部处院所]|本[局委])(?:[将要拟]|计划)(?:继续|进一步|持续|坚持|重点|着力|不断|切实|围绕|[从在以]|加强|深入|认真|全面|着重|紧紧)/;
/** A later year opening a paragraph: 2025年,我局将… */
const YEAR_OPENER = /^(\d{4})年度?,?/;

function lineText(doc: Doc, span: Span): string {
  return doc.view.slice(span.start, span.end);
}

/** A short unmarked line with no sentence in it: a heading, a name, a signature. */
function isShortLine(text: string): boolean {
  return text.length <= MAX_SHORT_LINE && !/[。,;]/.test(text.slice(0, -1));
}

/** An unmarked line that is a title, not a heading: 关于…工作总结和2022年工作计划的报告. */
const TITLE_LINE = /^关于|报告$|总结$/;

/** A short unmarked line that may head what follows (not a sentence, not the report's title). */
export function isHeadingLine(text: string): boolean {
  return isShortLine(text) && !TITLE_LINE.test(text);
}

/** A paragraph that starts the causes: 法治建设不足的原因 / 究其原因,… */
export function isCauseParagraph(doc: Doc, span: Span): boolean {
  const text = lineText(doc, span);
  if (CAUSE_OPENER.test(text)) return true;
  return isHeadingLine(text) && headingRole(text) === 'causes';
}

/** A paragraph that opens next steps: 下一步,我们将… / 2025年,我局将… / a bare 工作打算 line. */
export function isPlanOpener(doc: Doc, span: Span, reportYear: number | null): boolean {
  const text = lineText(doc, span);
  if (isHeadingLine(text) && headingRole(text, reportYear) === 'plans') return true;
  const head = text.slice(0, 40);
  if (PLAN_PARAGRAPH_OPENERS.some((w) => text.startsWith(w)) || REMEDY_OPENER.test(text)) return FUTURE_WORDS.test(head);
  const year = YEAR_OPENER.exec(text);
  if (year && (reportYear === null || Number(year[1]) > reportYear)) return /将|计划|拟/.test(head);
  return false;
}

/** Paragraphs at the end that are a signature: a date, an office's name. */
function dropSignature(doc: Doc, paras: Span[]): Span[] {
  let n = paras.length;
  while (n > 1) {
    const text = lineText(doc, paras[n - 1]!);
    if (DATE_LINE.test(text) || CLOSING.test(text) || (isShortLine(text) && ORG_NAME.test(text))) n--;
    else break;
  }
  return paras.slice(0, n);
}

/** The paragraphs of `region`, stopped before the causes and without a closing signature. */
export function contentParagraphs(doc: Doc, region: Span): Span[] {
  const paras = paragraphs(doc, region);
  const out: Span[] = [];
  for (const [i, p] of paras.entries()) {
    if (i > 0 && isCauseParagraph(doc, p)) break;
    const cause = sentences(doc, p).find((s) => s.start > p.start && CAUSE_OPENER.test(lineText(doc, s)));
    if (cause) {
      out.push(trim(doc, { start: p.start, end: cause.start }));
      break;
    }
    out.push(p);
  }
  return dropSignature(doc, out);
}

function isIntro(doc: Doc, span: Span): boolean {
  const text = lineText(doc, span);
  return text.length <= MAX_INTRO && (INTRO.test(text) || BARE_ADMISSION.test(text) || BRIDGE.test(text));
}

/** Drops a leading "…以下问题:" clause from a paragraph. */
function withoutIntroClause(doc: Doc, span: Span): Span {
  const text = lineText(doc, span);
  const colon = text.search(/:/);
  if (colon < 0 || colon > MAX_INTRO) return span;
  if (!/以下|如下|主要|表现|存在|将|重点|方面/.test(text.slice(0, colon))) return span;
  return trim(doc, { start: span.start + colon + 1, end: span.end });
}

/** Items of a paragraph that is the whole part: its sentences, or the problems a sentence lists. */
function sentenceItems(doc: Doc, para: Span): Span[] {
  const out: Span[] = [];
  const all = sentences(doc, withoutIntroClause(doc, para));
  for (const s of all) {
    const listed = inlineProblems(doc, s);
    if (listed.length > 0) out.push(...listed);
    else if (!(all.length > 1 && isIntro(doc, s))) out.push(s);
  }
  return out;
}

/** Items by 一是/二是 markers: each from after its marker to the next marker or its paragraph's end. */
function markerItems(doc: Doc, region: Span, paras: Span[]): Span[] | null {
  const markers = enumMarkers(doc, region);
  if (markers.length === 0) return null;
  const paraEnd = (offset: number): number => paras.find((p) => p.start <= offset && offset < p.end)?.end ?? region.end;
  return markers.map((m, i) => {
    const next = markers[i + 1];
    const end = paraEnd(m.start);
    return trim(doc, { start: m.textStart, end: next && next.start < end ? next.start : end });
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
  const body = paras.filter((p) => !isIntro(doc, p));
  if (body.length === 1) return sentenceItems(doc, body[0]!);
  return body;
}

/** Splits a region at its first paragraph that opens next steps (after the first paragraph). */
export function splitAtPlans(doc: Doc, region: Span, reportYear: number | null): { before: Span; after: Span | null } {
  const paras = paragraphs(doc, region);
  const first = paras[0]?.start ?? region.start;
  let cut = -1;
  for (const p of paras) {
    for (const s of sentences(doc, p)) {
      if (s.start === first) continue;
      const rest = { start: s.start, end: p.end };
      if (isPlanOpener(doc, rest, reportYear) || (s.start === p.start && WE_WILL.test(lineText(doc, rest)))) {
        cut = s.start;
        break;
      }
    }
    if (cut >= 0) break;
  }
  if (cut < 0) return { before: region, after: null };
  return { before: { start: region.start, end: cut }, after: { start: cut, end: region.end } };
}
