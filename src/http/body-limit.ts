import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { LIMIT_CODES } from '../server/plugins/limits/config';
import { errorResponse } from './error-response';

/** Largest request body (and GET URL) in bytes; more is refused with 413 (414) before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

const limitBody = honoBodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => errorResponse(413, LIMIT_CODES.bodySize, `The request body is larger than ${MAX_BODY_BYTES} bytes; send a smaller query.`),
});

/**
 * Refuses, before anything reads or parses it, a request whose body is over `MAX_BODY_BYTES`
 * (413, by Content-Length or while streaming a chunked body) or whose URL is (414: GET carries the
 * query in the URL). Mount it on /graphql before every other /graphql handler.
 */
export const bodyLimit = (): MiddlewareHandler => (c, next) => {
  if (c.req.url.length > MAX_BODY_BYTES) {
    return Promise.resolve(
      errorResponse(414, LIMIT_CODES.urlSize, `The URL is longer than ${MAX_BODY_BYTES} bytes; send the query in a POST body.`),
    );
  }
  const headers = c.req.raw.headers;
  const declared = headers.get('content-length');
  // A declared length within the limit and no chunked body: all Hono's middleware would do is
  // compare the two, so such a request (nearly every one) goes straight on.
  if (declared !== null && Number.parseInt(declared, 10) <= MAX_BODY_BYTES && !headers.has('transfer-encoding')) return next();
  return limitBody(c, next);
};
