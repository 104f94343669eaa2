import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './headers';

/** Response header carrying the request id. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every response an `X-Request-Id`: Cloudflare's `cf-ray` where the request came through
 * Cloudflare's edge, else a random UUID. Mount it first, so that even errors carry it.
 */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const id = c.req.header('cf-ray') || crypto.randomUUID();
  await next();
  setResponseHeader(c, REQUEST_ID_HEADER, id);
};
