// The piscina worker: one module graph per thread, so the library and its tables are loaded once
// per worker and reused for every task.
import { workerData } from 'piscina';
import { processTask } from './processTask.js';
import type { TaskGroup, TaskResult, WorkerSettings } from './task.js';
import { workerSlot } from './watchdog.js';
import { loadText } from '../text/index.js';

const settings = workerData as WorkerSettings;
const slot = settings.watch ? workerSlot(settings.watch) : null;
const text = settings.words ? await loadText() : null;

export default function run({ seq, tasks }: TaskGroup): TaskResult[] {
  return tasks.map((task, i) => {
    slot?.start(seq + i);
    try {
      return processTask(task, settings, text);
    } finally {
      slot?.end();
    }
  });
}
