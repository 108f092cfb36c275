// A place where the document names its issuer, and the source it counts as.
import type { IssuerSource, Span } from '../schema.js';

export interface Mention {
  readonly source: IssuerSource;
  readonly span: Span;
}

/** A year as the genre writes it: 2021年, 二〇二一年. */
export const YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4}) {0,2}年/u;
