import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that measure time (ratios of CPU time) or run long subprocess loops. They run in their own
 * step, `npm run test:slow` (one file at a time, nothing else in parallel), not in `npm test`.
 */
const SLOW_TESTS = ['tests/linear.test.ts', 'tests/*.slow.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW_TESTS] } },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS, fileParallelism: false, testTimeout: 600_000 } },
    ],
  },
});
