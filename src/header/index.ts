// The header pass: title, issuer, year, dates and addressee, read from the top and the end of the
// page and from the metadata the chrome pass found.
import { normalise, type Doc } from '../document.js';
import { ISSUED_DATE_LABELS } from '../data/chromeLabels.js';
import type { Chrome, MetaField, Pass } from '../pipeline.js';
import type { Report } from '../schema.js';
import { findAddressee } from './addressee.js';
import { readDate } from './dates.js';
import { findIssuer } from './issuer.js';
import { findSignature } from './signature.js';
import { findTitle } from './title.js';
import { openingLines } from './region.js';
import { findYear } from './year.js';

type Header = Pick<Report, 'title' | 'titleSpan' | 'issuer' | 'year' | 'publishedAt' | 'signedAt' | 'addressee' | 'warnings'>;

/** The first metadata date of a field `pick` accepts. */
function metaDate(doc: Doc, chrome: Chrome, pick: (field: MetaField) => boolean): string | null {
  for (const field of chrome.meta) {
    if (!pick(field)) continue;
    const date = readDate(doc.view.slice(field.span.start, field.span.end));
    if (date) return date.iso;
  }
  return null;
}

/** 发文日期 (the date a document was sent out), by its label as written. */
function isIssuedDate(field: MetaField): boolean {
  return ISSUED_DATE_LABELS.includes(normalise(field.label).replace(/ /gu, ''));
}

/** The page's publication date: 发布日期, 发布时间, 公开日期, 时间 …, else 发文日期. */
function publishedAt(doc: Doc, chrome: Chrome): string | null {
  return metaDate(doc, chrome, (f) => f.key === 'publishedAt') ?? metaDate(doc, chrome, (f) => f.key === 'writtenAt' && isIssuedDate(f));
}

/** The date the metadata says the report was written: 成文日期, 生成日期, 印发日期. */
function writtenAt(doc: Doc, chrome: Chrome): string | null {
  return metaDate(doc, chrome, (f) => f.key === 'writtenAt' && !isIssuedDate(f));
}

/** Opening prose lines the issuer's subject is looked for in; the year looks in the first two. */
const OPENING_READ = 3;
const YEAR_OPENING_LINES = 2;

/** Reads the header fields of `doc`. */
export function readHeader(doc: Doc, chrome: Chrome): Header {
  const title = findTitle(doc, chrome);
  const signature = findSignature(doc, chrome);
  // the opening paragraphs are read once: the subject of the first sentence and the year share them
  const opening = openingLines(doc, chrome, OPENING_READ);
  const issuer = findIssuer(doc, chrome, title, signature?.name ?? null, opening);
  const year = findYear(doc, chrome, title?.view ?? null, opening.slice(0, YEAR_OPENING_LINES));
  const addressee = findAddressee(doc, chrome);
  const warnings: string[] = [];
  if (year === null) warnings.push('header: no year found (the year the report covers)');
  if (issuer === null) warnings.push('header: no issuer found (the report does not name who issued it)');
  return {
    title: title?.text ?? null,
    titleSpan: title?.span ?? null,
    issuer,
    year,
    publishedAt: publishedAt(doc, chrome),
    signedAt: signature?.date ?? writtenAt(doc, chrome),
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
