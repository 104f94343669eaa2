import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { schema } from './graphql';
import { documentCaches } from './graphql/document-cache';
import { queryLimitsPlugin, yogaLimits } from './graphql/limits';
import { operationRulesPlugin } from './graphql/operation-rules';
import { acceptNegotiation } from './http/accept';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { requestLimits } from './http/limits';
import { meta, requestId } from './http/meta';
import { graphqlMethods } from './http/methods';
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
  plugins: [...persistedOperations(), queryLimitsPlugin, operationRulesPlugin(schema), documents.plugin, cache.plugin],
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
// HEAD as GET, OPTIONS without a preflight, and the same 405 for every other method.
app.use('/graphql', graphqlMethods());
// Before anything reads a /graphql request: oversized bodies and URLs get 413/414 unparsed.
app.use('/graphql', requestLimits());
// Before the GraphQL route: browsers asking for HTML at GET /graphql get GraphiQL.
app.route('/', playground);
// After GraphiQL's check, before the cache keys on Accept: q values decide the media type (or 406).
app.use('/graphql', acceptNegotiation());
// After the body limit and CORS, before Yoga: repeats are answered without parsing or executing.
app.use('/graphql', cache.middleware);
// graphqlMethods (above) lets only GET and POST (HEAD as GET) reach this.
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));

export default app;
