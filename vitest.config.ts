import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two projects in one run (one report):
// - workerd: tests/*.test.ts inside workerd, against the real Worker's fetch;
// - node: tests/node/*.test.ts on Node, for what needs a process or the file system (the built
//   bundle, wrangler dev, the committed schema). Its global setup builds dist/ once.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Quiet: tests/request-log.test.ts turns request logs on where it reads them.
            miniflare: { bindings: { LOG_REQUESTS: 'false' } },
          }),
        ],
        test: {
          name: 'workerd',
          include: ['tests/*.test.ts'],
          // The first request of a file pays for loading the Worker into the pool (~3 s here).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/node/**/*.test.ts'],
          globalSetup: ['tests/node/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
