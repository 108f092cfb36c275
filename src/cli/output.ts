// Where records go: stdout, or the --out file.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';

export function openOutput(path: string | undefined): Promise<Writable> {
  if (path === undefined) return Promise.resolve(process.stdout);
  return new Promise((done, fail) => {
    const stream = createWriteStream(path);
    stream.once('open', () => done(stream));
    stream.once('error', (error) => fail(new UsageError(`cannot write --out ${path}: ${error.message}`)));
  });
}

/** Ends an --out file; resolves once it is closed (after its last write succeeded or failed). */
export function closeOutput(stream: Writable): Promise<void> {
  if (stream === process.stdout || stream.closed) return Promise.resolve();
  return new Promise((done) => {
    stream.once('close', () => done());
    stream.end();
  });
}
