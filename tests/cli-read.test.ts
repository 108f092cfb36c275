// readInputFile: one open, fstat, reads; the limit checked before reading; stable error codes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/cli/errors.js';
import { readInputFile } from '../src/cli/readDocument.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function codeOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('readInputFile', () => {
  it.each([
    ['an empty file', ''],
    ['one byte', 'a'],
    ['a report-sized file', '法治政府建设年度报告\n'.repeat(400)],
  ])('reads %s byte for byte', (name, content) => {
    const path = put(`${name}.txt`, content);
    expect(Buffer.from(readInputFile(path, 1_000_000).bytes).toString('utf8')).toBe(content);
  });

  it('reads a file of exactly the limit and refuses one byte more before reading it', () => {
    expect(readInputFile(put('ten.txt', '0123456789'), 10).bytes.length).toBe(10);
    expect(codeOf(() => readInputFile(put('eleven.txt', '0123456789a'), 10))).toBe('too-large');
  });

  it('names a missing path, a directory and a path through a file', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const file = put('plain.txt', 'x');
    expect([
      codeOf(() => readInputFile(join(dir, 'missing.txt'), 100)),
      codeOf(() => readInputFile(join(dir, 'sub'), 100)),
      codeOf(() => readInputFile(join(file, 'inside.txt'), 100)),
    ]).toEqual(['not-found', 'unreadable', 'not-found']);
  });
});
