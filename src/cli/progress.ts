// Progress on stderr: a bar (done/total, rate, ETA) only when stderr is a terminal, and a summary
// line at the end.
import { createRequire } from 'node:module';

type CliProgress = typeof import('cli-progress');

export interface Tally {
  files: number;
  ok: number;
  failed: number;
  metrics: number;
}

export interface Progress {
  /** More inputs became known (--ndjson-in discovers them while reading). */
  grow(total: number): void;
  tick(tally: Tally): void;
  stop(): void;
}

const silent: Progress = { grow() {}, tick() {}, stop() {} };

export function createProgress(enabled: boolean, total: number): Progress {
  if (!enabled) return silent;
  // Loaded only for a terminal: a run with stderr redirected (most batch runs) spares ~12 ms of start-up.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as CliProgress;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0', failed: 0 });
  return {
    grow(n) {
      bar.setTotal(n);
    },
    tick(tally) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? (tally.files / seconds).toFixed(1) : '0.0';
      bar.update(tally.files, { rate, failed: tally.failed });
    },
    stop() {
      bar.stop();
    },
  };
}

/** Inputs passed over: files of no input format in a directory walk, records already there (--resume). */
export interface Passed {
  skipped: number;
  resumed: number;
}

/** The last line on stderr; it names the worker count, which --jobs auto chose. */
export function summaryLine(tally: Tally, seconds: number, workers: number, passed: Passed = { skipped: 0, resumed: 0 }): string {
  const threads = `${workers} ${workers === 1 ? 'worker' : 'workers'}`;
  const extra = [
    passed.skipped > 0 ? `${passed.skipped} skipped (not an input format)` : '',
    passed.resumed > 0 ? `${passed.resumed} already in --out (resumed)` : '',
  ].filter(Boolean);
  const counts = [`${tally.files} files`, `${tally.ok} ok`, `${tally.failed} failed`, `${tally.metrics} metrics`, ...extra, threads];
  return `fazhi-report: ${counts.join(', ')}, ${seconds.toFixed(2)} s\n`;
}
