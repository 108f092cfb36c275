// The piscina worker: one module graph per thread, so the library (and nodejieba, if the library
// loads it) is loaded once per worker and reused for every task.
import { workerData } from 'piscina';
import { processTask } from './processTask.js';
import type { Task, TaskResult, WorkerSettings } from './task.js';

const settings = workerData as WorkerSettings;

export default function run(task: Task): TaskResult {
  return processTask(task, settings);
}
