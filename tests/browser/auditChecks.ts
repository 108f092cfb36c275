// What every audit page must show, checked in the browser's DOM: the whole text, each metric as
// exactly one mark whose text is its raw, and an outline listing every section.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Report, Section } from '../../src/index.js';
import type { El, Win } from './dom.js';

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

export async function expectAuditView(frame: Page | Frame, report: Report, text: string): Promise<void> {
  const seen = await frame.evaluate((count) => {
    const { document } = globalThis as unknown as Win;
    const box = document.querySelector('.text');
    const marks: { n: number; text: string | null }[] = [];
    for (let i = 0; i < count; i += 1) {
      const hits = box ? box.querySelectorAll(`mark.metric[data-i="${i}"]`) : [];
      marks.push({ n: hits.length, text: hits[0]?.textContent ?? null });
    }
    const outline = [...document.querySelectorAll('nav a[data-go]')].map((a) => {
      const target = document.getElementById(a.getAttribute('data-go') ?? '');
      return { label: a.textContent, heading: target?.textContent ?? null };
    });
    return { text: box?.textContent ?? null, marks, allMarks: box ? box.querySelectorAll('mark.metric').length : -1, outline };
  }, report.metrics.length);
  expect(seen.text).toBe(text);
  expect(seen.allMarks).toBe(report.metrics.length);
  expect(seen.marks).toEqual(report.metrics.map((m) => ({ n: 1, text: m.raw })));
  const sections = flatten(report.sections);
  expect(seen.outline).toEqual(
    sections.map((s) => ({ label: `${s.marker}${s.title}`, heading: text.slice(s.headingSpan.start, s.headingSpan.end) })),
  );
}

/** Whether the element is inside the viewport (after a scroll). */
export async function inView(frame: Page | Frame, selector: string): Promise<boolean> {
  return frame.locator(selector).evaluate((el) => {
    const r = (el as unknown as El).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (globalThis as unknown as Win).innerHeight;
  });
}
