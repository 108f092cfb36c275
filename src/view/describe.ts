// Short plain-text descriptions of extracted pieces, for tooltips, the header card and tables.
import type { Citation, Issuer, ListItem, Metric, Section } from '../schema.js';

/** "2772000 元", "35 %", "5–10 人". */
export function formatValue(metric: Metric): string {
  const value = metric.max === null ? String(metric.value) : `${metric.value}–${metric.max}`;
  return metric.unit === '' ? value : `${value} ${metric.unit}`;
}

/** The tooltip of a metric, one field a line: value, unit, approx, subject, indicator, change. */
export function metricTip(metric: Metric): string {
  const lines = [`value: ${metric.max === null ? metric.value : `${metric.value}–${metric.max}`}`];
  lines.push(`unit: ${metric.unit === '' ? '(none)' : metric.unit}`, `kind: ${metric.kind}`);
  if (metric.approx !== null) lines.push(`approx: ${metric.approx}`);
  lines.push(`subject: ${metric.subject ?? '(none)'}`);
  if (metric.indicator !== null) lines.push(`indicator: ${metric.indicator}`);
  if (metric.change !== null) {
    lines.push(`change: ${metric.change.direction}${metric.change.basis === null ? '' : ` (${metric.change.basis})`}`);
  }
  return lines.join('\n');
}

/** The issuer's name and what is known of it: level, kind, department, region. */
export function issuerFacts(issuer: Issuer): [label: string, value: string][] {
  const facts: [string, string][] = [['issuer', issuer.name]];
  if (issuer.mention !== issuer.name) facts.push(['as written', issuer.mention]);
  facts.push(['found in', issuer.source]);
  if (issuer.level !== null) facts.push(['level', issuer.level]);
  facts.push(['kind', issuer.kind]);
  if (issuer.department !== null) facts.push(['department', issuer.department]);
  const region = issuer.region;
  if (region !== null) {
    const names = [region.province, region.prefecture, region.county, region.township].filter((n): n is string => n !== null);
    facts.push(['region', `${names.join(' ')}${region.code === null ? '' : ` (${region.code})`}`]);
  }
  return facts;
}

/** "一、加强领导" */
export function sectionLabel(section: Section): string {
  return `${section.marker}${section.title}`;
}

export function listItemTip(kind: 'problem' | 'plan', index: number, item: ListItem): string {
  return `${kind} ${index + 1}${item.title === null ? '' : `: ${item.title}`}`;
}

export function citationTip(citation: Citation): string {
  return `cited ${citation.kind}${citation.docNumber === null ? '' : `, ${citation.docNumber}`}`;
}
