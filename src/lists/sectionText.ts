// Where a section's heading, title and text lie, for cutting list items out of it.
import type { Doc } from '../document.js';
import type { Section, Span } from '../schema.js';
import { contentParagraphs, withoutCauses } from './regions.js';
import { trim } from './text.js';

/** The heading's title in the normalised view (simplified characters), for matching cue words. */
export function viewTitle(doc: Doc, s: Section): string {
  if (s.title === '') return '';
  const at = doc.input.indexOf(s.title, s.headingSpan.start);
  return at >= 0 && at < s.headingSpan.end ? doc.view.slice(at, at + s.title.length) : s.title;
}

/** Where the section's text begins: after the marker (and spaces). */
export function afterMarker(doc: Doc, s: Section): number {
  let at = s.headingSpan.start;
  if (doc.input.startsWith(s.marker, at)) at += s.marker.length;
  else if (s.title !== '') {
    const t = doc.input.indexOf(s.title, at);
    if (t >= 0 && t < s.headingSpan.end) at = t;
  }
  return trim(doc, { start: at, end: s.span.end }).start;
}

/** Where the section's body begins: after its heading and the heading's closing mark. */
export function afterHeading(doc: Doc, s: Section): number {
  const from = afterMarker(doc, s);
  let at = s.headingSpan.end;
  if (s.title !== '' && doc.input.startsWith(s.title, from)) at = from + s.title.length;
  while (at < s.span.end && '。::;. \n'.includes(doc.view[at]!)) at++;
  return at;
}

/** A whole sub-section as one item: from after its marker to the end of its text, causes and signature left out. */
export function sectionItemSpan(doc: Doc, s: Section, end: number = s.span.end): Span | null {
  const paras = contentParagraphs(doc, { start: afterMarker(doc, s), end });
  const last = paras[paras.length - 1];
  return last ? withoutCauses(doc, { start: paras[0]!.start, end: last.end }) : null;
}
