// Reads the NDJSON records `fazhi-report parse` wrote, from files, globs or stdin ("-"): every
// non-empty line is one input, and a path that names nothing is one failed input.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import { recordFromLine } from './records.js';
import type { DatasetInput } from './rows.js';

export interface Counted {
  ok: number;
  failed: number;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The files an argument names: itself, or the sorted matches of a glob (none: a failed input). */
async function filesOf(arg: string): Promise<string[] | DatasetInput> {
  if (arg === '-' || !isDynamicPattern(arg)) return [arg];
  const found = await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false });
  if (found.length === 0) return { file: arg, ok: false, error: { code: 'not-found', message: 'no file matches the pattern' } };
  return found.sort(byCodePoint);
}

async function streamOf(path: string): Promise<NodeJS.ReadableStream | DatasetInput> {
  if (path === '-') return process.stdin;
  try {
    return (await open(path)).createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { file: path, ok: false, error: { code: code === 'ENOENT' ? 'not-found' : 'unreadable', message } };
  }
}

/** Hands each record of each argument to `add`, in order; counts them. */
export async function readRecordFiles(args: readonly string[], add: (input: DatasetInput) => void | Promise<void>): Promise<Counted> {
  const counted: Counted = { ok: 0, failed: 0 };
  const take = async (input: DatasetInput): Promise<void> => {
    await add(input);
    if (input.ok) counted.ok += 1;
    else counted.failed += 1;
  };
  for (const arg of args) {
    const files = await filesOf(arg);
    if (!Array.isArray(files)) {
      await take(files);
      continue;
    }
    for (const path of files) {
      const stream = await streamOf(path);
      if (!('on' in stream)) {
        await take(stream);
        continue;
      }
      let lineNo = 0;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        lineNo += 1;
        if (line.trim() !== '') await take(recordFromLine(line, `${path}:${lineNo}`));
      }
    }
  }
  return counted;
}
