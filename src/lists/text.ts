// Pieces of running text the lists pass cuts items from: paragraphs, sentences, 一是 items.
import { lineAt, type Doc } from '../document.js';
import type { Span } from '../schema.js';

/** The non-blank lines of `region` as content spans (spaces trimmed), clipped to the region. */
export function paragraphs(doc: Doc, region: Span): Span[] {
  const out: Span[] = [];
  if (region.end <= region.start) return out;
  for (let i = lineAt(doc, region.start).index; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.start >= region.end) break;
    const start = Math.max(line.contentStart, region.start);
    const end = Math.min(line.contentEnd, region.end);
    const span = trim(doc, { start, end });
    if (span.end > span.start) out.push(span);
  }
  return out;
}

/** `span` without spaces at either end. */
export function trim(doc: Doc, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(doc.view.charCodeAt(start))) start++;
  while (end > start && isSpace(doc.view.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

/** Characters that end a sentence. */
const SENTENCE_END = '。!?;';

/** The sentences of `span`, each with its closing mark. */
export function sentences(doc: Doc, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!SENTENCE_END.includes(doc.view[i]!)) continue;
    let end = i + 1;
    while (end < span.end && /[”’」)]/.test(doc.view[end]!)) end++;
    pushTrimmed(doc, out, { start, end });
    start = end;
    i = end - 1;
  }
  pushTrimmed(doc, out, { start, end: span.end });
  return out;
}

function pushTrimmed(doc: Doc, out: Span[], span: Span): void {
  const t = trim(doc, span);
  if (t.end > t.start) out.push(t);
}

/** Ordinal words of 一是/二是 … 十是. */
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Characters that may stand before an inline enumeration marker. */
const BEFORE_MARKER = '。;:,、 \n!?)”';

/** An inline enumeration marker found in the text: where it starts and where its item starts. */
export interface Marker {
  ordinal: number;
  /** Which form of marker (一是, 第一, (1) …): a list keeps to one. */
  family: number;
  start: number;
  /** Just past the marker and the comma or colon after it. */
  textStart: number;
}

/** Circled ordinals: ① … ⑩. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** The forms of inline marker `ordinal`: 一是, 第一, 其一, (一), (1), ①; the last three need no comma. */
function markerForms(ordinal: number): { form: string; comma: boolean }[] {
  const cn = CN_ORDINALS[ordinal - 1]!;
  return [
    { form: `${cn}是`, comma: false },
    { form: `第${cn}`, comma: true },
    { form: `其${cn}`, comma: true },
    { form: `(${cn})`, comma: false },
    { form: `(${ordinal})`, comma: false },
    { form: CIRCLED[ordinal - 1]!, comma: false },
  ];
}

/** First characters of every marker form. */
const MARKER_FIRST = new Set(['第', '其', '(', ...CN_ORDINALS, ...CIRCLED]);

function markerAt(doc: Doc, at: number, ordinal: number, region: Span, family: number): Marker | null {
  const { view } = doc;
  if (at > region.start && !BEFORE_MARKER.includes(view[at - 1]!)) return null;
  const { form, comma } = markerForms(ordinal)[family]!;
  if (!view.startsWith(form, at)) return null;
  let textStart = at + form.length;
  if (comma && !',、:'.includes(view[textStart] ?? '')) return null; // 第一,… but not 第一责任人
  while (textStart < region.end && ',、: '.includes(view[textStart]!)) textStart++;
  return { ordinal, family, start: at, textStart };
}

/** How many marker forms there are (一是, 第一, 其一, (一), (1), ①). */
const FAMILIES = markerForms(1).length;

/**
 * The 一是/二是 (第一,/其一,/(1)/①) markers of `region` in order: 一 first, then each next ordinal
 * after the previous one, all of one form; the list that starts first wins. Fewer than two
 * markers is no enumeration.
 */
export function enumMarkers(doc: Doc, region: Span): Marker[] {
  let best: Marker[] = [];
  for (let family = 0; family < FAMILIES; family++) {
    const list: Marker[] = [];
    let from = region.start;
    for (let ordinal = 1; ordinal <= CN_ORDINALS.length; ordinal++) {
      const found = findMarker(doc, ordinal, from, region, family);
      if (!found) break;
      list.push(found);
      from = found.textStart;
    }
    if (list.length >= 2 && (best.length === 0 || list[0]!.start < best[0]!.start)) best = list;
  }
  return best;
}

function findMarker(doc: Doc, ordinal: number, from: number, region: Span, family: number): Marker | null {
  const { view } = doc;
  for (let i = from; i < region.end; i++) {
    if (!MARKER_FIRST.has(view[i]!)) continue;
    const m = markerAt(doc, i, ordinal, region, family);
    if (m) return m;
  }
  return null;
}
