#!/usr/bin/env node
// Runs the built parser on the bundled fixtures and prints what it found in each.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../dist/index.js';

const dir = new URL('../fixtures/', import.meta.url).pathname;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const r = parseReport(text);
  const count = (ss) => ss.reduce((n, s) => n + 1 + count(s.children), 0);
  console.log(`${file}`);
  console.log(`  title     ${r.title ?? '-'}`);
  console.log(`  issuer    ${r.issuer?.name ?? '-'} (${r.issuer?.source ?? '-'})   year ${r.year ?? '-'}   published ${r.publishedAt ?? '-'}   signed ${r.signedAt ?? '-'}`);
  console.log(`  sections  ${count(r.sections)}   metrics ${r.metrics.length}   problems ${r.problems.length}   plans ${r.plans.length}`);
  for (const m of r.metrics.slice(0, 3)) console.log(`    ${m.raw} → ${m.value} ${m.unit}${m.subject ? `  (${m.subject})` : ''}`);
  for (const w of r.warnings) console.log(`  warning   ${w}`);
}
