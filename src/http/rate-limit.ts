import type { MiddlewareHandler } from 'hono';
import type { Env, RateLimiter } from '../env';
import { clientPrefix } from './client-address';
import { errorResponse } from './error-response';

/**
 * The period of the `[[ratelimits]]` bindings in wrangler.toml, in seconds: 429 answers tell
 * clients to wait this long (`Retry-After`), after which the window they exhausted has passed.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

const isRateLimiter = (value: unknown): value is RateLimiter =>
  typeof value === 'object' && value !== null && typeof (value as RateLimiter).limit === 'function';

/**
 * The rate-limit key of a client address (one parser for every spelling, see client-address.ts):
 * an IPv4 address as it is, an IPv4-mapped IPv6 address as that IPv4 address, any other IPv6
 * address by its /64 (one subscriber usually holds a whole /64, and could otherwise rotate through
 * 2^64 addresses), so `::1` and `::ffff:…` never share a key. Anything else is keyed by its first
 * 64 characters.
 */
export function clientKey(address: string): string {
  return clientPrefix(address, 32, 64) ?? address.trim().toLowerCase().slice(0, 64);
}

/**
 * Per-client rate limiting with the Workers Rate Limiting binding `RATE_LIMITER` (wrangler.toml
 * `[[ratelimits]]`), keyed by `CF-Connecting-IP` (see `clientKey`). Over the limit: 429 with
 * `Retry-After` and a GraphQL-shaped error coded `RATE_LIMITED`. Mount it after CORS, so browsers
 * can read the 429, and on the routes it guards only. Requests without `CF-Connecting-IP` did not
 * come through Cloudflare's edge (which always sets it, overwriting any the client sent): service
 * bindings, in-process tests; they are not limited. So is everything when the binding is absent.
 */
export const rateLimit = (): MiddlewareHandler<Env> => (c, next) => {
  const limiter: unknown = c.env?.RATE_LIMITER;
  if (!isRateLimiter(limiter)) return next();
  const address = c.req.header('cf-connecting-ip');
  // Unlimited requests go straight on, without an async frame of their own.
  return address ? limited(limiter, address, next) : next();
};

/** Asks the limiter about a client's request: on to `next` within the limit, else a 429. */
async function limited(limiter: RateLimiter, address: string, next: () => Promise<void>): Promise<Response | undefined> {
  let success: boolean;
  try {
    ({ success } = await limiter.limit({ key: clientKey(address) }));
  } catch (error) {
    // Fail open: an unavailable limiter must not turn every request into a 500.
    console.error('rate limiter unavailable', error);
    success = true;
  }
  if (success) {
    await next();
    return undefined;
  }
  return errorResponse(429, 'RATE_LIMITED', `Too many requests from this address; retry in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, {
    'Retry-After': String(RATE_LIMIT_PERIOD_SECONDS),
    'Cache-Control': 'no-store',
  });
}
