// The command's arguments → the inputs, in order: files as given, directories walked for report
// files (sorted), globs expanded (sorted), "-" for stdin. An argument that names nothing becomes a
// failed input, so the batch goes on. The output file is never an input.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ErrorCode } from './errors.js';
import { UsageError } from './errors.js';
import { notRegular, openError } from './readDocument.js';
import { byCodePoint, walkDirectory } from './walk.js';

export type Source =
  | { kind: 'path'; path: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; name: string; code: ErrorCode; message: string };

export interface Inputs {
  sources: Source[];
  /** Files a directory walk passed over for their extension. */
  skipped: number;
}

async function expandOne(arg: string, excluded: ReadonlySet<string>): Promise<Inputs> {
  if (arg === '-') return { sources: [{ kind: 'stdin' }], skipped: 0 };
  let info;
  try {
    info = await stat(arg);
  } catch (error) {
    const failure = openError(error);
    if (failure.code !== 'not-found') return { sources: [{ kind: 'missing', name: arg, code: failure.code, message: failure.message }], skipped: 0 };
  }
  if (info?.isDirectory()) {
    const { found, skipped } = await walkDirectory(arg, excluded);
    return { sources: found, skipped };
  }
  if (info) {
    const why = notRegular(info);
    return { sources: [why === null ? { kind: 'path', path: arg } : { kind: 'missing', name: arg, code: 'unreadable', message: why }], skipped: 0 };
  }
  if (isDynamicPattern(arg)) {
    const files = await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false });
    const kept = files.filter((path) => !excluded.has(resolve(path)));
    if (kept.length > 0) return { sources: kept.sort(byCodePoint).map((path) => ({ kind: 'path', path })), skipped: 0 };
    return { sources: [{ kind: 'missing', name: arg, code: 'not-found', message: 'no file matches the pattern' }], skipped: 0 };
  }
  return { sources: [{ kind: 'missing', name: arg, code: 'not-found', message: 'no such file or directory' }], skipped: 0 };
}

/** The paths of `out` (as given and, when it exists, as resolved through links). */
async function outputPaths(out: string | undefined): Promise<Set<string>> {
  if (out === undefined) return new Set();
  const given = resolve(out);
  return new Set([given, await realpath(given).catch(() => given)]);
}

/** Expands the arguments in order, dropping repeats of the same file and the output file. */
export async function expandInputs(args: readonly string[], out?: string): Promise<Inputs> {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
  const excluded = await outputPaths(out);
  const seen = new Set<string>();
  const sources: Source[] = [];
  let skipped = 0;
  for (const arg of args) {
    const expanded = await expandOne(arg, excluded);
    skipped += expanded.skipped;
    for (const source of expanded.sources) {
      if (source.kind === 'path') {
        const key = resolve(source.path);
        if (excluded.has(key) || excluded.has(await realpath(key).catch(() => key))) {
          throw new UsageError(`${source.path} is the output file (--out); it cannot be an input too`);
        }
        if (seen.has(key)) continue;
        seen.add(key);
      }
      sources.push(source);
    }
  }
  return { sources, skipped };
}
