// The command's arguments → the inputs, in order: files as given, directories walked for report
// files (sorted), globs expanded (sorted), "-" for stdin. An argument that names nothing becomes a
// failed input, so the batch goes on.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ErrorCode } from './errors.js';
import { UsageError } from './errors.js';

/** Files a directory walk picks up. */
export const REPORT_FILE_PATTERN = '**/*.{txt,html,htm}';

export type Source =
  | { kind: 'path'; path: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; name: string; code: ErrorCode; message: string };

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string): Promise<string[]> {
  const found = await glob(REPORT_FILE_PATTERN, { cwd: dir, caseSensitiveMatch: false, dot: false, onlyFiles: true });
  return found.sort(byCodePoint).map((p) => join(dir, p));
}

async function expandOne(arg: string): Promise<Source[]> {
  if (arg === '-') return [{ kind: 'stdin' }];
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) {
    const files = await walk(arg);
    return files.map((path) => ({ kind: 'path', path }));
  }
  if (info) return [{ kind: 'path', path: arg }];
  if (isDynamicPattern(arg)) {
    const files = await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false });
    if (files.length > 0) return files.sort(byCodePoint).map((path) => ({ kind: 'path', path }));
    return [{ kind: 'missing', name: arg, code: 'not-found', message: 'no file matches the pattern' }];
  }
  return [{ kind: 'missing', name: arg, code: 'not-found', message: 'no such file or directory' }];
}

/** Expands the arguments in order, dropping repeats of the same file. */
export async function expandInputs(args: readonly string[]): Promise<Source[]> {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const arg of args) {
    for (const source of await expandOne(arg)) {
      if (source.kind === 'path') {
        const key = resolve(source.path);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(source);
    }
  }
  return out;
}
