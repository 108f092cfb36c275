// The audit view: report + text → self-contained HTML. Pure and browser-safe (no Node built-ins):
// the CLI writes these strings to files, the playground shows them in the page.
export { escapeHtml } from './escape.js';
export { renderIndexPage, type IndexEntry } from './indexPage.js';
export { renderReportBody, renderReportPage, type PageOptions } from './page.js';
