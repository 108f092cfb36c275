// A ListItem from a span: the text as written, and its lead clause as the title.
import type { Doc } from '../document.js';
import type { ListItem, Span } from '../schema.js';

/** The longest lead clause taken as a title. */
const MAX_TITLE = 40;

/** Marks that may end a lead clause: 深入推进依法行政相关工作。深入推进… */
const LEAD_END = '。:;!?';

/** The first sentence of `span` when it is short and more follows it, without its closing mark. */
export function leadTitle(doc: Doc, span: Span): string | null {
  const limit = Math.min(span.end, span.start + MAX_TITLE + 1);
  for (let i = span.start; i < limit; i++) {
    if (!LEAD_END.includes(doc.view[i]!)) continue;
    if (i === span.start || doc.view.slice(i + 1, span.end).trim() === '') return null;
    return doc.input.slice(span.start, i);
  }
  return null;
}

/** A list item over `span`; `title` defaults to the lead clause. */
export function makeItem(doc: Doc, span: Span, title?: string | null): ListItem {
  return {
    title: title === undefined ? leadTitle(doc, span) : title,
    text: doc.input.slice(span.start, span.end),
    span: { start: span.start, end: span.end },
  };
}
