// The BUILT command line (dist/cli.js) on PDF, DOCX and DOC inputs, as a subprocess.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { OkRecord, ParseRecord } from '../src/cli/record.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = process.env.FAZHI_CLI ?? join(ROOT, 'dist', 'cli.js');
const DIR = join(ROOT, 'fixtures', 'attachments');
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-attach-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], options: { input?: Uint8Array; env?: Record<string, string> } = {}): { status: number | null; records: ParseRecord[]; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'parse', ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const records = result.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as ParseRecord);
  return { status: result.status, records, stderr: result.stderr };
}

const byName = (records: ParseRecord[], name: string): ParseRecord => records.find((r) => r.file.endsWith(name))!;

describe('fazhi-report parse on attachments (built CLI)', () => {
  it('a directory walk takes .pdf and .docx with the .txt: one record per input, spans index the extracted text', () => {
    const { status, records } = run([DIR, '--with-text']);
    expect(status).toBe(1); // some inputs failed (the scan, the encrypted one)
    expect(records.map((r) => r.file.slice(DIR.length + 1)).sort()).toEqual(['encrypted.pdf', 'report.docx', 'report.pdf', 'report.txt', 'scan.pdf']);
    const text = byName(records, 'report.txt') as OkRecord;
    for (const name of ['report.pdf', 'report.docx']) {
      const record = byName(records, name) as OkRecord;
      expect(record.ok).toBe(true);
      expect(record.input.format).toBe(name.slice(7));
      expect(record.input.encodingSource).toBe('extracted');
      const extracted = record.input.text!;
      expect(record.input.chars).toBe(extracted.length);
      expect(record.report.year).toBe(text.report.year);
      expect(record.report.metrics.map((m) => [m.value, m.unit])).toEqual(text.report.metrics.map((m) => [m.value, m.unit]));
      for (const m of record.report.metrics) expect(extracted.slice(m.span.start, m.span.end)).toBe(m.raw);
      const issuer = record.report.issuer!;
      expect(extracted.slice(issuer.span.start, issuer.span.end)).toBe(issuer.mention);
    }
    expect(byName(records, 'scan.pdf')).toMatchObject({ ok: false, error: { code: 'no-text' } });
    expect(byName(records, 'encrypted.pdf')).toMatchObject({ ok: false, error: { code: 'encrypted' } });
  });

  it('the bytes decide: a PDF on stdin, a PDF called .txt, a page saved as .pdf', () => {
    const pdf = readFileSync(join(DIR, 'report.pdf'));
    expect(run(['-'], { input: pdf }).records[0]).toMatchObject({ ok: true, input: { format: 'pdf' } });
    copyFileSync(join(DIR, 'report.pdf'), join(tmp, 'named.txt'));
    writeFileSync(join(tmp, 'page.pdf'), `<!doctype html><html><body><p>${readFileSync(join(DIR, 'report.txt'), 'utf8')}</p></body></html>`);
    const { records } = run([join(tmp, 'named.txt'), join(tmp, 'page.pdf')]);
    expect(records.map((r) => r.ok && r.input.format)).toEqual(['pdf', 'html']);
  });

  it('a missing optional reader is an error record that says how to install it; the batch goes on', () => {
    const { records } = run([join(DIR, 'report.pdf'), join(DIR, 'report.txt')], { env: { FAZHI_REPORT_TEST_MISSING: 'pdfjs-dist' } });
    expect(records[0]).toMatchObject({ ok: false, error: { code: 'missing-reader' } });
    expect(records[0]!.ok === false && records[0]!.error.message).toContain('npm install pdfjs-dist');
    expect(records[1]!.ok).toBe(true);
  });

  it('a broken DOCX and a .doc word-extractor cannot read are corrupt records', () => {
    const docx = readFileSync(join(DIR, 'report.docx'));
    writeFileSync(join(tmp, 'cut.docx'), docx.subarray(0, 400));
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(600)]);
    writeFileSync(join(tmp, 'bad.doc'), ole);
    const { records } = run([join(tmp, 'cut.docx'), join(tmp, 'bad.doc')]);
    expect(records.map((r) => !r.ok && r.error.code)).toEqual(['corrupt', 'corrupt']);
  });
});
