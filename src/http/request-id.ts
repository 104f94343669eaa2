import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './headers';

/** Response header carrying the request id. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Cloudflare's Ray ID: 16 hex digits, a dash, the data center's (IATA-style) code. */
const CF_RAY = /^[0-9a-f]{16}-[A-Z]{3,4}$/i;

/**
 * Gives every response an `X-Request-Id`: Cloudflare's `cf-ray` where the request came through
 * Cloudflare's edge (only when it has a Ray ID's shape: a client can send any header), else a
 * random UUID. Mount it first, so that even errors carry it.
 */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const ray = c.req.header('cf-ray');
  const id = ray && CF_RAY.test(ray) ? ray : crypto.randomUUID();
  await next();
  setResponseHeader(c, REQUEST_ID_HEADER, id);
};
