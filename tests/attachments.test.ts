// PDF and DOCX attachments (fixtures/attachments, made by scripts/gen-attachments.mjs from
// report.txt): their extracted text parses to what the text parses to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/document.js';
import { parseReport, type Report, type Section } from '../src/index.js';
import { docxToText } from '../src/input/docx.js';
import { ExtractError } from '../src/input/extractError.js';
import { binaryFormatOf, detectFormat, TEXT_FORMAT_NAMES } from '../src/input/formats.js';
import { pdfToText } from '../src/input/node/pdf.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/attachments/${name}`, import.meta.url)));
const TEXT = readFileSync(new URL('../fixtures/attachments/report.txt', import.meta.url), 'utf8');

/**
 * What must survive the trip through a PDF or a DOCX, read through the view: the PDF's font maps
 * some ideographs to Kangxi radicals (⼀ ⼈ ⾏), and Word's numbering writes （一） in full width,
 * so names, markers and titles are compared as the parser sees them (normalised).
 */
function essentials(report: Report) {
  const tree = (sections: readonly Section[]): unknown[] =>
    sections.map((s) => [s.level, s.style, s.ordinal, normalise(s.marker), normalise(s.title), tree(s.children)]);
  return {
    title: report.title === null ? null : normalise(report.title),
    issuer: report.issuer === null ? null : [normalise(report.issuer.name), report.issuer.kind, report.issuer.level],
    year: report.year,
    signedAt: report.signedAt,
    sections: tree(report.sections),
    metrics: report.metrics.map((m) => [m.value, m.unit, m.kind]),
    problems: report.problems.length,
    plans: report.plans.length,
  };
}

/** Every span of the report indexes the extracted text. */
function expectSpansIndex(text: string, report: Report): void {
  for (const m of report.metrics) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      expect(normalise(text.slice(s.headingSpan.start, s.headingSpan.end))).toContain(normalise(s.title));
      walk(s.children);
    }
  };
  walk(report.sections);
}

describe('attachments parse like the text they were made from', () => {
  const expected = essentials(parseReport(TEXT));

  it('the text itself has the parts compared', () => {
    expect(expected.title).toBe('某县市场监督管理局2023年度法治政府建设情况报告');
    expect(expected.sections).toHaveLength(3);
    expect(expected.metrics.length).toBeGreaterThan(5);
  });

  it('PDF (Chromium print): same title, issuer, year, sections, metrics; header and page numbers gone', async () => {
    const text = await pdfToText(fixture('report.pdf'));
    expect(text).not.toContain('文件'); // the running header 某县市场监督管理局文件
    expect(text).not.toMatch(/第\d+页/u);
    // a paragraph wrapped by the page width comes back as one line
    expect(text.split('\n')).toContainEqual(expect.stringMatching(/^全年开展|^局党组把法治政府建设摆在全局.{40,}落到实处。$/u));
    const report = parseReport(text);
    expect(essentials(report)).toEqual(expected);
    expectSpansIndex(text, report);
  });

  it('DOCX: Word numbering becomes the 一、 and （一） markers, so the section tree survives', async () => {
    const text = await docxToText(fixture('report.docx'));
    expect(text).toContain('\n一、主要举措和成效\n（一）加强组织领导\n');
    // level 2 starts again under each level 1
    expect(text).toContain('\n三、下一步工作计划\n（一）持续提升执法能力\n');
    expect(text).toContain('\n（二）推进智慧监管\n');
    const report = parseReport(text);
    expect(essentials(report)).toEqual(expected);
    expectSpansIndex(text, report);
  });

  it('a scan (image-only PDF) is no-text, an encrypted PDF is encrypted, a truncated one corrupt', async () => {
    await expect(pdfToText(fixture('scan.pdf'))).rejects.toMatchObject({ name: 'ExtractError', code: 'no-text' });
    await expect(pdfToText(fixture('encrypted.pdf'))).rejects.toMatchObject({ code: 'encrypted' });
    const pdf = fixture('report.pdf');
    await expect(pdfToText(pdf.subarray(0, 2000))).rejects.toBeInstanceOf(ExtractError);
    await expect(pdfToText(pdf.subarray(0, 2000))).rejects.toMatchObject({ code: 'corrupt' });
    expect(pdf.length).toBe(fixture('report.pdf').length); // PDF.js got a copy
  });

  it('a broken DOCX is corrupt', async () => {
    const docx = fixture('report.docx');
    await expect(docxToText(docx.subarray(0, 300))).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('binaryFormatOf: the bytes decide', () => {
  const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  it.each([
    ['report.pdf', 'pdf'],
    ['report.docx', 'docx'],
    ['scan.pdf', 'pdf'],
    ['report.txt', null],
  ])('%s → %s', (name, format) => {
    expect(binaryFormatOf(fixture(name))).toBe(format);
  });
  it('a ZIP without word/document.xml (an xlsx) and an OLE file without WordDocument are no document', () => {
    expect(binaryFormatOf(bytes('PK\u0003\u0004....xl/workbook.xml'))).toBeNull();
    const ole = '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1';
    expect(binaryFormatOf(bytes(`${ole}....W\0o\0r\0k\0b\0o\0o\0k\0`))).toBeNull();
    expect(binaryFormatOf(bytes(`${ole}....W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0`))).toBe('doc');
    expect(binaryFormatOf(bytes('%PDF'))).toBeNull(); // too short for the signature
  });
});

describe('an extension of a binary format decides nothing without its bytes', () => {
  it.each([
    ['a.pdf', '<!DOCTYPE html><html><body>404', 'html'], // an error page a scraper saved as .pdf
    ['a.docx', '正文', 'text'],
    ['a.doc', '  <div>正文</div>', 'html'],
  ] as const)('%s %j → %s', (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });
  it('the --ndjson-in fields are the text formats only', () => {
    expect(TEXT_FORMAT_NAMES).toEqual(['html', 'text']);
  });
});
