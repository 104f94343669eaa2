import { type ExecutionResult, type GraphQLSchema, printSchema } from 'graphql';
import { type GraphQLParams, isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { datasetVersion, fingerprint } from '../data/hash';
import { MAX_BODY_BYTES } from './body-limit';
import { ifNoneMatchHits } from './headers';

/** What the cache stores per request: the serialized result and its validator. */
interface CachedResponse {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly etag: string;
}

export interface ResponseCacheOptions {
  /** The served schema: its printed form is part of every ETag, so a schema change changes them. */
  readonly schema: GraphQLSchema;
  /** Most results kept per isolate. */
  readonly maxEntries?: number;
  /** Most bytes kept per isolate (bodies plus keys). */
  readonly maxBytes?: number;
  /** Larger results are answered but not kept. */
  readonly maxEntryBytes?: number;
  /** `Cache-Control` of successful GET responses. */
  readonly getCacheControl?: string;
  /**
   * The version of the data a request is answered from (default: the embedded data's). A change
   * empties the cache and changes every ETag; when it cannot be read, nothing is cached or validated.
   */
  readonly datasetVersion?: (env: any) => string | Promise<string>;
}

interface Params {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const isObjectOrNull = (v: unknown) => v == null || (typeof v === 'object' && !Array.isArray(v));

/** GET params as GraphQL over HTTP defines them; undefined when malformed (Yoga reports that). */
function paramsFromSearch(search: string): Params | undefined {
  const url = new URLSearchParams(search);
  try {
    const variables = url.get('variables');
    const extensions = url.get('extensions');
    // `||` as Yoga's GET parser has it: an empty `query=` or `operationName=` is no value.
    return {
      query: url.get('query') || undefined,
      operationName: url.get('operationName') || undefined,
      variables: variables ? JSON.parse(variables) : undefined,
      extensions: extensions ? JSON.parse(extensions) : undefined,
    };
  } catch {
    return undefined;
  }
}

function paramsFromJson(body: string): Params | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : undefined;
  } catch {
    return undefined;
  }
}

/** The operation a request names: its document, or the persisted hash that stands for one. */
function operationOf(params: Params): string | undefined {
  if (!isObjectOrNull(params.variables) || !isObjectOrNull(params.extensions)) return undefined;
  if (params.operationName != null && typeof params.operationName !== 'string') return undefined;
  // Yoga runs a persisted hash whenever the query is absent or empty, so `query=` is not a document.
  if (typeof params.query === 'string' && params.query !== '') return `query:${params.query}`;
  const pq = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if ((params.query == null || params.query === '') && typeof pq?.sha256Hash === 'string') return `sha256:${pq.sha256Hash.toLowerCase()}`;
  return undefined;
}

/** A cache miss on its way through Yoga: what the middleware parsed, and the text Yoga serialized. */
interface Pending {
  /** The params as parsed from the body or the URL, as Yoga's own parsers would give them. */
  readonly parsed: Params;
  /** The POST body's params, handed to Yoga so it does not read and parse the body again. */
  readonly params?: Params;
  /** The result as Yoga serialized it; set only for a single result without errors. */
  text?: string;
}

/** The response cache's two halves: the Hono middleware in front of Yoga and the Yoga plugin. */
export interface ResponseCache {
  readonly middleware: MiddlewareHandler;
  readonly plugin: Plugin;
  /** The GraphQL params the middleware parsed for a request it is about to miss, if it parsed any. */
  readonly paramsOf: (request: Request) => GraphQLParams | undefined;
}

