// Where each section's own text lies: the section's span without its heading, its children and the
// page chrome; the body before the first section (the preamble, with the title as its heading) and
// after the last one (the closing). Chrome is found again from the text, as the parser found it.
import { findChrome } from '../chrome/index.js';
import { normalise, type Doc } from '../document.js';
import type { Span } from '../schema.js';
import type { ReportLike, SectionLike, SectionWords } from './schema.js';

/** One entry of words(): what it is, and the ranges of its heading and of its own text. */
export interface Piece {
  kind: SectionWords['kind'];
  path: number[];
  marker: string | null;
  title: string | null;
  heading: Span[];
  body: Span[];
}

/** `range` without the parts under `cuts` (sorted, non-overlapping). */
export function minus(range: Span, cuts: readonly Span[]): Span[] {
  const out: Span[] = [];
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]!.end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  let start = range.start;
  for (let i = lo; i < cuts.length && cuts[i]!.start < range.end; i++) {
    const cut = cuts[i]!;
    if (cut.start > start) out.push({ start, end: cut.start });
    start = Math.max(start, cut.end);
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out;
}

/** The ranges of `range` inside the body and outside chrome and `cuts` (each sorted). */
function clean(range: Span, body: Span, chrome: readonly Span[], cuts: readonly Span[] = []): Span[] {
  const start = Math.max(range.start, body.start);
  const end = Math.min(range.end, body.end);
  if (end <= start) return [];
  return minus({ start, end }, chrome).flatMap((r) => minus(r, cuts));
}

/** The heading without its marker (一、 (二) 第一部分 …), which is numbering, not words. */
function headingText(doc: Doc, section: SectionLike): Span {
  const { start, end } = section.headingSpan;
  const marked = doc.input.startsWith(section.marker, start) || doc.view.startsWith(normalise(section.marker), start);
  return { start: marked ? Math.min(end, start + section.marker.length) : start, end };
}

function sectionPieces(doc: Doc, sections: readonly SectionLike[], path: number[], body: Span, chrome: readonly Span[], out: Piece[]): void {
  sections.forEach((section, i) => {
    const here = [...path, i];
    const cuts = [section.headingSpan, ...section.children.map((c) => c.span)].sort((a, b) => a.start - b.start);
    out.push({
      kind: 'section',
      path: here,
      marker: section.marker,
      title: section.title,
      heading: minus(headingText(doc, section), chrome),
      body: clean(section.span, body, chrome, cuts),
    });
    sectionPieces(doc, section.children, here, body, chrome, out);
  });
}

/** The pieces of a report's text, in text order: preamble, sections depth first, closing. */
export function pieces(report: ReportLike, doc: Doc): Piece[] {
  const { spans: chrome, body } = findChrome(doc);
  const { sections, titleSpan } = report;
  const first = sections[0]?.span.start ?? body.end;
  const last = sections[sections.length - 1]?.span.end ?? body.end;
  const title = titleSpan ? minus(titleSpan, chrome) : [];
  const out: Piece[] = [
    {
      kind: 'preamble',
      path: [],
      marker: null,
      title: null,
      heading: title,
      body: clean({ start: body.start, end: first }, body, chrome, titleSpan ? [titleSpan] : []),
    },
  ];
  sectionPieces(doc, sections, [], body, chrome, out);
  if (sections.length > 0) {
    out.push({ kind: 'closing', path: [], marker: null, title: null, heading: [], body: clean({ start: last, end: body.end }, body, chrome) });
  }
  return out;
}
