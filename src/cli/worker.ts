// The piscina worker: one module graph per thread, so the library and its tables are loaded once
// per worker and reused for every task. A message's records go back as one UTF-8 buffer,
// transferred (not structured-cloned) to the main thread, which writes it as it is.
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { processTask } from './processTask.js';
import { packResults, type ResultBatch, type TaskGroup, type WorkerSettings } from './task.js';
import { workerSlot } from './watchdog.js';
import { loadText } from '../text/index.js';

const settings = workerData as WorkerSettings;
const slot = settings.watch ? workerSlot(settings.watch) : null;
const text = settings.words ? await loadText() : null;

/** A value piscina posts with `transfer` moved, not copied (its Transferable protocol, marked movable). */
function moving<T>(value: T, transfer: ArrayBuffer): T {
  return move({ [transferableSymbol]: [transfer], [valueSymbol]: value } as never) as unknown as T;
}

export default async function run({ seq, tasks }: TaskGroup): Promise<ResultBatch> {
  const done: Awaited<ReturnType<typeof processTask>>[] = [];
  // one task at a time (a PDF's reader is asynchronous), so the watchdog knows which one runs
  for (const [i, task] of tasks.entries()) {
    slot?.start(seq + i);
    try {
      done.push(await processTask(task, settings, text));
    } finally {
      slot?.end();
    }
  }
  const batch = packResults(done);
  return moving(batch, batch.bytes.buffer as ArrayBuffer);
}
