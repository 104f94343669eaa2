import { defineConfig } from 'vitest/config';

// The browser suite: Debian's chromium driven by playwright-core against a real `wrangler dev`,
// which the suite starts and stops itself. Run with `npm run test:browser`.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
