// Writes results in input order whatever order they finish in, waiting for the stream to drain.
import type { Writable } from 'node:stream';
import { OutputError } from './errors.js';

export class OrderedWriter<T> {
  private readonly pending = new Map<number, T>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly stream: Writable,
    /** Names the output in errors: a path, or "stdout". */
    private readonly label: string,
    /** Turns a result into the text to write; called in order. */
    private readonly render: (item: T, index: number) => string,
    /** Called after each item is written, in order. */
    private readonly written: (item: T, index: number) => void,
  ) {}

  /** Hands in the result for input `index`; resolves once it (and everything before it) is written. */
  put(index: number, item: T): Promise<void> {
    this.pending.set(index, item);
    this.chain = this.chain.then(() => this.flush());
    return this.chain;
  }

  /** Writes raw text after everything put so far (a header, a closing bracket). */
  raw(text: string): Promise<void> {
    this.chain = this.chain.then(() => write(this.stream, text, this.label));
    return this.chain;
  }

  private async flush(): Promise<void> {
    for (;;) {
      const index = this.next;
      if (!this.pending.has(index)) return;
      const item = this.pending.get(index) as T;
      this.pending.delete(index);
      this.next += 1;
      await write(this.stream, this.render(item, index), this.label);
      this.written(item, index);
    }
  }
}

function write(stream: Writable, text: string, label: string): Promise<void> {
  if (text === '') return Promise.resolve();
  const failed = (error: unknown): OutputError =>
    new OutputError(`cannot write ${label}: ${error instanceof Error ? error.message : String(error)}`);
  return new Promise((done, fail) => {
    if (stream.destroyed || stream.errored) {
      fail(failed(stream.errored ?? 'the stream is closed'));
      return;
    }
    try {
      const ok = stream.write(text, (error) => {
        if (error) fail(failed(error));
      });
      if (ok) {
        done();
        return;
      }
      const onDrain = (): void => {
        stream.off('close', onClose);
        done();
      };
      const onClose = (): void => {
        stream.off('drain', onDrain);
        fail(failed(stream.errored ?? 'the stream closed'));
      };
      stream.once('drain', onDrain).once('close', onClose);
    } catch (error) {
      fail(failed(error));
    }
  });
}
