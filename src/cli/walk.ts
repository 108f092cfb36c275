// A directory walk for report files: every real directory once (a symbolic link back up the tree is
// not followed twice), dot files and dot directories passed over, files of no input format counted
// as skipped, files that are not regular files (a FIFO) and broken or looping links kept as failed
// inputs, so that they get a record instead of hanging a worker or vanishing.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { extensionOf, formatForExtension } from '../input/formats.js';
import type { ErrorCode } from './errors.js';
import { notRegular, openError } from './readDocument.js';

/** What a walk finds: files to read, failures known from the walk, and a count of others. */
export interface Walked {
  /** Report files and failures, in code-point order of their paths. */
  found: ({ kind: 'path'; path: string } | { kind: 'missing'; name: string; code: ErrorCode; message: string })[];
  /** Files passed over because no input format lists their extension. */
  skipped: number;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Walks `root`; `excluded` holds resolved paths never taken as inputs (the output file). */
export async function walkDirectory(root: string, excluded: ReadonlySet<string>): Promise<Walked> {
  const seenDirs = new Set<string>();
  const found: Walked['found'] = [];
  let skipped = 0;
  const visit = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      found.push({ kind: 'missing', name: dir, code: 'unreadable', message: openError(error).message });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let why: string | null = entry.isFile() || isDir ? null : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path);
          isDir = info.isDirectory();
          why = isDir ? null : notRegular(info);
        } catch (error) {
          if (formatForExtension(extensionOf(entry.name))) {
            const failure = openError(error);
            found.push({ kind: 'missing', name: path, code: failure.code, message: failure.message });
          }
          continue;
        }
      }
      if (isDir) {
        await visit(path);
        continue;
      }
      if (!formatForExtension(extensionOf(entry.name))) {
        skipped += 1;
        continue;
      }
      if (excluded.has(await realpath(path).catch(() => path))) continue;
      if (why === 'other') {
        const info = await stat(path).catch(() => null);
        why = info ? notRegular(info) : 'not a file';
      }
      if (why === null) found.push({ kind: 'path', path });
      else found.push({ kind: 'missing', name: path, code: 'unreadable', message: why });
    }
  };
  await visit(root);
  const key = (item: Walked['found'][number]): string => relative(root, item.kind === 'path' ? item.path : item.name);
  found.sort((a, b) => byCodePoint(key(a), key(b)));
  return { found, skipped };
}
