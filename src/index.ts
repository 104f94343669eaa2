import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { schema } from './graphql';
import { documentCaches } from './graphql/document-cache';
import { queryLimitsPlugin, yogaLimits } from './graphql/limits';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { requestLimits } from './http/limits';
import { meta, requestId } from './http/meta';
import { persistedOperations } from './http/persisted-operations';
import { rateLimit } from './http/rate-limit';
import { playground } from './playground';

/** Bindings declared in wrangler.toml. */
export type Env = Record<string, unknown>;

/** Repeat queries answered before Yoga; see src/http/cache.ts. */
const cache = responseCache({ schema });

/** Parsed documents, bounded by bytes; see src/graphql/document-cache.ts. */
const documents = documentCaches();

/** The GraphQL server, created once per isolate. */
const yoga = createYoga<Env>({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  // CORS is answered by src/http/cors.ts for every route, from the CORS_ORIGINS allow-list.
  cors: false,
  // The cache's plugin last: it hands Yoga the params the cache middleware already parsed.
  plugins: [...persistedOperations(), queryLimitsPlugin, documents.plugin, cache.plugin],
  parserAndValidationCache: documents.options,
  // Batching off, masked errors in every mode, body size: see src/graphql/limits.ts.
  ...yogaLimits,
});

const app = new Hono<{ Bindings: Env }>();

// First, so that every response, errors and preflights included, carries them.
app.use('*', requestId());
app.use('*', cors());
app.route('/', meta);

// After CORS (browsers must be able to read a 429), before any work, cache hits included.
app.use('/graphql', rateLimit());
// Before anything reads a /graphql request: oversized bodies and URLs get 413/414 unparsed.
app.use('/graphql', requestLimits());
// Before the GraphQL route: browsers asking for HTML at GET /graphql get GraphiQL.
app.route('/', playground);
// After the body limit and CORS, before Yoga: repeats are answered without parsing or executing.
app.use('/graphql', cache.middleware);
app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));
// Any other method gets 405 and the methods GraphQL over HTTP allows, not a 404 for an existing URL.
app.all('/graphql', (c) =>
  c.json({ errors: [{ message: `${c.req.method} is not supported: send GET or POST.`, extensions: { code: 'METHOD_NOT_ALLOWED' } }] }, 405, {
    Allow: 'GET, POST, OPTIONS',
  }),
);

export default app;
