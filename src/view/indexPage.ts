// Several reports → one index page: a row per input with its title, issuer, year, counts and
// warnings, linking to its audit page; an input that failed shows its error.
import type { Report } from '../schema.js';
import { escapeHtml } from './escape.js';
import { countSections, htmlDocument } from './page.js';

export type IndexEntry =
  | { name: string; href: string; report: Report }
  | { name: string; error: string };

function row(entry: IndexEntry): string {
  const name = escapeHtml(entry.name);
  if (!('report' in entry)) return `<tr class="failed"><td>${name}</td><td colspan="8">failed: ${escapeHtml(entry.error)}</td></tr>`;
  const r = entry.report;
  const warnings =
    r.warnings.length === 0
      ? ''
      : `<details><summary>${r.warnings.length}</summary><ul>${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></details>`;
  const cells = [
    `<a href="${escapeHtml(entry.href)}">${name}</a>`,
    r.title === null ? '<span class="muted">(none)</span>' : escapeHtml(r.title),
    r.issuer === null ? '<span class="muted">(none)</span>' : escapeHtml(r.issuer.name),
    r.year === null ? '' : String(r.year),
  ];
  const counts = [countSections(r.sections), r.metrics.length, r.problems.length, r.plans.length];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}${counts.map((n) => `<td class="num">${n}</td>`).join('')}<td>${warnings}</td></tr>`;
}

/** The index of several audit pages; `href` is each page's URL relative to the index. */
export function renderIndexPage(entries: readonly IndexEntry[], title = 'fazhi-report: audit pages'): string {
  const failed = entries.filter((e) => !('report' in e)).length;
  const head = '<tr><th>file</th><th>title</th><th>issuer</th><th>year</th><th>sections</th><th>metrics</th><th>problems</th><th>plans</th><th>warnings</th></tr>';
  const body = `<header class="card"><h1>${escapeHtml(title)}</h1><div class="counts">${entries.length} input${entries.length === 1 ? '' : 's'}${failed > 0 ? `, ${failed} failed` : ''}</div></header>
<div class="index"><table><thead>${head}</thead><tbody>${entries.map(row).join('')}</tbody></table></div>`;
  return htmlDocument(title, body);
}
