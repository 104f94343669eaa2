import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const SERVED_ARTICLES = resolve(root, 'src/data/articles/index.ts');
const SERVED_REFERENCE = resolve(root, 'src/data/sources/reference.generated.json');
const GROWN_ARTICLES = resolve(root, 'tests/fixtures/grown/index.ts');
const GROWN_REFERENCE = resolve(root, 'tests/fixtures/grown/reference.generated.json');

// The generated reference modules of the served articles and of the grown dataset, written before
// any project loads a Worker, however vitest is started (npm test, or npx vitest on one file).
execFileSync(
  'npx',
  ['tsx', 'scripts/build-reference.ts', 'src/data/articles/index.ts', SERVED_REFERENCE, 'tests/fixtures/grown/index.ts', GROWN_REFERENCE],
  { cwd: root, stdio: 'inherit' },
);

/**
 * The grown dataset: the Worker under test reads tests/fixtures/grown/index.ts (the served
 * articles plus the fictional fixtures) in place of the served article list, and that dataset's
 * generated reference module. Nothing else changes, so the whole suite runs on more data.
 */
function grownDataset(): Plugin {
  const swaps = new Map([
    [SERVED_ARTICLES, GROWN_ARTICLES],
    [SERVED_REFERENCE, GROWN_REFERENCE],
  ]);
  return {
    name: 'grown-dataset',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && swaps.get(resolved.id.split('?')[0]!);
      // Only imports in source files are swapped: the grown list itself imports the served one,
      // and the module runner then fetches that module by its own path (from index.html).
      const from = importer?.split('?')[0] ?? '';
      if (!swap || !/\.(ts|js|mjs)$/.test(from) || from === GROWN_ARTICLES) return null;
      return swap;
    },
  };
}

/**
 * The rate limit inside the workerd tests. wrangler.toml's 1,000 per 60 s would take each
 * over-the-limit test ~10 s of requests, and the limiter's windows are aligned to the wall clock,
 * so a burst that long often straddles two windows; a small limit exercises the same binding in a
 * fraction of a second. Other tests send no CF-Connecting-IP, which the limiter does not count.
 */
const TEST_RATE_LIMIT = 50;

/** The API suite through the real Worker on the embedded store; on the grown dataset with `grown`. */
const workerd = (grown: boolean) => ({
  plugins: [
    ...(grown ? [grownDataset()] : []),
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
    name: grown ? 'workerd-grown' : 'workerd',
    include: ['tests/*.test.ts'],
    // The first request of a file pays for loading the Worker into the pool (~3 s here).
    testTimeout: 30_000,
  },
});

/** The same suite on the D1 store, plus tests/d1/; on the grown dataset with `grown`. */
const workerdD1 = (grown: boolean) => ({
  plugins: [
    ...(grown ? [grownDataset()] : []),
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml', environment: 'd1' },
      miniflare: {
        ratelimits: { RATE_LIMITER: { namespace_id: '1003', simple: { limit: TEST_RATE_LIMIT, period: 60 } } },
        bindings: { TEST_RATE_LIMIT, LOG_REQUESTS: 'false', TEST_MIGRATIONS: await readD1Migrations('./migrations') },
      },
    })),
  ],
  // The D1 build's define makes it embed no data; the D1 tests compare the two stores in one
  // isolate, so here the Worker keeps the embedded store too (src/data/store-for.ts).
  define: { DATA_STORE: JSON.stringify('d1 with the embedded store') },
  test: {
    name: grown ? 'workerd-d1-grown' : 'workerd-d1',
    include: ['tests/*.test.ts', 'tests/d1/*.test.ts'],
    exclude: [
      // Embedded-only by nature: they build stores from fixture articles, or check article
      // files and their authoring helpers, and never read the Worker's store.
      'tests/authoring.test.ts',
      'tests/fixture-store.test.ts',
      // The schema, its validation and the static pages are the same modules whichever store answers.
      'tests/schema.test.ts',
      'tests/validation.test.ts',
      'tests/playground.test.ts',
    ],
    setupFiles: ['tests/d1/setup.ts'],
    testTimeout: 30_000,
  },
});

// Five projects in one run (one report):
// - workerd: tests/*.test.ts inside workerd, against the real Worker's fetch (the embedded store);
// - workerd-d1: the same API suite against the same Worker reading D1 (wrangler.toml's [env.d1],
//   each file's database migrated and seeded from the article files by tests/d1/setup.ts), plus
//   tests/d1/ (what only D1 has: batching, database faults, re-seeding);
// - workerd-grown and workerd-d1-grown: both again on the grown dataset (the served articles plus
//   the fictional fixtures of tests/fixtures/grown/), so no test depends on what the served
//   articles alone hold;
// - node: tests/node/*.test.ts on Node, for what needs a process or the file system (the built
//   bundle, wrangler dev, the committed schema; its global setup builds dist/ once), and
//   tests/unit/ (pure functions, which need neither workerd nor a store).
export default defineConfig({
  test: {
    projects: [
      workerd(false),
      workerdD1(false),
      workerd(true),
      workerdD1(true),
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/node/**/*.test.ts', 'tests/unit/*.test.ts'],
          globalSetup: ['tests/node/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
