// The built subpath export `fazhi-report/input` (made by `npm test`'s pretest build): ESM and CJS
// resolve through package.json "exports" and give the same functions as src/input.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BYTES = '[0xc4,0xea,0xb6,0xc8,0x81,0x20]'; // 年度 in GB18030, then a cut lead byte

function run(args: string[]): unknown {
  if (!existsSync(join(ROOT, 'dist', 'input.js'))) throw new Error('dist/input.js is missing: run `npm test` (its pretest builds dist/) or `npx tsup`');
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }));
}

const expected = { decoded: { text: '年度\uFFFD ', encoding: 'gb18030', encodingSource: 'detected', replaced: 1 }, text: '甲\n\n乙' };

describe('fazhi-report/input', () => {
  it('imports as ESM', () => {
    const script = `import { decodeBytes, htmlToText } from 'fazhi-report/input';
      console.log(JSON.stringify({ decoded: decodeBytes(new Uint8Array(${BYTES})), text: htmlToText('<p>甲<p>乙') }));`;
    expect(run(['--input-type=module', '-e', script])).toEqual(expected);
  });

  it('requires as CommonJS', () => {
    const script = `const { decodeBytes, htmlToText } = require('fazhi-report/input');
      console.log(JSON.stringify({ decoded: decodeBytes(new Uint8Array(${BYTES})), text: htmlToText('<p>甲<p>乙') }));`;
    expect(run(['-e', script])).toEqual(expected);
  });
});
