// Golden fixtures: every fixtures/<name>.txt has fixtures/<name>.json, the whole report it parses
// to. Regenerate with `npm run fixtures:update` and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type Report, type Section } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const update = process.env.FIXTURES_UPDATE === '1';
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

describe.each(names)('fixture %s', (name) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const report: Report = parseReport(text);
  const goldenPath = join(dir, `${name}.json`);

  it('matches its golden JSON', () => {
    if (update) writeFileSync(goldenPath, `${JSON.stringify(report, null, 1)}\n`);
    expect(existsSync(goldenPath), `${goldenPath} is missing: run npm run fixtures:update`).toBe(true);
    expect(report).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it('passes ReportSchema and every span slices back', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    for (const m of report.metrics) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
    for (const s of flatten(report.sections)) {
      expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toContain(s.marker);
      expect(s.span.start).toBe(s.headingSpan.start);
      for (const item of s.items) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
    for (const item of [...report.problems, ...report.plans]) {
      expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
    if (report.issuer) expect(text.slice(report.issuer.span.start, report.issuer.span.end)).toBe(report.issuer.mention);
  });
});
