// Writes results in input order whatever order they finish in, waiting for the stream to drain.
import type { Writable } from 'node:stream';

export class OrderedWriter<T> {
  private readonly pending = new Map<number, T>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly stream: Writable,
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
    this.chain = this.chain.then(() => write(this.stream, text));
    return this.chain;
  }

  private async flush(): Promise<void> {
    for (;;) {
      const index = this.next;
      if (!this.pending.has(index)) return;
      const item = this.pending.get(index) as T;
      this.pending.delete(index);
      this.next += 1;
      await write(this.stream, this.render(item, index));
      this.written(item, index);
    }
  }
}

function write(stream: Writable, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((done, fail) => {
    const ok = stream.write(text, (error) => {
      if (error) fail(error);
    });
    if (ok) done();
    else stream.once('drain', () => done());
  });
}
