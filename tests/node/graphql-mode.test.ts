import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// dist/ is built by tests/node/global-setup.ts, as a deploy builds it (minified, keep_names off).
const bundle = readFileSync('dist/index.js', 'utf8');

/**
 * src/lib/graphql-production-start.ts and src/lib/graphql-production.ts must run around graphql-js as it
 * loads (module order decides it, and the bundler keeps module order): the stand-in `process`
 * first, then graphql-js's choice of `instanceOf`, then
 * the call that removes the stand-in again.
 */
describe('the deployable bundle', () => {
  it('loads graphql-js in production mode and removes the stand-in process right after', () => {
    const standIn = bundle.indexOf('process={env:{NODE_ENV:"production"}}');
    // `&&!0` in a deploy (wrangler defines NODE_ENV from the environment, "production" when unset).
    const choice = bundle.search(/=globalThis\.process&&/);
    const restore = /function (\w+)\(\w+\)\{return \w+&&delete \w+\.process/.exec(bundle);
    expect(standIn).toBeGreaterThan(-1);
    expect(choice).toBeGreaterThan(standIn);
    expect(restore).not.toBeNull();
    const call = bundle.search(new RegExp(`=${restore![1]}\\(`));
    expect(call).toBeGreaterThan(choice);
    // Nothing but graphql-js runs while the stand-in exists: the next module after the call is ours.
    expect(bundle.slice(standIn, call)).not.toMatch(/hono|lru-cache|whatwg/i);
  });
});
