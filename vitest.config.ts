import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

/**
 * The rate limit inside the workerd tests. wrangler.toml's 1,000 per 60 s would take each
 * over-the-limit test ~10 s of requests, and the limiter's windows are aligned to the wall clock,
 * so a burst that long often straddles two windows; a small limit exercises the same binding in a
 * fraction of a second. Other tests send no CF-Connecting-IP, which the limiter does not count.
 */
const TEST_RATE_LIMIT = 50;

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
            miniflare: {
              ratelimits: { RATE_LIMITER: { namespace_id: '1001', simple: { limit: TEST_RATE_LIMIT, period: 60 } } },
              // Request logs quiet: tests/request-log.test.ts turns them on where it reads them.
              bindings: { TEST_RATE_LIMIT, LOG_REQUESTS: 'false' },
            },
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
