import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { setResponseHeader } from './headers';

/** Methods the API answers from a browser. */
const ALLOW_METHODS = 'GET, POST, OPTIONS';
/** Response headers scripts on another origin may read (besides the CORS-safelisted ones). */
export const EXPOSE_HEADERS = 'ETag, X-Request-Id, X-Cache';
/**
 * How long browsers may cache a preflight, in seconds. Browsers cap it (Chromium at 2 hours,
 * Firefox at 24), so one day means "as long as the browser allows".
 */
export const MAX_AGE = 86_400;
/** Header names as RFC 9110 defines a token: anything else in a preflight is not echoed back. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

/** The parsed `CORS_ORIGINS` setting: any origin, or an exact allow-list. */
export type OriginPolicy = { readonly any: true } | { readonly any: false; readonly origins: ReadonlySet<string> };

const policies = new Map<string, OriginPolicy>();

/**
 * Parses `CORS_ORIGINS` (wrangler.toml `[vars]`): `*`, or origins separated by commas or spaces,
 * e.g. `https://app.example.com, http://localhost:5173`. Unset or empty means `*`.
 * Origins are compared exactly as browsers send them (scheme://host[:port], no trailing slash).
 */
export function parseOrigins(setting: unknown): OriginPolicy {
  const raw = typeof setting === 'string' ? setting.trim() : '';
  let policy = policies.get(raw);
  if (!policy) {
    const list = raw
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((origin) => origin.replace(/\/+$/, ''));
    policy = list.length === 0 || list.includes('*') ? { any: true } : { any: false, origins: new Set(list) };
    policies.set(raw, policy);
  }
  return policy;
}

/** The Access-Control-Allow-Origin value for a request's Origin, or null when it is not allowed. */
export function allowedOrigin(policy: OriginPolicy, origin: string | undefined): string | null {
  if (policy.any) return '*';
  return origin !== undefined && policy.origins.has(origin) ? origin : null;
}

/**
 * CORS for browsers on other origins. Preflights (OPTIONS with Origin and
 * Access-Control-Request-Method) are answered here, before any route: 204 with the allowed
 * methods, the requested headers and Access-Control-Max-Age, or 403 for an origin not on the
 * allow-list. Other responses get Access-Control-Allow-Origin and Expose-Headers. No credentials:
 * the API is public and read-only.
 */
export const cors = (): MiddlewareHandler<Env> => async (c, next) => {
  const policy = parseOrigins(c.env?.CORS_ORIGINS);
  const origin = c.req.header('origin');
  const allow = allowedOrigin(policy, origin);

  if (c.req.method === 'OPTIONS' && origin !== undefined && c.req.header('access-control-request-method') !== undefined) {
    const headers = new Headers();
    if (!policy.any) headers.set('Vary', 'Origin, Access-Control-Request-Headers');
    if (allow === null) {
      headers.set('Content-Type', 'text/plain; charset=utf-8');
      return new Response(`CORS: origin ${origin} is not allowed (see CORS_ORIGINS).\n`, { status: 403, headers });
    }
    headers.set('Access-Control-Allow-Origin', allow);
    headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
    const requested = c.req.header('access-control-request-headers')?.trim();
    if (requested && HEADER_LIST.test(requested)) {
      headers.set('Access-Control-Allow-Headers', requested);
      if (policy.any) headers.set('Vary', 'Access-Control-Request-Headers');
    }
    headers.set('Access-Control-Max-Age', String(MAX_AGE));
    return new Response(null, { status: 204, headers });
  }

  await next();
  if (allow !== null) {
    setResponseHeader(c, 'Access-Control-Allow-Origin', allow);
    setResponseHeader(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
  }
  // Caches must keep one copy per origin when the answer depends on it.
  if (!policy.any) setResponseHeader(c, 'Vary', 'Origin', true);
};
