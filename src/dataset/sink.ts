// The stream the parse command writes its NDJSON records into when the dataset command runs it:
// each line is one record, which goes straight into the database.
import { Writable } from 'node:stream';
import type { DatasetInput } from './rows.js';

/**
 * A Writable that hands every NDJSON line written to it, parsed, to `add`, once `ready()` has
 * resolved (the database opens meanwhile); `add` throwing or `ready()` rejecting fails the stream
 * (and so the batch). Lines split on \n only: JSON escapes every other line break.
 */
export function recordSink(add: (input: DatasetInput) => void | Promise<void>, ready: () => Promise<unknown>): Writable {
  // TextDecoder: half the time of string_decoder on these chunks (a record or a batch of them each)
  const decoder = new TextDecoder();
  let pending = '';
  /** Adds each whole line; resolves once every record that `add` took a promise for is in. */
  const take = async (text: string): Promise<void> => {
    pending += text;
    let newline = pending.indexOf('\n');
    let from = 0;
    while (newline !== -1) {
      const line = pending.slice(from, newline);
      from = newline + 1;
      newline = pending.indexOf('\n', from);
      if (line.trim() === '') continue;
      // the stream takes the next chunk only once this one is done: `pending` is ours meanwhile
      const added = add(JSON.parse(line) as DatasetInput);
      if (added) await added;
    }
    pending = pending.slice(from);
  };
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      ready().then(() => take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))).then(() => done(), done);
    },
    final(done) {
      ready().then(() => take(`${decoder.decode()}\n`)).then(() => done(), done);
    },
  });
}
