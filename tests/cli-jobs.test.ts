// --jobs: the worker count chosen for a batch (a pure function of its size and the cores), and
// what is known of a batch's size before the workers start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchSize } from '../src/cli/batchSize.js';
import { groupTasks, type GroupedItem, type Item } from '../src/cli/items.js';
import { AUTO_BREAK_EVEN_BYTES as B, autoJobs, autoThreshold, bytesWorthCounting, tasksPerMessage, workerCount } from '../src/cli/jobs.js';
import { jobsValue } from '../src/cli/optionValues.js';

describe('autoJobs: one worker, another only when the batch repays its fixed cost', () => {
  it.each([
    // inputs, bytes, cores → workers
    [200, 200 * 11_000, 2, 1],
    [5_000, B - 1, 2, 1],
    [6_000, B, 2, 2],
    [100_000, 100 * B, 2, 2],
    [1, 100 * B, 8, 1],
    [3, 100 * B, 8, 3],
    [50_000, 3 * B - 1, 8, 2],
    [50_000, 3 * B, 8, 3],
    [50_000, 6 * B, 8, 4],
    [50_000, 28 * B, 8, 8],
    [50_000, 1000 * B, 8, 8],
    [50_000, 1000 * B, 1, 1],
    [50_000, 1000 * B, 0, 1],
    [0, 0, 4, 1],
    [null, 5 * B, 4, 3],
    [null, null, 4, 1],
    [10_000, null, 4, 1],
  ] as const)('%s inputs, %s bytes, %s cores → %s', (inputs, bytes, cores, workers) => {
    expect(autoJobs({ inputs, bytes }, cores)).toBe(workers);
  });

  it('the k-th worker needs k(k-1)/2 break-evens', () => {
    expect([2, 3, 4, 5].map((k) => autoThreshold(k) / B)).toEqual([1, 3, 6, 10]);
    expect(bytesWorthCounting(2)).toBe(B);
    expect(bytesWorthCounting(4)).toBe(6 * B);
    expect(bytesWorthCounting(1)).toBe(0);
  });
});

describe('workerCount: --jobs N is taken as given, at most one worker per input', () => {
  it.each([
    [1, { inputs: 10_000, bytes: null }, 1],
    [2, { inputs: 200, bytes: null }, 2],
    [8, { inputs: 3, bytes: null }, 3],
    [8, { inputs: 0, bytes: null }, 1],
    [4, { inputs: null, bytes: null }, 4],
    ['auto', { inputs: 200, bytes: 2_000_000 }, 1],
    ['auto', { inputs: 20_000, bytes: 2 * B }, 2],
  ] as const)('--jobs %s on %o → %s', (jobs, batch, workers) => {
    expect(workerCount(jobs, batch, 2)).toBe(workers);
  });
});

describe('tasksPerMessage: several inputs per message while every worker still gets 16 messages', () => {
  it.each([
    // inputs, workers, time limit → inputs per message
    [10_000, 1, false, 8],
    [10_000, 2, false, 8],
    [200, 1, false, 8],
    [200, 2, false, 6],
    [64, 2, false, 2],
    [40, 2, false, 1],
    [6, 1, false, 1],
    [0, 1, false, 1],
    [10_000, 1, true, 1],
    [null, 1, false, 4],
    [null, 1, true, 1],
  ] as const)('%s inputs, %s workers, time limit %s → %s', (inputs, workers, limit, n) => {
    expect(tasksPerMessage(inputs, workers, limit)).toBe(n);
  });
});

describe('groupTasks', () => {
  const task = (path: string): Item => ({ task: { kind: 'file', path } });
  const result = (file: string): Item => ({ ready: { result: { ok: false, file, metrics: 0 }, out: '' } });
  async function* from(items: Item[]): AsyncGenerator<Item> {
    yield* items;
  }
  const names = (groups: GroupedItem[]): string[][] =>
    groups.map((g) => ('tasks' in g ? g.tasks.map((t) => (t.kind === 'file' ? t.path : '?')) : [`result ${g.ready.result.file}`]));
  async function grouped(items: Item[], size: number): Promise<string[][]> {
    const out: GroupedItem[] = [];
    for await (const g of groupTasks(from(items), size)) out.push(g);
    return names(out);
  }

  it('gathers consecutive tasks, keeps order, and lets a ready result through in its place', async () => {
    const items = [task('a'), task('b'), task('c'), result('x'), task('d'), task('e'), task('f'), task('g')];
    expect(await grouped(items, 2)).toEqual([['a', 'b'], ['c'], ['result x'], ['d', 'e'], ['f', 'g']]);
    expect(await grouped(items, 1)).toEqual([['a'], ['b'], ['c'], ['result x'], ['d'], ['e'], ['f'], ['g']]);
    expect(await grouped(items, 8)).toEqual([['a', 'b', 'c'], ['result x'], ['d', 'e', 'f', 'g']]);
    expect(await grouped([], 8)).toEqual([]);
  });
});

describe('jobsValue', () => {
  it.each([
    ['auto', 'auto'],
    [' AUTO ', 'auto'],
    ['1', 1],
    ['16', 16],
  ] as const)('%j → %j', (text, value) => expect(jobsValue(text)).toBe(value));
  it.each(['0', '-2', '1.5', 'max', ''])('%j is refused', (text) => expect(() => jobsValue(text)).toThrow(/auto/));
});

describe('batchSize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, size: number): string => {
    const path = join(dir, name);
    writeFileSync(path, 'x'.repeat(size));
    return path;
  };
  const a = file('a.txt', 100);
  const b = file('b.txt', 250);
  const c = file('c.txt', 1000);

  it('counts the inputs and sums their bytes; a missing input counts as none', () => {
    const sources = [
      { kind: 'path', path: a },
      { kind: 'missing', name: 'x', code: 'not-found', message: 'm' },
      { kind: 'path', path: b },
      { kind: 'path', path: join(dir, 'gone.txt') },
    ] as const;
    expect(batchSize(sources, false, Number.POSITIVE_INFINITY)).toEqual({ inputs: 4, bytes: 350 });
  });

  it('stops counting bytes once there are enough', () => {
    const sources = [a, b, c].map((path) => ({ kind: 'path', path }) as const);
    expect(batchSize(sources, false, 300)).toEqual({ inputs: 3, bytes: 350 });
    expect(batchSize(sources, false, 50)).toEqual({ inputs: 3, bytes: 100 });
  });

  it('--ndjson-in: the number of lines is unknown, the bytes of the files are known', () => {
    expect(batchSize([{ kind: 'path', path: c }], true, Number.POSITIVE_INFINITY)).toEqual({ inputs: null, bytes: 1000 });
    expect(batchSize([], true, Number.POSITIVE_INFINITY)).toEqual({ inputs: null, bytes: null });
  });
});
