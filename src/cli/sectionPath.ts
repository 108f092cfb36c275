// The chain of sections that contain a span: "一、加强领导 > (一)压实责任".
import type { Section, Span } from '../index.js';

export const SECTION_PATH_SEPARATOR = ' > ';

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The sections containing `span`, outermost first. */
export function sectionsAt(sections: readonly Section[], span: Span): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    const hit = level.find((s) => contains(s.span, span));
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}

/** Marker + title of each section containing `span`, outermost first. */
export function sectionPath(sections: readonly Section[], span: Span): string[] {
  return sectionsAt(sections, span).map((s) => `${s.marker}${s.title}`);
}
