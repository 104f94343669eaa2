import { ifNoneMatchHits } from '../headers';

/** What the cache stores per request: the serialized result and its validator. */
export interface CachedResponse {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly etag: string;
}

/**
 * The answer from a stored response: 304 without a body when `If-None-Match` holds its ETag, else
 * the body; GETs with `cacheControl` and `Vary: Accept`. One Response, made with all its headers
 * at once (Hono's `c.body()` would set them one by one on a new `Headers`); the middleware around
 * the cache's (CORS, request id) adds to them in place.
 */
export function answerHit(hit: CachedResponse, isGet: boolean, ifNoneMatch: string | null, cacheControl: string): Response {
  const notModified = ifNoneMatchHits(ifNoneMatch, hit.etag);
  const headers: Record<string, string> = notModified
    ? { etag: hit.etag, 'x-cache': 'HIT' }
    : { 'content-type': hit.contentType, etag: hit.etag, 'x-cache': 'HIT' };
  if (isGet) {
    headers['cache-control'] = cacheControl;
    headers.vary = 'Accept';
  }
  return notModified ? new Response(null, { status: 304, headers }) : new Response(hit.body, { status: 200, headers });
}
