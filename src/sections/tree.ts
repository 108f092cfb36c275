// From headings with levels to the nested sections of the report, with spans and items.
import { headingKind } from '../data/listCues.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Section } from '../schema.js';
import { findAnchors, findItems } from './items.js';
import type { Leveled } from './levels.js';
import { endBeforeChrome, endBeforeSignature } from './tail.js';

/** Where each heading's content ends: before the next heading at its level or above. */
function sectionEnds(doc: Doc, chrome: Chrome, headings: readonly Leveled[]): number[] {
  const last = headings[headings.length - 1];
  const reportEnd = last ? endBeforeSignature(doc, chrome, last.heading.titleEnd, chrome.body.end) : chrome.body.end;
  const ends: number[] = new Array<number>(headings.length);
  const waiting: number[] = []; // indices whose end is not known yet, levels increasing
  headings.forEach((h, i) => {
    while (waiting.length > 0 && headings[waiting[waiting.length - 1]!]!.level >= h.level) {
      const k = waiting.pop()!;
      ends[k] = endBeforeChrome(doc, chrome, headings[k]!.heading.titleEnd, h.heading.marker.start);
    }
    waiting.push(i);
  });
  for (const k of waiting) ends[k] = endBeforeChrome(doc, chrome, headings[k]!.heading.titleEnd, reportEnd);
  return ends;
}

/** The nested sections, top-level first, each with its children. */
export function buildTree(doc: Doc, chrome: Chrome, headings: readonly Leveled[]): Section[] {
  if (headings.length === 0) return [];
  const ends = sectionEnds(doc, chrome, headings);
  // Every section's own text lies between the first title and the end of the body.
  const anchors = findAnchors(doc.view, headings[0]!.heading.titleEnd, chrome.body.end);
  const flat = headings.map((h, i): Section => {
    const { marker, titleStart, titleEnd } = h.heading;
    const title = doc.input.slice(titleStart, titleEnd);
    const next = headings[i + 1];
    const ownEnd = next && next.level > h.level ? next.heading.marker.start : ends[i]!;
    return {
      level: h.level,
      style: marker.style,
      ordinal: marker.ordinal,
      marker: doc.input.slice(marker.start, marker.end),
      title,
      span: { start: marker.start, end: ends[i]! },
      headingSpan: { start: marker.start, end: titleEnd },
      // a view the normalisation left as the input (most) has the title sliced already
      kind: headingKind(doc.view === doc.input ? title : doc.view.slice(titleStart, titleEnd)),
      topic: null,
      items: findItems(doc, titleEnd, ownEnd, anchors),
      children: [],
    };
  });
  const roots: Section[] = [];
  const path: Section[] = [];
  for (const section of flat) {
    while (path.length > 0 && path[path.length - 1]!.level >= section.level) path.pop();
    (path.length > 0 ? path[path.length - 1]!.children : roots).push(section);
    path.push(section);
  }
  return roots;
}
