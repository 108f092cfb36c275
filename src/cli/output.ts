// Where records go: stdout, or the --out file. A new --out file is written as a temporary file next
// to it and renamed over it at the end (also after an interruption, once the output is whole), so
// a killed run never leaves half a file under the name. --resume appends to the file instead, after
// cutting a last line that a killed run left unfinished.
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';

export interface Output {
  stream: Writable;
  /** Ends the output; `keep` false (a failed write) drops a temporary file. */
  close(keep: boolean): Promise<void>;
}

function opened(stream: WriteStream, path: string): Promise<WriteStream> {
  return new Promise((done, fail) => {
    stream.once('open', () => done(stream));
    stream.once('error', (error) => fail(new UsageError(`cannot write --out ${path}: ${error.message}`)));
  });
}

function ended(stream: Writable): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((done) => {
    stream.once('close', () => done());
    stream.end();
  });
}

/** Cuts the file after its last line feed (a record a killed run left half written); resolves to its new size. */
export async function cutUnfinishedLine(path: string): Promise<number> {
  const file = await open(path, 'r+').catch(() => null);
  if (!file) return 0;
  try {
    const { size } = await file.stat();
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await file.read(chunk, 0, end - start, start);
      const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at !== -1) {
        end = start + at + 1;
        break;
      }
      end = start;
    }
    if (end < size) await file.truncate(end);
    return end;
  } finally {
    await file.close();
  }
}

/** Records written to a stream the caller gave (the dataset command's); closing ends it. */
export function sinkOutput(stream: Writable): Output {
  return { stream, close: () => ended(stream) };
}

export async function openOutput(path: string | undefined, append: boolean): Promise<Output> {
  if (path === undefined) return { stream: process.stdout, close: () => Promise.resolve() };
  if (append) {
    await cutUnfinishedLine(path);
    const stream = await opened(createWriteStream(path, { flags: 'a' }), path);
    return { stream, close: () => ended(stream) };
  }
  // A dot name: a directory walk passes over it.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = await opened(createWriteStream(temp), path);
  return {
    stream,
    async close(keep) {
      await ended(stream);
      if (keep) await rename(temp, path);
      else await rm(temp, { force: true });
    },
  };
}
