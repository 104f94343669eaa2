import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from 'hono';
import { fingerprint } from '../../lib/hash';
import { ifNoneMatchHits } from '../headers';
import type { CachedResponse } from './hit';
import type { Params } from './keys';

/** A cache miss on its way through Yoga: what the middleware parsed, and the text Yoga serialized. */
export interface Pending {
  /** The params as parsed from the body or the URL, as Yoga's own parsers would give them. */
  readonly parsed: Params;
  /** The POST body's params, handed to Yoga so it does not read and parse the body again. */
  readonly params?: Params;
  /** What the ETag stands for (src/http/cache/keys.ts `identityOf`). */
  readonly identity: string;
  /** The result as Yoga serialized it; set only for a single result without errors. */
  text?: string;
}

/**
 * The cache's Yoga plugin (add it last): on a miss it gives Yoga the params the middleware
 * already parsed, and records the JSON text Yoga produces, so neither the request body nor the
 * response body is read twice.
 */
export function missPlugin(pending: WeakMap<Request, Pending>): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      const params = pending.get(request)?.params;
      if (params) setRequestParser(() => params as never);
    },
    onResultProcess({ request, result }) {
      const entry = pending.get(request);
      if (!entry || Array.isArray(result) || isAsyncIterable(result)) return;
      // A result with errors (partial or not) is never stored, nor given a validator.
      if (result.errors?.length) return;
      // Yoga's result processor serializes with `result.stringify` when a result has one
      // (graphql-yoga's processRegularResult; not a documented option): the text is kept as it is
      // sent. If Yoga stops calling it no miss is ever stored, and tests/cache.test.ts ("gives the same
      // query the same ETag and body twice, the second time from the cache") fails.
      (result as ExecutionResult & { stringify?: (value: unknown) => string }).stringify = (value: unknown) =>
        (entry.text = JSON.stringify(value));
    },
  };
}

/** How a miss's response is kept and labelled. */
export interface MissOptions {
  /** The cache version, read only when an ETag is made. */
  readonly version: () => string;
  readonly isGet: boolean;
  readonly ifNoneMatch: string | null;
  readonly cacheControl: string;
  readonly maxEntryBytes: number;
  readonly store: (entry: CachedResponse) => void;
}

/**
 * After Yoga answered a miss: a single JSON result without errors gets its ETag (and is stored
 * when small enough), GETs a public `Cache-Control`; when `If-None-Match` already holds the ETag,
 * a 304 replaces the body. Anything else is left as Yoga sent it.
 */
export function finishMiss(c: Context, entry: Pending, options: MissOptions): void {
  const res = c.res;
  const text = entry.text;
  const contentType = res.headers.get('content-type') ?? '';
  if (text === undefined || res.status !== 200 || !/^application\/(graphql-response\+)?json/i.test(contentType)) return;
  // A 64-bit fingerprint, synchronous unlike crypto.subtle: a validator is only ever compared
  // with the ones issued for the same request, whose answer the dataset version pins.
  const etag = `"${fingerprint(`${options.version()}\n${contentType}\n${entry.identity}`)}"`;
  const body = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  if (body.byteLength <= options.maxEntryBytes) options.store({ body, contentType, etag });

  const headers = ifNoneMatchHits(options.ifNoneMatch, etag) ? new Headers(res.headers) : res.headers;
  headers.set('etag', etag);
  headers.set('x-cache', 'MISS');
  if (options.isGet) {
    headers.set('cache-control', options.cacheControl);
    headers.set('vary', headers.has('vary') ? `${headers.get('vary')}, Accept` : 'Accept');
  }
  if (headers !== res.headers) {
    headers.delete('content-type');
    headers.delete('content-length');
    // Cleared first so Hono does not merge Yoga's headers back onto the 304.
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers });
  }
}
