// Bounds the tasks in flight, so a batch of any size holds only a few results in memory.

/** A counting semaphore bounding the tasks in flight. */
export function limiter(size: number): { acquire(): Promise<void>; release(): void } {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((done) => waiting.push(done));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}
