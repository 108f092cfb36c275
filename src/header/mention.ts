// A place where the document names its issuer, and the source it counts as.
import type { IssuerSource, Span } from '../schema.js';

export interface Mention {
  readonly source: IssuerSource;
  readonly span: Span;
}

/** A year as the genre writes it: 2021年, 二〇二一年. */
export { YEAR_NIAN as YEAR } from '../data/yearPattern.js';
