// Pieces of running text the lists pass cuts items from: paragraphs, sentences, 一是 items.
import { charSet, inSet } from '../charTable.js';
import { ENUM_MARKER_FORMS } from '../data/markers.js';
import { lineAt, type Doc } from '../document.js';
import type { Span } from '../schema.js';

/** A line at least this long that ends no sentence was wrapped (text from a PDF): its paragraph goes on. */
const WRAPPED_MIN = 24;
/** Characters a paragraph's last line ends with. */
const PARAGRAPH_END = charSet('。!?;:…”’)】');
/** A line opening with a heading or list marker starts a paragraph of its own. */
const OPENS_WITH_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}[.、)]|第[一二三四五六七八九十]{1,3}[部章节])/u;

/**
 * True when some line of the region from line `first` to `end` ends a sentence: only in such prose
 * does a long line without an end go on (a list of lines written without any punctuation does not).
 */
function isPunctuatedProse(doc: Doc, first: number, end: number): boolean {
  for (let i = first; i < doc.lines.length && doc.lines[i]!.start < end; i++) {
    const line = doc.lines[i]!;
    // the region may end inside its last line (a problems part cut where the plans begin): that line ends there
    let last = Math.min(line.contentEnd, end);
    while (last > line.contentStart && doc.view.charCodeAt(last - 1) === 0x20) last--;
    if (last > line.contentStart && inSet(PARAGRAPH_END, doc.view.charCodeAt(last - 1))) return true;
  }
  return false;
}

/** True when the line after `line` goes on with its paragraph: `line` was wrapped mid-sentence. */
function wrapsOn(doc: Doc, lineIndex: number): boolean {
  const line = doc.lines[lineIndex]!;
  const next = doc.lines[lineIndex + 1];
  if (!next || next.contentEnd === next.contentStart) return false;
  if (line.contentEnd - line.contentStart < WRAPPED_MIN || inSet(PARAGRAPH_END, doc.view.charCodeAt(line.contentEnd - 1))) return false;
  return !OPENS_WITH_MARKER.test(doc.view.slice(next.contentStart, next.contentStart + 6));
}

/**
 * The paragraphs of `region` as content spans (spaces trimmed), clipped to the region: its
 * non-blank lines, a line wrapped mid-sentence (text from a PDF) joined with the lines it goes on
 * to; with `runOn`, a page scraped into one line cut where a sentence's end is followed by spaces.
 */
export function paragraphs(doc: Doc, region: Span, runOn = false): Span[] {
  const out: Span[] = [];
  if (region.end <= region.start) return out;
  const first = lineAt(doc, region.start).index;
  const wrapped = isPunctuatedProse(doc, first, region.end);
  for (let i = first; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.start >= region.end) break;
    let last = line;
    while (wrapped && last.end < region.end && wrapsOn(doc, last.index)) last = doc.lines[last.index + 1]!;
    i = last.index;
    const start = Math.max(line.contentStart, region.start);
    const end = Math.min(last.contentEnd, region.end);
    if (runOn && end - start >= RUN_ON_PARAGRAPHS_MIN) pushRunOn(doc, start, end, out);
    else {
      const span = trimmed(doc, start, end);
      if (span.end > span.start) out.push(span);
    }
  }
  return out;
}

/** A line this long is a page scraped into one line: its paragraphs run on, set apart by spaces. */
const RUN_ON_PARAGRAPHS_MIN = 400;
const SPACE = 0x20;

/** The paragraphs of a run-on line `[start, end)`: a sentence's end followed by spaces (where a line break stood) ends one. */
function pushRunOn(doc: Doc, start: number, end: number, out: Span[]): void {
  const { view } = doc;
  let from = start;
  for (let at = view.indexOf('。', start); at >= 0 && at < end - 1; at = view.indexOf('。', at + 1)) {
    if (view.charCodeAt(at + 1) !== SPACE) continue;
    const span = trimmed(doc, from, at + 1);
    if (span.end > span.start) out.push(span);
    from = at + 1;
  }
  const span = trimmed(doc, from, end);
  if (span.end > span.start) out.push(span);
}

/** `span` without spaces at either end. */
export function trim(doc: Doc, span: Span): Span {
  return trimmed(doc, span.start, span.end);
}

