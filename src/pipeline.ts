// The shape every pass shares: the document, the draft report the passes fill in turn, and the
// page chrome the chrome pass finds (kept out of the report, but read for metadata).
import type { Doc } from './document.js';
import type { Report, Span } from './schema.js';

/** A metadata field read from page chrome, e.g. 发布日期: 2022-03-11. */
export interface MetaField {
  /** What the label means. */
  key: 'publisher' | 'source' | 'publishedAt' | 'writtenAt' | 'author' | 'title' | 'index' | 'other';
  /** The label as written (发布机构, 来源, 发布时间 …). */
  label: string;
  /** The value as written, trimmed. */
  value: string;
  /** Where the value is. */
  span: Span;
}

export interface Chrome {
  /** Sorted, non-overlapping spans of page chrome: breadcrumbs, metadata, share links, footers … */
  readonly spans: readonly Span[];
  /** The report's own text: from the first line after the header chrome to the footer. */
  readonly body: Span;
  /** Metadata read from the chrome. */
  readonly meta: readonly MetaField[];
}

/** The report under construction, plus what passes hand to later passes. */
export interface Draft extends Report {
  chrome: Chrome;
}

/** One step of the pipeline: reads the document and the draft so far, returns the fields it sets. */
export interface Pass {
  readonly name: string;
  run(doc: Doc, draft: Readonly<Draft>): Partial<Draft>;
}

/** True when `offset` lies inside a chrome span (binary search). */
export function inChrome(chrome: Chrome, offset: number): boolean {
  const { spans } = chrome;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
