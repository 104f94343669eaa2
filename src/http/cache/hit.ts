import type { Context } from 'hono';
import { ifNoneMatchHits } from '../headers';

/** What the cache stores per request: the serialized result and its validator. */
export interface CachedResponse {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly etag: string;
}

/**
 * The answer from a stored response: 304 without a body when `If-None-Match` holds its ETag, else
 * the body; GETs with `cacheControl` and `Vary: Accept`. One Response; the middleware around the
 * cache's (CORS, request id) adds to its headers in place.
 */
export function answerHit(c: Context, hit: CachedResponse, isGet: boolean, ifNoneMatch: string | null, cacheControl: string): Response {
  const headers: Record<string, string> = { etag: hit.etag, 'x-cache': 'HIT' };
  if (isGet) {
    headers['cache-control'] = cacheControl;
    headers.vary = 'Accept';
  }
  if (ifNoneMatchHits(ifNoneMatch, hit.etag)) return c.body(null, 304, headers);
  headers['content-type'] = hit.contentType;
  return c.body(hit.body, 200, headers);
}
