import type { GraphQLSchema } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { MAX_BODY_BYTES } from '../body-limit';
import { answerHit, type CachedResponse } from './hit';
import { asYogaParams, identityOf, paramsFromJson, paramsFromSearch, requestKey } from './keys';
import { finishMiss, missPlugin, type Pending } from './miss';
import { cacheVersion } from './version';

export interface ResponseCacheOptions {
  /** The served schema: its printed form is part of every ETag, so a schema change changes them. */
  readonly schema: GraphQLSchema;
  /**
   * The version of the data a request is answered from, by its bindings. A change empties the
   * cache and changes every ETag; when it cannot be read, nothing is cached or validated.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the bindings of whichever app mounts the cache.
  readonly datasetVersion: (env: any) => string | Promise<string>;
  /** Most results kept per isolate. */
  readonly maxEntries?: number;
  /** Most bytes kept per isolate (bodies plus keys). */
  readonly maxBytes?: number;
  /** Larger results are answered but not kept. */
  readonly maxEntryBytes?: number;
  /** `Cache-Control` of successful GET responses. */
  readonly getCacheControl?: string;
}

/** The response cache's two halves: the Hono middleware in front of Yoga and the Yoga plugin. */
export interface ResponseCache {
  readonly middleware: MiddlewareHandler;
  readonly plugin: Plugin;
  /** The GraphQL params the middleware parsed for a request it is about to miss, if it parsed any. */
  readonly paramsOf: (request: Request) => GraphQLParams | undefined;
  /**
   * For a miss answered without Yoga (src/server/direct-path.ts): the encoded JSON of its single
   * result without errors, as Yoga's result hook would have recorded its text.
   */
  readonly answered: (request: Request, body: Uint8Array<ArrayBuffer>) => void;
}

/** The raw params of a GET (its URL's query, at once) or a JSON POST (its body); undefined for anything else. */
function rawParams(request: Request, isGet: boolean): string | Promise<string> | undefined {
  if (isGet) {
    const at = request.url.indexOf('?');
    return at < 0 ? undefined : request.url.slice(at + 1);
  }
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) return undefined;
  // Bodies are bounded by the body-limit middleware in front; one declared larger is left unread for it.
  if (!(Number(request.headers.get('content-length') ?? 0) <= MAX_BODY_BYTES)) return undefined;
  return request.text();
}

/**
 * Response caching for an API whose data never changes between deploys. Every successful GraphQL
 * response gets an `ETag` (hash of dataset version + schema + operation + variables + media type,
 * src/http/cache/miss.ts); `If-None-Match` gets `304` with no body; GET responses get a public
 * `Cache-Control` so browsers and CDNs can keep them. Results are also kept in an in-isolate LRU
 * keyed by the raw request (src/http/cache/keys.ts), which the middleware consults before Yoga
 * parses, validates or executes anything (src/http/cache/hit.ts). Responses with errors, non-200
 * statuses or streamed bodies are never stored; requests it does not understand go to Yoga
 * untouched. `X-Cache` says whether a stored result answered (HIT) or Yoga ran (MISS).
 */
export function responseCache(options: ResponseCacheOptions): ResponseCache {
  const maxEntryBytes = options.maxEntryBytes ?? 256 * 1024;
  const cache = new LRUCache<string, CachedResponse>({
    max: options.maxEntries ?? 2_000,
    maxSize: options.maxBytes ?? 16 * 1024 * 1024,
    maxEntrySize: maxEntryBytes,
    // Keys are UTF-16 strings: two bytes a code unit.
    sizeCalculation: (entry, key) => entry.body.byteLength + key.length * 2,
  });
  const cacheControl = options.getCacheControl ?? 'public, max-age=300, s-maxage=86400';
  const pending = new WeakMap<Request, Pending>();
  // New data (a re-seeded database): nothing kept is current.
  const version = cacheVersion(options.schema, options.datasetVersion, () => cache.clear());

  const middleware: MiddlewareHandler = async (c, next) => {
    const request = c.req.raw;
    const isGet = request.method === 'GET';
    if (!isGet && request.method !== 'POST') return next();
    const accept = request.headers.get('accept') ?? '';
    // GraphiQL's HTML page is not a GraphQL response. Accept headers that also list streams (urql's
    // default does) are kept: only what Yoga answers with one JSON body is stored (see miss.ts).
    if (/text\/html/i.test(accept)) return next();
    const current = version.check(c.env);
    if (!(current === true || (current !== false && (await current)))) return next();

    const read = rawParams(request, isGet);
    if (read === undefined) return next();
    const raw = typeof read === 'string' ? read : await read;
    const key = requestKey(request.method, accept, raw);
    const ifNoneMatch = request.headers.get('if-none-match');
    const hit = cache.get(key);
    if (hit) return answerHit(hit, isGet, ifNoneMatch, cacheControl);

    const params = isGet ? paramsFromSearch(raw) : paramsFromJson(raw);
    const identity = params && identityOf(params);
    if (!params || !identity) {
      // Yoga explains what is wrong with the request, so it gets the body back to read.
      if (!isGet) c.req.raw = new Request(request.url, { method: 'POST', headers: request.headers, body: raw, signal: request.signal });
      return next();
    }
    const entry: Pending = isGet ? { parsed: params, identity } : { parsed: params, params, identity };
    pending.set(request, entry);
    await next();
    finishMiss(c, entry, {
      version: version.value,
      isGet,
      ifNoneMatch,
      cacheControl,
      maxEntryBytes,
      store: (stored) => cache.set(key, stored),
    });
  };

  const paramsOf = (request: Request) => {
    const parsed = pending.get(request)?.parsed;
    return parsed && asYogaParams(parsed);
  };
  const answered = (request: Request, body: Uint8Array<ArrayBuffer>) => {
    const entry = pending.get(request);
    if (entry) entry.bytes = body;
  };
  return { middleware, plugin: missPlugin(pending), paramsOf, answered };
}
