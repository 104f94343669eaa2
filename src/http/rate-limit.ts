import type { MiddlewareHandler } from 'hono';
import type { Env, RateLimiter } from '../env';
import { errorResponse } from './error-response';
import { HEX_GROUP, ipv6Groups } from './ipv6';

/**
 * The period of the `[[ratelimits]]` bindings in wrangler.toml, in seconds: 429 answers tell
 * clients to wait this long (`Retry-After`), after which the window they exhausted has passed.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

const isRateLimiter = (value: unknown): value is RateLimiter =>
  typeof value === 'object' && value !== null && typeof (value as RateLimiter).limit === 'function';

/**
 * The rate-limit key of a client address: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber usually holds a whole /64, and could otherwise rotate through 2^64 addresses),
 * an IPv4-mapped IPv6 address as its IPv4. Anything else is keyed by its first 64 characters.
 */
export function clientKey(address: string): string {
  const ip = address.trim().toLowerCase();
  if (!ip.includes(':')) return ip.slice(0, 64);
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (mapped) return mapped[1]!;
  const groups = ipv6Groups(ip);
  if (!groups) return ip.slice(0, 64);
  const prefix = groups.slice(0, 4);
  if (prefix.length < 4 || !prefix.every((g) => HEX_GROUP.test(g))) return ip.slice(0, 64);
  return `${prefix.map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Per-client rate limiting with the Workers Rate Limiting binding `RATE_LIMITER` (wrangler.toml
 * `[[ratelimits]]`), keyed by `CF-Connecting-IP` (see `clientKey`). Over the limit: 429 with
 * `Retry-After` and a GraphQL-shaped error coded `RATE_LIMITED`. Mount it after CORS, so browsers
 * can read the 429, and on the routes it guards only. Requests without `CF-Connecting-IP` did not
 * come through Cloudflare's edge (which always sets it, overwriting any the client sent): service
 * bindings, in-process tests; they are not limited. So is everything when the binding is absent.
 */
export const rateLimit = (): MiddlewareHandler<Env> => async (c, next) => {
  const limiter: unknown = c.env?.RATE_LIMITER;
  const address = c.req.header('cf-connecting-ip');
  if (!isRateLimiter(limiter) || !address) return next();
  let success: boolean;
  try {
    ({ success } = await limiter.limit({ key: clientKey(address) }));
  } catch (error) {
    // Fail open: an unavailable limiter must not turn every request into a 500.
    console.error('rate limiter unavailable', error);
    success = true;
  }
  if (success) return next();
  return errorResponse(429, 'RATE_LIMITED', `Too many requests from this address; retry in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, {
    'Retry-After': String(RATE_LIMIT_PERIOD_SECONDS),
    'Cache-Control': 'no-store',
  });
};
