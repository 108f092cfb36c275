// A per-file time limit. Parsing is synchronous, so a worker cannot stop itself: each worker
// writes, in a buffer shared with the main thread, which task it runs and since when; the main
// thread aborts a task that runs too long, and piscina replaces the worker that ran it.

/** Slots for worker threads (a replaced worker takes a new slot; indices wrap). */
const SLOTS = 256;
/** Int32 fields: [0] the next free slot, then per slot: task number + 1 (0 = idle), start time. */
const FIELDS_PER_SLOT = 2;

export interface WatchBoard {
  buffer: SharedArrayBuffer;
  /** Date.now() when the board was made: times are stored as milliseconds since then. */
  epoch: number;
}

export function createWatchBoard(): WatchBoard {
  return { buffer: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + SLOTS * FIELDS_PER_SLOT)), epoch: Date.now() };
}

/** The worker side: claims a slot once, then marks each task's start and end. */
export function workerSlot(board: WatchBoard): { start(task: number): void; end(): void } {
  const view = new Int32Array(board.buffer);
  const base = 1 + (Atomics.add(view, 0, 1) % SLOTS) * FIELDS_PER_SLOT;
  return {
    start(task) {
      Atomics.store(view, base + 1, Date.now() - board.epoch);
      Atomics.store(view, base, task + 1);
    },
    end() {
      Atomics.store(view, base, 0);
    },
  };
}

/** The main side: calls `overdue(task)` for each task running for longer than `limitMs`. */
export function watch(board: WatchBoard, limitMs: number, overdue: (task: number) => void): () => void {
  const view = new Int32Array(board.buffer);
  const timer = setInterval(
    () => {
      const now = Date.now() - board.epoch;
      for (let base = 1; base < view.length; base += FIELDS_PER_SLOT) {
        const task = Atomics.load(view, base) - 1;
        if (task >= 0 && now - Atomics.load(view, base + 1) > limitMs) overdue(task);
      }
    },
    Math.min(1000, Math.max(50, limitMs / 4)),
  );
  timer.unref();
  return () => clearInterval(timer);
}