/** [start, end) without spaces at either end, as a span (no span made for the untrimmed piece). */
function trimmed(doc: Doc, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && isSpace(doc.view.charCodeAt(start))) start++;
  while (end > start && isSpace(doc.view.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

/** Characters that end a sentence. */
const SENTENCE_END = '。!?;';
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = '”’」)';
const IS_SENTENCE_END = charSet(SENTENCE_END);
const IS_CLOSER = charSet(CLOSERS);

/** The sentences of `span`, each with its closing mark. */
export function sentences(doc: Doc, span: Span): Span[] {
  const { view } = doc;
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!inSet(IS_SENTENCE_END, view.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < span.end && inSet(IS_CLOSER, view.charCodeAt(end))) end++;
    pushTrimmed(doc, out, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(doc, out, start, span.end);
  return out;
}

function pushTrimmed(doc: Doc, out: Span[], start: number, end: number): void {
  const t = trimmed(doc, start, end);
  if (t.end > t.start) out.push(t);
}

/** Ordinal words of 一是/二是 … 十是. */
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Characters that may stand before an inline enumeration marker (将 too: 我局将一是…二是…). */
const BEFORE_MARKER = '。;:,、 \n!?)”将';

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

/** The forms of inline marker `ordinal`: 一是, 第一, 其一, (一), (1), ①, 1., 1、; only 第一 and 其一 need a comma. */
function markerForms(ordinal: number): MarkerForm[] {
  const cn = CN_ORDINALS[ordinal - 1]!;
  return [
    // 一是, 第一, 其一: the forms the sections' inline items read, a comma after those that need a follower
    ...ENUM_MARKER_FORMS.map((f) => ({ form: `${f.before}${cn}${f.after}`, comma: f.followedBy !== '' })),
    { form: `(${cn})`, comma: false },
    { form: `(${ordinal})`, comma: false },
    { form: CIRCLED[ordinal - 1]!, comma: false },
    { form: `${ordinal}.`, comma: false },
    { form: `${ordinal}、`, comma: false },
  ];
}

interface MarkerForm {
  form: string;
  /** The form needs a comma after it (第一,… but not 第一责任人). */
  comma: boolean;
}

/** FORMS[family][ordinal - 1], built once. */
const FORMS: readonly (readonly MarkerForm[])[] = (() => {
  const byOrdinal = CN_ORDINALS.map((_, i) => markerForms(i + 1));
  return byOrdinal[0]!.map((_, family) => byOrdinal.map((forms) => forms[family]!));
})();

/** How many marker forms there are (一是, 第一, 其一, (一), (1), ①, 1., 1、). */
const FAMILIES = FORMS.length;

/** First characters of every marker form. */
const MARKER_FIRST = charSet(`第其(${CN_ORDINALS.join('')}${CIRCLED}123456789`);
const DIGIT = charSet('0123456789');
const IS_BEFORE_MARKER = charSet(BEFORE_MARKER);
/** Marks after a marker that belong to it: 第一,… / 一是:… */
const AFTER_MARKER = charSet(',、: ');
const COMMA = charSet(',、:');

function markerAt(view: string, at: number, ordinal: number, region: Span, family: number): Marker | null {
  const { form, comma } = FORMS[family]![ordinal - 1]!;
  if (!view.startsWith(form, at)) return null;
  let textStart = at + form.length;
  if (comma && !(textStart < view.length && inSet(COMMA, view.charCodeAt(textStart)))) return null;
  if (inSet(DIGIT, view.charCodeAt(textStart))) return null; // 1.5万 is no marker
  while (textStart < region.end && inSet(AFTER_MARKER, view.charCodeAt(textStart))) textStart++;
  return { ordinal, family, start: at, textStart };
}

/**
 * The 一是/二是 (第一,/其一,/(1)/①) markers of `region` in order: 一 first, then each next ordinal
 * after the previous one, all of one form; the list that starts first wins. Fewer than two
 * markers is no enumeration. One scan over the region follows every form at once.
 */
export function enumMarkers(doc: Doc, region: Span): Marker[] {
  const { view } = doc;
  const lists: Marker[][] = [];
  /** Where each form's next marker may start (after the previous one's text start). */
  const from: number[] = [];
  for (let f = 0; f < FAMILIES; f++) {
    lists.push([]);
    from.push(region.start);
  }
  /** The start of the best list so far (two markers or more), or Infinity. */
  let bestStart = Infinity;
  let best = -1;
  const alive = (f: number): boolean => {
    const list = lists[f]!;
    if (list.length === CN_ORDINALS.length) return false;
    return list.length === 0 ? bestStart === Infinity : f === best || (list[0]!.start < bestStart && list.length < 2);
  };
  for (let i = region.start; i < region.end; i++) {
    if (!inSet(MARKER_FIRST, view.charCodeAt(i))) continue;
    if (i > region.start && !inSet(IS_BEFORE_MARKER, view.charCodeAt(i - 1))) continue;
    let any = false;
    for (let f = 0; f < FAMILIES; f++) {
      if (!alive(f)) continue;
      any = true;
      if (i < from[f]!) continue;
      const list = lists[f]!;
      const m = markerAt(view, i, list.length + 1, region, f);
      if (!m) continue;
      list.push(m);
      from[f] = m.textStart;
      if (list.length === 2 && list[0]!.start < bestStart) {
        bestStart = list[0]!.start;
        best = f;
      }
    }
    if (!any) break;
  }
  return best >= 0 ? lists[best]! : [];
}
