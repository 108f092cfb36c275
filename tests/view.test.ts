import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { escapeHtml, renderIndexPage, renderReportPage } from '../src/view/index.js';
import { renderMarked, type Mark } from '../src/view/marks.js';

type Doc = ReturnType<typeof parseDocument>;
type El = ReturnType<typeof DomUtils.getElementsByTagName>[number];

function byClass(doc: Doc, cls: string): El[] {
  return DomUtils.findAll((el) => (el.attribs['class'] ?? '').split(' ').includes(cls), doc.children);
}

function mark(start: number, end: number, className: string, rank: number, atomic = false): Mark {
  return { start, end, rank, tag: 'span', className, first: { id: `${className}-${start}` }, atomic };
}

describe('escapeHtml', () => {
  it.each([
    ['a<b', 'a&lt;b'],
    ['x & y', 'x &amp; y'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#39;s'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['法治政府', '法治政府'],
  ])('%s → %s', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('renderMarked', () => {
  it('nests a metric inside a problem inside a section heading', () => {
    const html = renderMarked('0123456789', [mark(0, 10, 's', 1), mark(2, 8, 'p', 2), mark(4, 6, 'm', 5, true)]);
    expect(html).toBe(
      '<span class="s" id="s-0">01<span class="p" id="p-2">23<span class="m" id="m-4">45</span>67</span>89</span>',
    );
  });

  it('closes and reopens a span that crosses another; only the first piece has the id', () => {
    const html = renderMarked('abcdefgh', [mark(0, 5, 'p', 2), mark(3, 8, 'n', 2)]);
    expect(html).toBe('<span class="p" id="p-0">abc<span class="n" id="n-3">de</span></span><span class="n cont">fgh</span>');
  });

  it('moves a boundary that falls inside a metric to the metric’s edge (a metric is never cut)', () => {
    const html = renderMarked('abcdefgh', [mark(0, 5, 'p', 2), mark(4, 7, 'm', 5, true)]);
    expect(html).toBe('<span class="p" id="p-0">abcd<span class="m" id="m-4">efg</span></span>h');
    const starting = renderMarked('abcdefgh', [mark(5, 8, 'p', 2), mark(3, 6, 'm', 5, true)]);
    expect(starting).toBe('abc<span class="p" id="p-5"><span class="m" id="m-3">def</span>gh</span>');
  });

  it('escapes the text between marks and drops empty or out-of-range spans', () => {
    expect(renderMarked('<a & "b">', [mark(1, 1, 'x', 1), mark(3, 99, 'y', 1)])).toBe(
      '&lt;a <span class="y" id="y-3">&amp; &quot;b&quot;&gt;</span>',
    );
  });

  it('keeps the text and every atomic span whole, whatever the spans (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '<', '&', '"', "'", '法', '\n', '>'), minLength: 0, maxLength: 40 });
    const spans = fc.array(fc.tuple(fc.nat(45), fc.nat(12), fc.constantFrom('s', 'p', 'n', 'm'), fc.nat(5)), { maxLength: 12 });
    fc.assert(
      fc.property(text, spans, (t, raw) => {
        const marks = raw.map(([start, length, cls, rank], i): Mark => ({
          start,
          end: start + length,
          rank,
          tag: cls === 'm' ? 'mark' : 'span',
          className: cls,
          first: { id: `k${i}` },
          attrs: { 'data-k': `k${i}` },
          atomic: cls === 'm',
        }));
        const doc = parseDocument(`<div>${renderMarked(t, marks)}</div>`);
        expect(DomUtils.textContent(doc)).toBe(t);
        // Metrics that overlap no earlier metric are each one element holding exactly their text.
        const atomic = marks.filter((m) => m.atomic && Math.min(m.end, t.length) > Math.min(m.start, t.length));
        atomic.sort((a, b) => a.start - b.start || b.end - a.end);
        let lastEnd = -1;
        for (const m of atomic) {
          if (m.start < lastEnd) continue;
          lastEnd = Math.min(m.end, t.length);
          const els = DomUtils.findAll((el) => el.attribs['id'] === m.first!['id'], doc.children);
          expect(els).toHaveLength(1);
          expect(DomUtils.textContent(els[0]!)).toBe(t.slice(m.start, lastEnd));
          // never cut: no second piece of it (a metric that overlaps a kept one may be cut, this one not)
          expect(DomUtils.findAll((el) => el.attribs['data-k'] === m.first!['id'] && el.attribs['class'] === 'm cont', doc.children)).toHaveLength(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a metric that overlaps a kept one, never the kept one (aaaaa: [2,4) kept, [3,5) moved to [2,5))', () => {
    const marks: Mark[] = [
      { start: 3, end: 5, rank: 0, tag: 'mark', className: 'm', first: { id: 'late' }, atomic: true },
      { start: 1, end: 3, rank: 0, tag: 'span', className: 's', first: { id: 'cell' } },
      { start: 2, end: 4, rank: 0, tag: 'mark', className: 'm', first: { id: 'kept' }, atomic: true },
    ];
    const doc = parseDocument(`<div>${renderMarked('aaaaa', marks)}</div>`);
    expect(DomUtils.textContent(doc)).toBe('aaaaa');
    const kept = DomUtils.findAll((el) => el.attribs['id'] === 'kept', doc.children);
    expect(kept).toHaveLength(1);
    expect(DomUtils.textContent(kept[0]!)).toBe('aa');
  });
});

const SEED = readFileSync(new URL('../fixtures/seed-000.txt', import.meta.url), 'utf8');

describe('renderReportPage', () => {
  const report = parseReport(SEED);
  const doc = parseDocument(renderReportPage(report, SEED, { name: 'seed-000.txt' }));

  it('shows the whole text, and every metric as exactly one mark holding its raw', () => {
    expect(report.metrics.length).toBeGreaterThan(3);
    const [textBox] = byClass(doc, 'text');
    expect(DomUtils.textContent(textBox!)).toBe(SEED);
    const marks = DomUtils.getElementsByTagName('mark', textBox!);
    expect(marks).toHaveLength(report.metrics.length);
    report.metrics.forEach((m, i) => {
      const hits = marks.filter((el) => el.attribs['data-i'] === String(i));
      expect(hits).toHaveLength(1);
      expect(DomUtils.textContent(hits[0]!)).toBe(m.raw);
      expect(hits[0]!.attribs['id']).toBe(`m${i}`);
      expect(hits[0]!.attribs['data-tip']).toContain(`value: ${m.value}`);
    });
  });

  it('links every section of the outline to its heading, whose text is the heading as written', () => {
    const links = DomUtils.findAll((el) => el.name === 'a' && (el.attribs['data-go'] ?? '').startsWith('s'), doc.children);
    const flat = (ss: Report['sections']): Report['sections'] => ss.flatMap((s) => [s, ...flat(s.children)]);
    const sections = flat(report.sections);
    expect(links).toHaveLength(sections.length);
    links.forEach((link, i) => {
      const heading = DomUtils.getElementById(link.attribs['data-go']!, doc.children);
      expect(heading).not.toBeNull();
      expect(DomUtils.textContent(heading!)).toBe(SEED.slice(sections[i]!.headingSpan.start, sections[i]!.headingSpan.end));
      expect(DomUtils.textContent(link)).toBe(`${sections[i]!.marker}${sections[i]!.title}`);
    });
  });

  it('greys the page chrome before the title, and puts title, issuer and dates in the header card', () => {
    const [chrome] = byClass(doc, 'chrome').filter((el) => el.attribs['data-tip'] !== undefined);
    expect(DomUtils.textContent(chrome!)).toBe(SEED.slice(0, SEED.lastIndexOf('\n', report.titleSpan!.start - 1) + 1));
    const [card] = DomUtils.getElementsByTagName('header', doc.children);
    const cardText = DomUtils.textContent(card!);
    expect(cardText).toContain(report.title!);
    expect(cardText).toContain(report.issuer!.name);
    expect(cardText).toContain(String(report.year));
    expect(cardText).toContain(report.publishedAt!);
  });

  it('loads nothing from the network and carries one script, its own', () => {
    const html = renderReportPage(report, SEED);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(DomUtils.getElementsByTagName('script', doc.children)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName('link', doc.children)).toHaveLength(0);
  });
});

describe('HTML in the report text', () => {
  const hostile = `<script>alert("x")</script>人民政府2021年法治政府建设情况报告\n一、"推进" & '落实'\n全年办理案件<b>12件</b>,培训200人次。\n<img src=x onerror=alert(1)>\n`;
  const report = parseReport(hostile);
  const html = renderReportPage(report, hostile, { name: '<b>"name".txt' });
  const doc = parseDocument(html);

  it('is escaped: the page has only its own script and element, and shows the text as written', () => {
    expect(DomUtils.getElementsByTagName('script', doc.children)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName('img', doc.children)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('b', doc.children)).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;推进&quot; &amp; &#39;落实&#39;');
    const [textBox] = byClass(doc, 'text');
    expect(DomUtils.textContent(textBox!)).toBe(hostile);
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('header', doc.children)[0]!)).toContain('<b>"name".txt');
  });

  it('still marks the metrics', () => {
    expect(report.metrics.map((m) => m.raw)).toEqual(expect.arrayContaining(['12件', '200人次']));
    const marks = DomUtils.getElementsByTagName('mark', byClass(doc, 'text')[0]!);
    expect(marks.map((el) => DomUtils.textContent(el))).toEqual(report.metrics.map((m) => m.raw));
  });
});

describe('a report the parser warns about', () => {
  it('renders, with the warnings listed on top', () => {
    const text = '这是一段没有标题也没有章节的文字。';
    const report = parseReport(text);
    expect(report.warnings.length).toBeGreaterThan(0);
    const doc = parseDocument(renderReportPage(report, text));
    const [box] = byClass(doc, 'warnings');
    expect(DomUtils.getElementsByTagName('li', box!).map((li) => DomUtils.textContent(li))).toEqual(report.warnings);
    expect(DomUtils.textContent(byClass(doc, 'text')[0]!)).toBe(text);
  });
});

describe('renderIndexPage', () => {
  it('lists each input with its counts and warnings, links escaped, failures shown', () => {
    const report = parseReport(SEED);
    const html = renderIndexPage([
      { name: 'seed-000.txt', href: 'seed-000.html', report },
      { name: 'x<&>.txt', error: 'binary: "NUL" bytes' },
    ]);
    const doc = parseDocument(html);
    const rows = DomUtils.getElementsByTagName('tr', doc.children).slice(1);
    expect(rows).toHaveLength(2);
    const cells = DomUtils.getElementsByTagName('td', rows[0]!).map((td) => DomUtils.textContent(td));
    expect(cells.slice(0, 8)).toEqual([
      'seed-000.txt',
      report.title,
      report.issuer!.name,
      String(report.year),
      '9',
      String(report.metrics.length),
      String(report.problems.length),
      String(report.plans.length),
    ]);
    expect(DomUtils.getElementsByTagName('a', rows[0]!)[0]!.attribs['href']).toBe('seed-000.html');
    expect(DomUtils.textContent(rows[1]!)).toBe('x<&>.txtfailed: binary: "NUL" bytes');
  });
});
