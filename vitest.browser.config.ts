// npm run test:browser: the audit page and the playground in headless Chromium (playwright-core
// driving the system's browser). Not part of `npm test`: it needs Chromium and a build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine is shared, and timings are printed.
    fileParallelism: false,
  },
});
