import type { Context } from 'hono';

/**
 * Sets (or appends) a header on the response a handler already produced. Hono's `c.header()`
 * copies the whole Response on every call once it is finalized; responses built with
 * `new Response()` (Yoga's, the cache's, ours) have mutable headers, so this edits them in place
 * and falls back to `c.header()` only for the immutable kind (e.g. from `fetch()`).
 */
export function setResponseHeader(c: Context, name: string, value: string, append = false): void {
  try {
    if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, { append });
  }
}

/** Does an `If-None-Match` value match `etag`? Weak comparison, as RFC 9110 prescribes for it. */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
