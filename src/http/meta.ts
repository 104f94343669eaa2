import { printSchema } from 'graphql';
import { Hono, type MiddlewareHandler } from 'hono';
import { allArticles } from '../data';
import { sortedSchema } from '../graphql';
import { datasetVersion, sha256Hex } from './hash';
import { ifNoneMatchHits, setResponseHeader } from './headers';

let sdl: string | undefined;
/**
 * The SDL served at GET /schema.graphql, printed from the running schema on first use, so it
 * cannot go stale: byte for byte what `npm run schema:print` writes to schema/schema.graphql.
 */
export const schemaSdl = (): string => (sdl ??= `${printSchema(sortedSchema())}\n`);

/** Response header carrying the request id. */
export const REQUEST_ID_HEADER = 'X-Request-Id';
/** How long browsers and CDNs may reuse /schema.graphql before revalidating it with its ETag. */
const SCHEMA_MAX_AGE = 300;

// A value, not a promise, is cached: a promise created while serving one request must not be
// awaited by another in workerd. Two concurrent first requests may both hash; they agree.
let schemaHash: string | undefined;

/** SHA-256 (hex) of the served SDL; equals `sha256sum schema/schema.graphql` when that is fresh. */
export async function getSchemaHash(): Promise<string> {
  return (schemaHash ??= await sha256Hex(schemaSdl()));
}

/** Cloudflare's Ray ID: 16 hex digits, a dash, the data center's (IATA-style) code. */
const CF_RAY = /^[0-9a-f]{16}-[A-Z]{3,4}$/i;

/**
 * Gives every response an `X-Request-Id`: Cloudflare's `cf-ray` where the request came through
 * Cloudflare's edge (only when it has a Ray ID's shape: a client can send any header), else a
 * random UUID. Mount it first, so that even errors carry it.
 */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const ray = c.req.header('cf-ray');
  const id = ray && CF_RAY.test(ray) ? ray : crypto.randomUUID();
  await next();
  setResponseHeader(c, REQUEST_ID_HEADER, id);
};

/** GET /health and GET /schema.graphql (HEAD too: Hono answers HEAD with the GET route). */
export const meta = new Hono<{ Bindings: Record<string, unknown> }>();

meta.get('/health', async (c) => {
  const articles = allArticles().length;
  const commit = c.env?.BUILD_COMMIT;
  const body = {
    status: articles > 0 ? 'ok' : 'degraded',
    dataset: { version: datasetVersion(), articles },
    schema: { hash: await getSchemaHash(), url: '/schema.graphql' },
    build: { commit: typeof commit === 'string' && commit !== '' ? commit : null },
  };
  return c.json(body, articles > 0 ? 200 : 503, { 'Cache-Control': 'no-store' });
});

meta.get('/schema.graphql', async (c) => {
  const etag = `"${await getSchemaHash()}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': `public, max-age=${SCHEMA_MAX_AGE}`,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Disposition': 'inline; filename="schema.graphql"',
  };
  if (ifNoneMatchHits(c.req.header('if-none-match') ?? null, etag)) return c.body(null, 304, headers);
  return c.body(schemaSdl(), 200, headers);
});
