import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NOT_COSTED } from '../graphql/cost';
import { LIMIT_CODES, LIMITS } from '../graphql/limits';

const refuse = (c: Context, status: 413 | 414, code: string, message: string) =>
  c.json({ errors: [{ message, extensions: { code } }], extensions: { cost: NOT_COSTED } }, status);

const limitBody = bodyLimit({
  maxSize: LIMITS.maxBodyBytes,
  onError: (c) =>
    refuse(c, 413, LIMIT_CODES.bodySize, `The request body is larger than ${LIMITS.maxBodyBytes} bytes; send a smaller query.`),
});

/**
 * Refuses, before anything reads or parses it, a request whose body is over `LIMITS.maxBodyBytes`
 * (413, by Content-Length or while streaming a chunked body) or whose URL is (414: GET carries the
 * query in the URL). Mount it on /graphql before every other /graphql handler.
 */
export const requestLimits = (): MiddlewareHandler => async (c, next) => {
  if (c.req.url.length > LIMITS.maxBodyBytes) {
    return refuse(c, 414, LIMIT_CODES.urlSize, `The URL is longer than ${LIMITS.maxBodyBytes} bytes; send the query in a POST body.`);
  }
  return limitBody(c, next);
};
