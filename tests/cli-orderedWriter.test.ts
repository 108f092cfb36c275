// The ordered writer of the parse command: results go out in input order whatever order they come
// in, and an abandoned input cuts the output there (a run of inputs from the first, in order).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OrderedWriter } from '../src/cli/orderedWriter.js';

function writerOver(): { writer: OrderedWriter<string>; out: () => string; written: number[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const written: number[] = [];
  const writer = new OrderedWriter<string>(stream, 'test', (item) => [item], (_item, index) => written.push(index));
  return { writer, out: () => text, written };
}

describe('OrderedWriter', () => {
  it('writes results in input order, each as soon as those before it are in', async () => {
    const { writer, out, written } = writerOver();
    writer.put(2, 'c');
    writer.put(0, 'a');
    expect(written).toEqual([0]);
    writer.put(1, 'b');
    await writer.flushed();
    expect(out()).toBe('abc');
    expect(written).toEqual([0, 1, 2]);
  });

  it('writes nothing at or after an abandoned input, even results that came in before the cut', async () => {
    const { writer, out, written } = writerOver();
    writer.put(0, 'a');
    writer.put(3, 'd'); // waits for 1 and 2
    writer.cut(2); // input 2 was abandoned
    writer.put(1, 'b');
    writer.put(4, 'e');
    await writer.flushed();
    expect(out()).toBe('ab');
    expect(written).toEqual([0, 1]);
  });
});
