// The kill-and-resume loop of tests/cli-signals.test.ts and tests/cli-resume.slow.test.ts: start
// `parse --resume`, kill it at a random moment with a random signal, again and again, then let it
// finish; the --out NDJSON file must hold exactly one whole record per input.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParseRecord } from '../../src/cli/record.js';
import { run, runKilled } from './cli.js';

/** `count` small distinct reports in `dir` (fast to parse: the test measures bookkeeping, not parsing). */
export function smallBatch(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const text = `某市第${i}局2021年度法治政府建设工作报告\n一、主要工作\n全年办理行政复议案件${i + 1}件,同比增长${i % 50}%。\n`;
    writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), text);
  }
  return dir;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGKILL'];

/**
 * Kills runs at random points within the time a whole run takes, until `kills` of them were killed
 * (a run that finished before its signal starts the output over, so every kill lands in the middle
 * of a batch), then runs to the end; resolves to the files recorded, sorted, and the number of kills.
 */
export async function killAndResume(batch: string, out: string, kills: number, maxDelayMs = 2500): Promise<{ files: string[]; kills: number }> {
  // how long a whole run takes here: a kill is drawn within most of it (a fast machine finishes a
  // small batch before a fixed delay runs out, and a run that finishes counts no kill)
  const started = Date.now();
  expect(run(['parse', batch, '-o', out, '-q', '--jobs', '1']).status).toBe(0);
  const reach = Math.max(50, Math.min(maxDelayMs, Math.floor(0.8 * (Date.now() - started))));
  rmSync(out, { force: true });
  let killed = 0;
  for (let runs = 0; killed < kills && runs < kills * 10; runs += 1) {
    const signal = SIGNALS[Math.floor(Math.random() * SIGNALS.length)]!;
    const delay = Math.floor(Math.random() * reach);
    const result = await runKilled(['parse', batch, '-o', out, '--resume', '-q', '--jobs', '1'], { signals: [signal], delay });
    if (result.status === 0) {
      rmSync(out, { force: true });
      continue;
    }
    expect([130, 143, null]).toContain(result.status);
    killed += 1;
  }
  const last = run(['parse', batch, '-o', out, '--resume', '-q']);
  expect(last.status).toBe(0);
  const text = readFileSync(out, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const records = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ParseRecord);
  const files = records.map((r) => r.file);
  expect(new Set(files).size).toBe(files.length); // exactly once each
  return { files: [...files].sort(), kills: killed };
}
