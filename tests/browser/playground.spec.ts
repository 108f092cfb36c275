// The playground (dist/playground/index.html, made by the build) opened from disk in Chromium:
// pasted text and dropped files (UTF-8, GBK) give the report the library and the CLI give.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OkRecord } from '../../src/cli/record.js';
import { parseReport, type Report } from '../../src/index.js';
import { expectAuditView } from './auditChecks.js';
import { megabyteReport } from './bigReport.js';
import { CLI, ROOT, screenshot, useBrowser } from './chromium.js';
import type { Win } from './dom.js';

const PLAYGROUND = pathToFileURL(join(ROOT, 'dist', 'playground', 'index.html')).href;
const TEMPLATE = readFileSync(join(ROOT, 'fixtures', 'cli', 'page-template.html'), 'utf8');
const fixture = (name: string): string => readFileSync(join(ROOT, 'fixtures', name), 'utf8');
const session = useBrowser('fazhi-playground-');
const { dir } = session;

async function openPlayground(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(PLAYGROUND);
  return page;
}

/** Waits for the parse to finish and the audit view to load; returns the view's frame. */
async function auditFrame(page: Page) {
  await page.waitForSelector('body[data-state="done"]');
  const frame = page.frameLocator('#view');
  await frame.locator('.text').waitFor();
  const handle = await page.locator('#view').elementHandle();
  return (await handle!.contentFrame())!;
}

async function downloadedReport(page: Page): Promise<Report> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Report;
}

/** Drops a file on the page the way a user's drag and drop does (a DataTransfer with one File). */
async function dropFile(page: Page, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
      };
      const t = new g.DataTransfer();
      t.items.add(new g.File([new Uint8Array(data)], name, { type }));
      return t;
    },
    { name, data: [...bytes], type },
  );
  await page.dispatchEvent('#text', 'drop', { dataTransfer: transfer });
}

function cliReport(path: string): { report: Report; text: string } {
  const r = spawnSync(process.execPath, [CLI, 'parse', path, '--format', 'json', '--with-text'], { encoding: 'utf8' });
  const [record] = JSON.parse(r.stdout) as OkRecord[];
  return { report: record!.report, text: record!.input.text! };
}

describe('the playground in Chromium', () => {
  it('parses pasted text: the audit view marks every metric and lists the sections; the JSON is parseReport’s', async () => {
    const text = fixture('seed-000.txt');
    const page = await openPlayground();
    await page.fill('#text', text);
    await page.click('#parse');
    const frame = await auditFrame(page);
    const report = parseReport(text);
    await expectAuditView(frame, report, text);
    expect(await downloadedReport(page)).toEqual(report);
    await screenshot(page, 'playground-pasted');
    await page.close();
    expect(session.browser.errors).toEqual([]);
    expect(session.browser.requests).toEqual([]);
  });

  it('a GBK text file dropped on the page gives the report the CLI gives', async () => {
    const path = join(dir, 'seed-001-gbk.txt');
    writeFileSync(path, iconv.encode(fixture('seed-001.txt'), 'gbk'));
    const page = await openPlayground();
    await dropFile(page, 'seed-001-gbk.txt', readFileSync(path), 'text/plain');
    const frame = await auditFrame(page);
    const { report, text } = cliReport(path);
    expect(await page.locator('#text').inputValue()).toBe(text);
    expect(await page.locator('#status').textContent()).toContain('gb18030 (detected)');
    await expectAuditView(frame, report, text);
    expect(await downloadedReport(page)).toEqual(report);
    await page.close();
    expect(session.browser.errors).toEqual([]);
  });

  it('a GBK HTML page (declared in <meta>) dropped on the page gives the CLI’s text and report', async () => {
    const body = fixture('seed-002.txt').split('\n').map((line) => `<p>${line}</p>`).join('\n');
    const path = join(dir, 'seed-002.html');
    writeFileSync(path, iconv.encode(TEMPLATE.replace('{{CHARSET}}', 'gbk').replace('{{BODY}}', body), 'gbk'));
    const page = await openPlayground();
    await dropFile(page, 'seed-002.html', readFileSync(path), 'text/html');
    const frame = await auditFrame(page);
    const { report, text } = cliReport(path);
    expect(await page.locator('#status').textContent()).toContain('html, gb18030 (declared)');
    await expectAuditView(frame, report, text);
    expect(await downloadedReport(page)).toEqual(report);
    await screenshot(page, 'playground-gbk-html');
    await page.close();
    expect(session.browser.errors).toEqual([]);
  });

  it('shows what it cannot parse as an error, not a crash', async () => {
    const page = await openPlayground();
    await page.fill('#text', '一'.repeat(1_000_001));
    await page.click('#parse');
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.locator('#status').textContent()).toContain('over the limit of 1000000');
    expect(await page.locator('#download').isDisabled()).toBe(true);
    await page.close();
    expect(session.browser.errors).toEqual([]);
  });

  it('parses and shows a 1 MB report (times printed: parse, page built, page shown)', async () => {
    const text = megabyteReport();
    const runs: { parse: number; show: number }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await openPlayground();
      await page.locator('#text').evaluate((el, value) => {
        (el as unknown as { value: string }).value = value;
      }, text);
      await page.click('#parse');
      const frame = await auditFrame(page);
      const times = await page.evaluate(() => ({ ...(globalThis as unknown as Win).document.body.dataset }));
      // "12 ms" → 12: the page's own clock, so the test's round trips are not counted.
      const parse = Number.parseInt(times['parseMs'] ?? '', 10);
      const show = Number.parseInt(times['buildMs'] ?? '', 10) + Number.parseInt(times['showMs'] ?? '', 10);
      runs.push({ parse, show });
      if (i === 0) await expectAuditView(frame, parseReport(text), text);
      await page.close();
    }
    const best = Math.min(...runs.map((r) => r.show));
    console.log(
      `playground, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB report: audit view built and shown in ${best} ms, parsed in ${Math.min(...runs.map((r) => r.parse))} ms (runs: ${runs.map((r) => `${r.parse}+${r.show}`).join(', ')} ms)`,
    );
    // The page's own 2 s budget is asserted in audit.spec.ts (the same page, opened from disk); here
    // the figures are printed: on a loaded machine the parse and the iframe share one thread.
    expect(session.browser.errors).toEqual([]);
  });
});