/**
 * Response caching for an API whose data never changes between deploys. Every successful GraphQL
 * response gets an `ETag` (hash of dataset version + schema + operation + variables + media type);
 * `If-None-Match` gets `304` with no body; GET responses get a public `Cache-Control` so browsers
 * and CDNs can keep them. Results are also kept in an in-isolate LRU keyed by the raw request
 * (document, variables, operation name, extensions, `Accept`), which the middleware consults
 * before Yoga parses, validates or executes anything. Responses with errors, non-200 statuses or
 * streamed bodies are never stored; requests it does not understand go to Yoga untouched.
 * `X-Cache` says whether a stored result answered (HIT) or Yoga ran (MISS).
 *
 * On a miss the plugin (add it last to Yoga's plugins) gives Yoga the params the middleware
 * already parsed, and records the JSON text Yoga produces, so neither the request body nor the
 * response body is read twice.
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
  const getCacheControl = options.getCacheControl ?? 'public, max-age=300, s-maxage=86400';
  const pending = new WeakMap<Request, Pending>();
  const dataVersionOf = options.datasetVersion ?? datasetVersion;
  let dataVersion: string | undefined;
  let version: string | undefined;
  // Printed lazily: the first request pays for it, not every isolate's startup.
  const versionOf = () => (version ??= `${dataVersion}:${fingerprint(printSchema(options.schema))}`);

  const plugin: Plugin = {
    onRequestParse({ request, setRequestParser }) {
      const params = pending.get(request)?.params;
      if (params) setRequestParser(() => params as GraphQLParams);
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

  const middleware: MiddlewareHandler = async (c, next) => {
    const request = c.req.raw;
    const isGet = request.method === 'GET';
    if (!isGet && request.method !== 'POST') return next();
    const accept = request.headers.get('accept') ?? '';
    // GraphiQL's HTML page is not a GraphQL response. Accept headers that also list streams (urql's
    // default does) are kept: only what Yoga answers with one JSON body is stored (checked below).
    if (/text\/html/i.test(accept)) return next();

    let data = dataVersionOf(c.env);
    if (typeof data !== 'string') data = await data.catch(() => '');
    if (data === '') return next();
    if (data !== dataVersion) {
      // New data (a re-seeded database): nothing kept is current.
      if (dataVersion !== undefined) cache.clear();
      dataVersion = data;
      version = undefined;
    }

    let raw: string;
    if (isGet) {
      const url = request.url;
      const at = url.indexOf('?');
      if (at < 0) return next();
      raw = url.slice(at + 1);
    } else {
      if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) return next();
      // Bodies are bounded by the body-limit middleware in front; one declared larger is left unread for it.
      if (!(Number(request.headers.get('content-length') ?? 0) <= MAX_BODY_BYTES)) return next();
      raw = await request.text();
    }

    const key = `${request.method}\n${accept}\n${raw}`;
    const ifNoneMatch = request.headers.get('if-none-match');
    const hit = cache.get(key);
    if (hit) {
      // One Response; the middleware around this one (CORS, request id) adds to its headers in place.
      const headers: Record<string, string> = { etag: hit.etag, 'x-cache': 'HIT' };
      if (isGet) {
        headers['cache-control'] = getCacheControl;
        headers.vary = 'Accept';
      }
      if (ifNoneMatchHits(ifNoneMatch, hit.etag)) return c.body(null, 304, headers);
      headers['content-type'] = hit.contentType;
      return c.body(hit.body, 200, headers);
    }

    const params = isGet ? paramsFromSearch(raw) : paramsFromJson(raw);
    const operation = params && operationOf(params);
    if (!params || !operation) {
      // Yoga explains what is wrong with the request, so it gets the body back to read.
      if (!isGet) c.req.raw = new Request(request.url, { method: 'POST', headers: request.headers, body: raw, signal: request.signal });
      return next();
    }
    // Before Yoga runs: its plugins may replace the params (a persisted query's hash by its text).
    const identity = `${operation}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? {})}`;
    const entry: Pending = isGet ? { parsed: params } : { parsed: params, params };
    pending.set(request, entry);

    await next();
    const res = c.res;
    const text = entry.text;
    const contentType = res.headers.get('content-type') ?? '';
    if (text === undefined || res.status !== 200 || !/^application\/(graphql-response\+)?json/i.test(contentType)) return;
    // A 64-bit fingerprint, synchronous unlike crypto.subtle: a validator is only ever compared
    // with the ones issued for the same request, whose answer the dataset version pins.
    const etag = `"${fingerprint(`${versionOf()}\n${contentType}\n${identity}`)}"`;
    const body = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
    if (body.byteLength <= maxEntryBytes) cache.set(key, { body, contentType, etag });

    const headers = ifNoneMatchHits(ifNoneMatch, etag) ? new Headers(res.headers) : res.headers;
    headers.set('etag', etag);
    headers.set('x-cache', 'MISS');
    if (isGet) {
      headers.set('cache-control', getCacheControl);
      headers.set('vary', headers.has('vary') ? `${headers.get('vary')}, Accept` : 'Accept');
    }
    if (headers !== res.headers) {
      headers.delete('content-type');
      headers.delete('content-length');
      // Cleared first so Hono does not merge Yoga's headers back onto the 304.
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };

  const paramsOf = (request: Request) => pending.get(request)?.parsed as GraphQLParams | undefined;

  return { middleware, plugin, paramsOf };
}
