// The header pass: title, issuer, year, dates and addressee, read from the top and the end of the
// page and from the metadata the chrome pass found.
import type { Doc } from '../document.js';
import type { Chrome, Pass } from '../pipeline.js';
import type { Report } from '../schema.js';
import { findAddressee } from './addressee.js';
import { findIssuer } from './issuer.js';
import { letterheadMention } from './letterhead.js';
import { publishedAt, writtenAt } from './metaDates.js';
import { findSignature, titleNoteDate } from './signature.js';
import { findTitle } from './title.js';
import { OpeningLines } from './region.js';
import { findYear } from './year.js';
import { TopText } from './topText.js';

type Header = Pick<Report, 'title' | 'titleSpan' | 'issuer' | 'year' | 'publishedAt' | 'signedAt' | 'addressee' | 'warnings'>;

/** Opening prose lines the issuer's subject is looked for in; the year looks in the first two. */
const OPENING_READ = 3;
const YEAR_OPENING_LINES = 2;

/** Reads the header fields of `doc`. */
export function readHeader(doc: Doc, chrome: Chrome): Header {
  // the text lines from the top are found once, for every reader of the top
  const top = new TopText(doc, chrome);
  const title = findTitle(top);
  // a signature above the title under a notice that publishes the report is the notice's
  const signed = findSignature(top);
  const signature = signed && title?.belowNotice && signed.dateSpan.end <= title.span.start ? null : signed;
  // the opening paragraphs are found once, as far as asked: the subject of the first sentence and the year share them
  const opening = new OpeningLines(top, OPENING_READ);
  const issuer = findIssuer(top, title, letterheadMention(top), signature?.name ?? null, opening);
  const year = findYear(top, title?.view ?? null, opening, YEAR_OPENING_LINES);
  const addressee = findAddressee(top);
  const warnings: string[] = [];
  if (year === null) warnings.push('header: no year found (the year the report covers)');
  if (issuer === null) warnings.push('header: no issuer found (the report does not name who issued it)');
  return {
    title: title?.text ?? null,
    titleSpan: title?.span ?? null,
    issuer,
    year,
    publishedAt: publishedAt(top),
    signedAt: signature?.date ?? (title ? titleNoteDate(doc, title.lines) : null) ?? writtenAt(top),
    addressee: addressee?.text ?? null,
    warnings,
  };
}

/** Title, issuer, year, dates and addressee. */
export const headerPass: Pass = {
  name: 'header',
  run(doc, draft) {
    return readHeader(doc, draft.chrome);
  },
};
