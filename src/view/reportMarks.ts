// A report → the marks of its text: page chrome before the title, the title and issuer, section
// headings, problems and plans, citations, metrics (innermost, never split).
import type { Report, Section, Span } from '../schema.js';
import { citationTip, listItemTip, metricTip, sectionLabel } from './describe.js';
import type { Mark } from './marks.js';

/** Outer to inner: at one start, a lower rank opens first. */
const RANK = { chunk: -1, chrome: 0, section: 1, list: 2, header: 3, citation: 4, metric: 5 } as const;

/** The id of a section's heading from its index path in the tree, e.g. s0-2. */
export function sectionId(path: readonly number[]): string {
  return `s${path.join('-')}`;
}

/**
 * Text before the title's line is page chrome (breadcrumbs, metadata); the report does not keep
 * the chrome pass's spans, so this is all that can be greyed. Null without a title.
 */
export function chromeBeforeTitle(report: Report, text: string): Span | null {
  if (report.titleSpan === null) return null;
  const lineStart = text.lastIndexOf('\n', report.titleSpan.start - 1) + 1;
  return lineStart > 0 ? { start: 0, end: lineStart } : null;
}

function sectionMarks(sections: readonly Section[], path: readonly number[], out: Mark[]): void {
  sections.forEach((s, i) => {
    const at = [...path, i];
    out.push({
      ...s.headingSpan,
      rank: RANK.section,
      tag: 'span',
      className: 'heading',
      first: { id: sectionId(at) },
      attrs: { 'data-level': String(s.level), 'data-tip': sectionLabel(s) + (s.topic === null ? '' : `\ntopic: ${s.topic}`) },
    });
    sectionMarks(s.children, at, out);
  });
}

/** Chunks of the text hold at least this many characters and end at a line break. */
const CHUNK_CHARS = 2000;

/**
 * The text in blocks of whole lines, so that the browser lays out only the blocks on screen
 * (content-visibility: auto): a long report opens at once.
 */
export function chunkMarks(text: string, size = CHUNK_CHARS): Mark[] {
  const chunks: Mark[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start + size);
    const end = newline < 0 ? text.length : newline + 1;
    chunks.push({ start, end, rank: RANK.chunk, tag: 'div', className: 'chunk' });
    start = end;
  }
  return chunks;
}

export function reportMarks(report: Report, text: string): Mark[] {
  const marks: Mark[] = chunkMarks(text);
  const chrome = chromeBeforeTitle(report, text);
  if (chrome !== null) marks.push({ ...chrome, rank: RANK.chrome, tag: 'span', className: 'chrome', attrs: { 'data-tip': 'page chrome (before the title)' } });
  if (report.titleSpan !== null) marks.push({ ...report.titleSpan, rank: RANK.header, tag: 'span', className: 'title-text', first: { id: 'title' } });
  if (report.issuer !== null) {
    marks.push({ ...report.issuer.span, rank: RANK.header, tag: 'span', className: 'issuer-text', attrs: { 'data-tip': `issuer: ${report.issuer.name}` } });
  }
  sectionMarks(report.sections, [], marks);
  report.problems.forEach((p, i) => {
    marks.push({ ...p.span, rank: RANK.list, tag: 'span', className: 'problem', first: { id: `p${i}` }, attrs: { 'data-tip': listItemTip('problem', i, p) } });
  });
  report.plans.forEach((p, i) => {
    marks.push({ ...p.span, rank: RANK.list, tag: 'span', className: 'plan', first: { id: `n${i}` }, attrs: { 'data-tip': listItemTip('plan', i, p) } });
  });
  for (const c of report.citations) {
    marks.push({ ...c.span, rank: RANK.citation, tag: 'cite', className: 'citation', attrs: { 'data-tip': citationTip(c) } });
  }
  report.metrics.forEach((m, i) => {
    marks.push({
      ...m.span,
      rank: RANK.metric,
      tag: 'mark',
      className: 'metric',
      first: { id: `m${i}`, tabindex: '0' },
      attrs: { 'data-i': String(i), 'data-tip': metricTip(m) },
      atomic: true,
    });
  });
  return marks;
}
