#!/usr/bin/env node
// Generates the attachment fixtures in fixtures/attachments/ from report.txt there:
//   report.pdf   Chromium's print to PDF (playwright-core and the system Chromium, /usr/bin/chromium
//                with fonts-noto-cjk): indented paragraphs wrapped by the page width, a running
//                header, and 第N页 共M页 in the footer.
//   report.docx  the docx package: the headings' 一、 and (一) are Word's automatic numbering, not text.
//   scan.pdf     a page that is one image (a scan): no text layer.
//   encrypted.pdf  scan.pdf encrypted with a user password by qpdf, when qpdf is installed
//                (apt-get install qpdf; it also recompresses report.pdf).
// Run: node scripts/gen-attachments.mjs   (devDependencies: playwright-core, docx)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { chromium } from 'playwright-core';

const dir = new URL('../fixtures/attachments/', import.meta.url);
const lines = readFileSync(new URL('report.txt', dir), 'utf8').trimEnd().split('\n');
const LEVEL0 = /^[一二三四五六七八九十]+、/u;
const LEVEL1 = /^\([一二三四五六七八九十]+\)/u;
const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

// --- PDF ---
const body = lines
  .map((line, i) => {
    if (i === 0) return `<h1>${escape(line)}</h1>`;
    if (i >= lines.length - 2) return `<p class="sign">${escape(line)}</p>`;
    return `<p>${escape(line)}</p>`;
  })
  .join('\n');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK SC', serif; font-size: 15pt; line-height: 1.6; margin: 0; }
h1 { font-size: 18pt; text-align: center; font-weight: normal; margin: 0 0 1em; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.sign { text-align: right; }
</style></head><body>${body}</body></html>`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setContent(html);
  const small = 'font-size:9pt; font-family: Noto Sans CJK SC, serif; width:100%; text-align:center;';
  writeFileSync(
    new URL('report.pdf', dir),
    await page.pdf({
      format: 'A5',
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}">某县市场监督管理局文件</div>`,
      footerTemplate: `<div style="${small}">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>`,
    }),
  );
  // a scan: the page is one picture of text, drawn on a canvas
  await page.setContent(`<!doctype html><html><body style="margin:0"><canvas id="c" width="600" height="200"></canvas><img id="i">
<script>const c=document.getElementById('c');const g=c.getContext('2d');g.fillStyle='#fff';g.fillRect(0,0,600,200);
g.fillStyle='#000';g.font='40px serif';g.fillText('法治政府建设情况报告',40,110);
document.getElementById('i').src=c.toDataURL('image/png');c.remove();</script></body></html>`);
  await page.waitForFunction("document.getElementById('i').complete");
  writeFileSync(new URL('scan.pdf', dir), await page.pdf({ format: 'A6' }));
} finally {
  await browser.close();
}

// qpdf, when installed, halves the PDF (Chromium leaves the embedded CJK font subset loosely packed)
const pdfPath = new URL('report.pdf', dir).pathname;
try {
  execFileSync('qpdf', ['--recompress-flate', '--compression-level=9', '--object-streams=generate', '--replace-input', pdfPath]);
} catch {
  console.warn('qpdf not found: report.pdf left as Chromium wrote it');
}
let encrypted = 'skipped (no qpdf)';
try {
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', new URL('scan.pdf', dir).pathname, new URL('encrypted.pdf', dir).pathname]);
  encrypted = 'written';
} catch {
  if (existsSync(new URL('encrypted.pdf', dir))) encrypted = 'kept (no qpdf)';
}

// --- DOCX: headings numbered by Word ---
const paragraphs = lines.map((line) => {
  if (LEVEL0.test(line)) return new Paragraph({ text: line.replace(LEVEL0, ''), numbering: { reference: 'report', level: 0 } });
  if (LEVEL1.test(line)) return new Paragraph({ text: line.replace(LEVEL1, ''), numbering: { reference: 'report', level: 1 } });
  return new Paragraph({ text: line });
});
const doc = new Document({
  numbering: {
    config: [
      {
        reference: 'report',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
        ],
      },
    ],
  },
  sections: [{ children: paragraphs }],
});
writeFileSync(new URL('report.docx', dir), await Packer.toBuffer(doc));
console.log(`attachments: report.pdf, scan.pdf, report.docx; encrypted.pdf ${encrypted}`);
