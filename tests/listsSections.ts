// A tiny section builder for the lists tests: the sections pass is tested on its own, so these
// tests build the tree from four plain marker styles (第一部分 一、 (一) 1.) with run-in titles.
import { createDoc, type Doc } from '../src/document.js';
import { emptyDraft } from '../src/parse.js';
import type { Draft } from '../src/pipeline.js';
import type { Section } from '../src/schema.js';

const MARKERS: readonly RegExp[] = [/^第[一二三四五六七八九十]+部分 ?/, /^[一二三四五六七八九十]+、/, /^\([一二三四五六七八九十]+\)/, /^\d{1,2}[.、]/];

interface Open {
  section: Section;
  level: number;
}

export function buildSections(doc: Doc): Section[] {
  const top: Section[] = [];
  const stack: Open[] = [];
  for (const line of doc.lines) {
    const text = doc.view.slice(line.contentStart, line.contentEnd);
    const level = MARKERS.findIndex((re) => re.test(text)) + 1;
    if (level === 0) continue;
    const marker = MARKERS[level - 1]!.exec(text)![0];
    const rest = text.slice(marker.length);
    const stop = rest.search(/[。:]/);
    const titleStart = line.contentStart + marker.length;
    const title = doc.input.slice(titleStart, titleStart + (stop >= 0 ? stop : rest.length));
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const start = line.contentStart;
    const section: Section = {
      level: stack.length + 1,
      style: 'cn',
      ordinal: 1,
      marker,
      title,
      span: { start, end: start },
      headingSpan: { start, end: start + marker.length + title.length },
      kind: null,
      topic: null,
      items: [],
      children: [],
    };
    (stack.length > 0 ? stack[stack.length - 1]!.section.children : top).push(section);
    stack.push({ section, level });
  }
  closeSpans(doc, top, doc.view.trimEnd().length);
  return top;
}

function closeSpans(doc: Doc, sections: Section[], end: number): void {
  sections.forEach((s, i) => {
    const next = sections[i + 1];
    s.span.end = next ? next.span.start : end;
    closeSpans(doc, s.children, s.span.end);
  });
}

/** A draft as the passes before the lists pass leave it, with hand-built sections. */
export function draftFor(text: string, year: number | null = null): { doc: Doc; draft: Draft } {
  const doc = createDoc(text);
  const draft: Draft = { ...emptyDraft(text.length), year, sections: buildSections(doc) };
  return { doc, draft };
}
