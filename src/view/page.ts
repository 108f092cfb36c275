// Report + the text it was parsed from → one self-contained HTML page (inline CSS and script, no
// network): a header card, the warnings, an outline of the sections, the text with every extraction
// marked at its span, and a side table of the metrics.
import type { Report, Section } from '../schema.js';
import { formatValue, issuerFacts, sectionLabel } from './describe.js';
import { escapeHtml } from './escape.js';
import { renderMarked } from './marks.js';
import { reportMarks, sectionId } from './reportMarks.js';
import { PAGE_SCRIPT } from './script.js';
import { PAGE_CSS } from './style.js';

export interface PageOptions {
  /** Where the text came from (a file name), shown in the header and the page title. */
  name?: string;
}

/** A whole HTML document around `body`, with the page's style and script inline. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fazhi-report">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${body}
<div id="tip" role="tooltip"></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function headerCard(report: Report, name: string | undefined): string {
  const rows: [string, string][] = [];
  if (name !== undefined) rows.push(['file', name]);
  if (report.issuer !== null) rows.push(...issuerFacts(report.issuer));
  rows.push(['year', report.year === null ? '(not found)' : String(report.year)]);
  if (report.publishedAt !== null) rows.push(['published', report.publishedAt]);
  if (report.signedAt !== null) rows.push(['signed', report.signedAt]);
  if (report.addressee !== null) rows.push(['addressed to', report.addressee]);
  const dl = rows.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('');
  const counts = [
    `${countSections(report.sections)} sections`,
    `${report.metrics.length} metrics`,
    `${report.problems.length} problems`,
    `${report.plans.length} plans`,
    `${report.citations.length} citations`,
  ].join(' · ');
  return `<header class="card">
<h1>${report.title === null ? '<span class="muted">(no title found)</span>' : escapeHtml(report.title)}</h1>
<dl>${dl}</dl>
<div class="counts">${counts} · <span class="legend"><mark class="metric">metric</mark><span class="problem">problem</span><span class="plan">plan</span><span class="chrome">page chrome</span></span></div>
</header>`;
}

export function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

function warningsBox(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const items = warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return `<section class="warnings" role="alert"><h2>${warnings.length} warning${warnings.length === 1 ? '' : 's'}</h2><ul>${items}</ul></section>`;
}

function outlineList(sections: readonly Section[], path: readonly number[]): string {
  if (sections.length === 0) return '';
  const items = sections.map((s, i) => {
    const id = sectionId([...path, i]);
    return `<li><a href="#${id}" data-go="${id}">${escapeHtml(sectionLabel(s))}</a>${outlineList(s.children, [...path, i])}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

/** Rows of the metrics list in one block that the browser lays out only when on screen. */
const ROWS_PER_BLOCK = 100;

/**
 * The metrics as a list of grid rows (not a table: a table of thousands of rows is laid out whole,
 * while blocks of rows with content-visibility are laid out when scrolled to).
 */
function metricsList(report: Report): string {
  if (report.metrics.length === 0) return '<p class="muted">No metrics found.</p>';
  const rows = report.metrics.map(
    (m, i) =>
      `<div class="mrow"><span class="num">${i + 1}</span><a href="#m${i}" data-go="m${i}">${escapeHtml(m.raw)}</a>` +
      `<span class="num">${escapeHtml(formatValue(m))}</span><span>${escapeHtml(m.subject ?? '')}</span></div>`,
  );
  const blocks: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_BLOCK) blocks.push(`<div class="mblock">${rows.slice(i, i + ROWS_PER_BLOCK).join('')}</div>`);
  return `<div class="mrow mhead"><span>#</span><span>raw</span><span>value</span><span>subject</span></div>${blocks.join('')}`;
}

/** The body of the audit page (everything inside <body> but the tooltip and the script). */
export function renderReportBody(report: Report, text: string, options: PageOptions = {}): string {
  const outline = report.sections.length === 0 ? '<p class="muted">No sections found.</p>' : outlineList(report.sections, []);
  return `${headerCard(report, options.name)}
${warningsBox(report.warnings)}
<div class="layout">
<nav aria-label="Outline"><h2>Outline</h2>${outline}</nav>
<main><div class="text">${renderMarked(text, reportMarks(report, text))}</div></main>
<aside><h2>Metrics</h2>${metricsList(report)}</aside>
</div>`;
}

/**
 * The audit page of one report: `text` must be the string `report` was parsed from (its spans index
 * it). Every piece of the text is escaped; the page needs no network.
 */
export function renderReportPage(report: Report, text: string, options: PageOptions = {}): string {
  const title = report.title ?? options.name ?? 'report';
  return htmlDocument(`${title} — fazhi-report`, renderReportBody(report, text, options));
}
