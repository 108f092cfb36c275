// `fazhi-report view`, run as the BUILT command line (dist/cli.js, made by `npm test`'s pretest).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { OkRecord } from '../src/cli/record.js';
import { parseReport } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = process.env.FAZHI_CLI ?? join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'fixtures', 'seed-000.txt');
const TEMPLATE = readFileSync(join(ROOT, 'fixtures', 'cli', 'page-template.html'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'fazhi-view-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function pageText(html: string): string {
  const doc = parseDocument(html);
  const box = DomUtils.findOne((el) => el.attribs['class'] === 'text', doc.children);
  return DomUtils.textContent(box!);
}

describe('fazhi-report view', () => {
  it('writes one page with every metric of the report marked', () => {
    const out = join(dir, 'one.html');
    const r = run(['view', SEED, '-o', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const text = readFileSync(SEED, 'utf8');
    expect(pageText(html)).toBe(text);
    const marks = DomUtils.getElementsByTagName('mark', parseDocument(html)).filter((m) => m.attribs['data-i'] !== undefined);
    expect(marks.map((m) => DomUtils.textContent(m))).toEqual(parseReport(text).metrics.map((m) => m.raw));
  });

  it('writes to stdout without -o', () => {
    const r = run(['view', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(pageText(r.stdout)).toBe(readFileSync(SEED, 'utf8'));
  });

  it('shows the text extracted from a GBK page, the same text parse reads', () => {
    const body = readFileSync(SEED, 'utf8').split('\n').map((l) => `<p>${l}</p>`).join('\n');
    const page = join(dir, 'page.html');
    writeFileSync(page, iconv.encode(TEMPLATE.replace('{{CHARSET}}', 'gbk').replace('{{BODY}}', body), 'gbk'));
    const viewed = run(['view', page, '-o', join(dir, 'page-view.html')]);
    expect(viewed.status).toBe(0);
    const parsed = run(['parse', page, '--with-text', '--format', 'json']);
    const [record] = JSON.parse(parsed.stdout) as OkRecord[];
    const shown = pageText(readFileSync(join(dir, 'page-view.html'), 'utf8'));
    expect(shown).toBe(record!.input.text);
    expect(shown).toContain('南昌市卫健委');
    expect(shown).not.toContain('网站地图');
  });

  it('writes a page per input and an index to a directory; a failed input is listed and exits 1', () => {
    const outDir = join(dir, 'site');
    const seeds = ['seed-000.txt', 'seed-001.txt'].map((f) => join(ROOT, 'fixtures', f));
    const r = run(['view', ...seeds, join(dir, 'missing.txt'), '-o', `${outDir}/`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt: not-found');
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'seed-000.html', 'seed-001.html']);
    const index = parseDocument(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const links = DomUtils.getElementsByTagName('a', index).map((a) => a.attribs['href']);
    expect(links).toEqual(['seed-000.html', 'seed-001.html']);
    expect(DomUtils.textContent(index)).toContain('failed: not-found');
  });

  it('gives two inputs with the same base name distinct pages', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    for (const d of [a, b]) {
      rmSync(d, { recursive: true, force: true });
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'r.txt'), readFileSync(SEED));
    }
    const outDir = join(dir, 'same');
    expect(run(['view', join(a, 'r.txt'), join(b, 'r.txt'), '-o', outDir]).status).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'r-2.html', 'r.html']);
  });

  it('refuses several inputs without a directory (usage error, exit 2)', () => {
    const seeds = ['seed-000.txt', 'seed-001.txt'].map((f) => join(ROOT, 'fixtures', f));
    expect(run(['view', ...seeds, '-o', join(dir, 'x.html')]).status).toBe(2);
    expect(run(['view', ...seeds]).status).toBe(2);
  });
});
