import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// dist/ is built by tests/node/global-setup.ts, as a deploy builds it (minified, keep_names off).
const bundle = readFileSync('dist/index.js', 'utf8');

/**
 * graphql-js takes its fast `instanceOf` (no development checks on every type test) when
 * `globalThis.process && process.env.NODE_ENV === "production"` as it loads. The build replaces
 * `process.env.NODE_ENV` by "production" (wrangler.toml's `define`, whatever NODE_ENV the shell
 * has: this bundle is built under npm test's "test"), and the Workers runtime has a `process`
 * global at this compatibility date (tests/runtime.test.ts), so nothing is added at run time.
 */
describe('the deployable bundle', () => {
  it('loads graphql-js in production mode through the build, with no stand-in process', () => {
    expect(bundle).toMatch(/=globalThis\.process&&!0[,;]/);
    expect(bundle).not.toMatch(/process\s*=\s*\{\s*env\s*:/);
  });
});
