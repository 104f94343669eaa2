// Own code: Hono's secureHeaders sets a dozen headers by default and edits headers in place, which
// throws on the immutable kind; this API needs one header on every response.
import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './headers';

/**
 * `X-Content-Type-Options: nosniff` on every response the Worker produces (JSON, SDL, HTML,
 * errors, 404s, preflights), so browsers never guess another type than the one sent. Static
 * assets get it from the `_headers` file scripts/build-assets.mjs writes.
 */
export const nosniff = (): MiddlewareHandler => async (c, next) => {
  await next();
  setResponseHeader(c, 'X-Content-Type-Options', 'nosniff');
};
