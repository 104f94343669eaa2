import { printSchema } from 'graphql';
import { Hono } from 'hono';
import { articleCountFor, datasetVersionFor } from '../data';
import type { Env } from '../env';
import { sortedSchema } from '../graphql';
import { sha256Hex } from '../lib/hash';
import { ifNoneMatchHits } from './headers';

let sdl: string | undefined;
/**
 * The SDL served at GET /schema.graphql, printed from the running schema on first use, so it
 * cannot go stale: byte for byte what `npm run schema:print` writes to schema/schema.graphql.
 */
export const schemaSdl = (): string => (sdl ??= `${printSchema(sortedSchema())}\n`);

/** How long browsers and CDNs may reuse /schema.graphql before revalidating it with its ETag. */
const SCHEMA_MAX_AGE = 300;

// A value, not a promise, is cached: a promise created while serving one request must not be
// awaited by another in workerd. Two concurrent first requests may both hash; they agree.
let schemaHash: string | undefined;

/** SHA-256 (hex) of the served SDL; equals `sha256sum schema/schema.graphql` when that is fresh. */
export async function getSchemaHash(): Promise<string> {
  schemaHash ??= await sha256Hex(schemaSdl());
  return schemaHash;
}

/** GET /health and GET /schema.graphql (HEAD too: Hono answers HEAD with the GET route). */
export const meta = new Hono<Env>();

meta.get('/health', async (c) => {
  let articles = 0;
  let version: string | null = null;
  try {
    [articles, version] = await Promise.all([articleCountFor(c.env), datasetVersionFor(c.env)]);
  } catch {
    // The database cannot answer: reported as degraded (503), its error not shown.
  }
  const commit = c.env?.BUILD_COMMIT;
  const body = {
    status: articles > 0 ? 'ok' : 'degraded',
    dataset: { version, articles },
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
