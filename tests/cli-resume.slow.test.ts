// `npm run test:slow`: parse --resume killed at 50 random points in a row (SIGINT, SIGTERM or
// SIGKILL), then run to the end: exactly one record per input (issue 14). Several minutes.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { requireCli } from './helpers/cli.js';
import { killAndResume, smallBatch } from './helpers/resume.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-resume-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('50 random kills in a row, then resume: one record per input', async () => {
  requireCli();
  const batch = smallBatch(join(dir, 'batch'), 400);
  const { files, kills } = await killAndResume(batch, join(dir, 'out.ndjson'), 50, 4000);
  expect(kills).toBe(50);
  expect(files).toEqual(readdirSync(batch).sort().map((f) => join(batch, f)));
});
