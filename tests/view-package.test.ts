// The built subpath export `fazhi-report/view` (made by `npm test`'s pretest build): ESM and CJS
// resolve through package.json "exports" and render the same page as src/view.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { renderReportPage } from '../src/view/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEXT = '某县人民政府2021年法治政府建设年度报告\n一、加强领导\n全年办理案件12件<b>。\n';

function run(args: string[]): string {
  if (!existsSync(join(ROOT, 'dist', 'view.js'))) throw new Error('dist/view.js is missing: run `npm test` (its pretest builds dist/) or `npx tsup`');
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

const expected = renderReportPage(parseReport(TEXT), TEXT, { name: 'a.txt' });

describe('fazhi-report/view', () => {
  it('imports as ESM', () => {
    const script = `import { parseReport } from 'fazhi-report'; import { renderReportPage } from 'fazhi-report/view';
      const text = ${JSON.stringify(TEXT)}; process.stdout.write(renderReportPage(parseReport(text), text, { name: 'a.txt' }));`;
    expect(run(['--input-type=module', '-e', script])).toBe(expected);
  });

  it('requires as CommonJS', () => {
    const script = `const { parseReport } = require('fazhi-report'); const { renderReportPage } = require('fazhi-report/view');
      const text = ${JSON.stringify(TEXT)}; process.stdout.write(renderReportPage(parseReport(text), text, { name: 'a.txt' }));`;
    expect(run(['-e', script])).toBe(expected);
  });
});
