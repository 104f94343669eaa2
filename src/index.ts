import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { schema } from './graphql';
import { costPlugin, NOT_COSTED } from './graphql/cost';
import { queryLimitsPlugin, yogaLimits } from './graphql/limits';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { requestLimits } from './http/limits';
import { meta, requestId } from './http/meta';
import { persistedOperations } from './http/persisted-operations';
import { requestLog } from './http/request-log';
import { playground } from './playground';

/** Bindings declared in wrangler.toml. */
export type Env = Record<string, unknown>;

/** Repeat queries answered before Yoga; see src/http/cache.ts. */
const cache = responseCache({ schema });
/** One JSON line per /graphql request for Workers Logs; see src/http/request-log.ts. */
const log = requestLog();

/** The GraphQL server, created once per isolate. */
const yoga = createYoga<Env>({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  // CORS is answered by src/http/cors.ts for every route, from the CORS_ORIGINS allow-list.
  cors: false,
  // The log's plugin first: it records the params before another plugin may refuse them.
  // The cache's plugin last: it hands Yoga the params the cache middleware already parsed.
  plugins: [log.plugin, ...persistedOperations(), queryLimitsPlugin, costPlugin, cache.plugin],
  // Batching off, masked errors in every mode, body size: see src/graphql/limits.ts.
  ...yogaLimits,
});

const app = new Hono<{ Bindings: Env }>();

// Outermost on /graphql: it logs the final status and the request id set below.
app.use('/graphql', log.middleware);
// First, so that every response, errors and preflights included, carries them.
app.use('*', requestId());
app.use('*', cors());
app.route('/', meta);

// Before anything reads a /graphql request: oversized bodies and URLs get 413/414 unparsed.
app.use('/graphql', requestLimits());
// Before the GraphQL route: browsers asking for HTML at GET /graphql get GraphiQL.
app.route('/', playground);
// After the body limit and CORS, before Yoga: repeats are answered without parsing or executing.
app.use('/graphql', cache.middleware);
app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));
// Any other method gets 405 and the methods GraphQL over HTTP allows, not a 404 for an existing URL.
app.all('/graphql', (c) =>
  c.json({ errors: [{ message: `${c.req.method} is not supported: send GET or POST.`, extensions: { code: 'METHOD_NOT_ALLOWED' } }], extensions: { cost: NOT_COSTED } }, 405, {
    Allow: 'GET, POST, OPTIONS',
  }),
);

export default app;
