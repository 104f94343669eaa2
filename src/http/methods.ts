import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './error-response';

/** The methods /graphql answers, as every `Allow` header of it says. */
export const GRAPHQL_METHODS = 'GET, HEAD, POST, OPTIONS';

/**
 * HTTP methods on /graphql, answered the same way whatever reaches it: GET and POST go on; HEAD
 * goes on as a GET (Hono then drops the body); OPTIONS that is not a CORS preflight (those are
 * answered by the CORS middleware) gets 204 with `Allow`; any other method gets 405 with the same
 * `Allow` and the code `METHOD_NOT_ALLOWED`. Mount it on /graphql before anything reads the request.
 */
export const graphqlMethods = (): MiddlewareHandler => (c, next) => {
  const method = c.req.method;
  // GET and POST, nearly every request, go straight on: no async frame of their own.
  if (method === 'GET' || method === 'POST') return next();
  if (method === 'HEAD') {
    const { url, headers, signal } = c.req.raw;
    c.req.raw = new Request(url, { method: 'GET', headers, signal });
    return next();
  }
  if (method === 'OPTIONS') return Promise.resolve(c.body(null, 204, { Allow: GRAPHQL_METHODS }));
  return Promise.resolve(
    errorResponse(405, 'METHOD_NOT_ALLOWED', `${method} is not supported: send GET or POST.`, { Allow: GRAPHQL_METHODS }),
  );
};
