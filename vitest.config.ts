import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// The main suite: tests/**/*.test.ts run inside workerd against the real Worker's fetch.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['tests/**/*.test.ts'],
    // The first request of a file pays for loading the Worker into the pool (~3 s here).
    testTimeout: 30_000,
  },
});
