// The long property run: the same properties as `npm test` (tests/property*.test.ts), with
// 10,000 cases each (PROPS_RUNS overrides; PROPS_SEED replays a failure).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PROPS_RUNS: process.env.PROPS_RUNS ?? '10000' };
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/property', '--testTimeout=0'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
