// Writes results in input order whatever order they finish in. A result is handed to the stream as
// soon as every result before it is there; the stream buffers it. The caller waits for room()
// before starting more work, so the buffer stays bounded without a round trip per record.
import type { Writable } from 'node:stream';
import { OutputError } from './errors.js';

/** What a result becomes in the output: text, or UTF-8 bytes made by a worker. */
export type Chunk = string | Uint8Array;

/** Bytes the stream may buffer before room() makes the caller wait for it to drain. */
const DEFAULT_HIGH_WATER = 1024 * 1024;

export class OrderedWriter<T> {
  private readonly pending = new Map<number, T>();
  private next = 0;
  /** Results from this index on are never written (see cut). */
  private end = Infinity;
  private failure: OutputError | null = null;

  constructor(
    private readonly stream: Writable,
    /** Names the output in errors: a path, or "stdout". */
    private readonly label: string,
    /** Turns a result into the chunks to write; called in order. */
    private readonly render: (item: T, index: number) => readonly Chunk[],
    /** Called after each item is handed to the stream, in order. */
    private readonly written: (item: T, index: number) => void,
    private readonly highWater: number = DEFAULT_HIGH_WATER,
  ) {}

  /** Hands in the result for input `index`; writes it, and whatever waited for it, at once. */
  put(index: number, item: T): void {
    if (index >= this.end) return;
    this.pending.set(index, item);
    for (;;) {
      const at = this.next;
      if (at >= this.end) return;
      const ready = this.pending.get(at);
      if (ready === undefined) return;
      this.pending.delete(at);
      this.next += 1;
      for (const chunk of this.render(ready, at)) this.write(chunk);
      this.written(ready, at);
    }
  }

  /**
   * Says the result for `index` will never come (its input was abandoned): nothing from it on is
   * written, so the output stays the results of a run of inputs from the first, in order.
   */
  cut(index: number): void {
    this.end = Math.min(this.end, index);
    for (const at of [...this.pending.keys()]) if (at >= this.end) this.pending.delete(at);
  }

  /** Writes raw text after everything written so far (a header, a closing bracket). */
  raw(text: string): void {
    this.write(text);
  }

  /** Resolves when the stream's buffer is under the limit; rejects once a write failed. */
  room(): Promise<void> {
    const broken = this.broken();
    if (broken) return Promise.reject(broken);
    // 'drain' comes only after a write found the buffer over the stream's own mark (16 KB).
    if (this.stream.writableLength < this.highWater || !this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((done, fail) => {
      const settle = (): void => {
        this.stream.off('drain', settle).off('close', settle).off('error', settle);
        const error = this.broken();
        if (error) fail(error);
        else done();
      };
      this.stream.once('drain', settle).once('close', settle).once('error', settle);
    });
  }

  /** Resolves once everything written so far has been written out; rejects once a write failed. */
  flushed(): Promise<void> {
    const broken = this.broken();
    if (broken) return Promise.reject(broken);
    return new Promise((done, fail) => {
      // Writes complete in order: the callback of an empty write runs after all earlier ones.
      this.stream.write('', (error) => {
        if (error) this.failure ??= this.failed(error);
        const failure = this.broken();
        if (failure) fail(failure);
        else done();
      });
    });
  }

  private broken(): OutputError | null {
    if (this.failure) return this.failure;
    if (this.stream.errored) this.failure = this.failed(this.stream.errored);
    else if (this.stream.destroyed) this.failure = this.failed('the stream closed');
    return this.failure;
  }

  private failed(error: unknown): OutputError {
    return new OutputError(`cannot write ${this.label}: ${error instanceof Error ? error.message : String(error)}`);
  }

  private write(chunk: Chunk): void {
    if (chunk.length === 0 || this.broken()) return;
    try {
      this.stream.write(chunk, (error) => {
        if (error) this.failure ??= this.failed(error);
      });
    } catch (error) {
      this.failure ??= this.failed(error);
    }
  }
}
