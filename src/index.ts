import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { store } from './data';
import type { Bindings, Env } from './env';
import { schema } from './graphql';
import type { Context } from './graphql/builder';
import { documentCaches } from './graphql/document-cache';
import { costPlugin, errorPolicyPlugin, maskedErrors, queryLimitsPlugin } from './graphql/limits';
import { operationRulesPlugin } from './graphql/operation-rules';
import { acceptNegotiation } from './http/accept';
import { bodyLimit } from './http/body-limit';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { graphqlHandler } from './http/graphql-handler';
import { meta } from './http/meta';
import { graphqlMethods } from './http/methods';
import { persistedOperations } from './http/persisted-operations';
import { rateLimit } from './http/rate-limit';
import { requestId } from './http/request-id';
import { requestLog } from './http/request-log';
import { playground } from './playground';

/** Repeat queries answered before Yoga; see src/http/cache.ts. */
const cache = responseCache({ schema });
/** One JSON line per /graphql request for Workers Logs; see src/http/request-log.ts. */
const log = requestLog();
/** Parsed documents, bounded by bytes; see src/graphql/document-cache.ts. */
const documents = documentCaches();

/** The GraphQL server, created once per isolate. */
const yoga = createYoga<Bindings, Context>({
  schema,
  // Resolvers read the store through the context, so the same schema runs on any store.
  context: () => ({ store }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  // CORS is answered by src/http/cors.ts for every route, from the CORS_ORIGINS allow-list.
  cors: false,
  // The log's plugin first: it records the params before another plugin may refuse them.
  // The cache's plugin last: it hands Yoga the params the cache middleware already parsed.
  plugins: [
    log.plugin,
    persistedOperations(),
    errorPolicyPlugin,
    queryLimitsPlugin,
    operationRulesPlugin(schema),
    costPlugin,
    documents.plugin,
    cache.plugin,
  ],
  parserAndValidationCache: documents.options,
  maskedErrors,
  batching: false,
  // Bodies are bounded before Yoga by src/http/body-limit.ts (413 on every /graphql request over
  // its limit, chunked ones included); Yoga's own limit would re-stream each body.
  maxRequestBodySize: false,
});

const app = new Hono<Env>();

// The order is the request pipeline of README.md's map.
// Outermost on /graphql: it logs the final status and the request id set below.
app.use('/graphql', log.middleware);
// First on every route, so that every response, errors and preflights included, carries them.
app.use('*', requestId());
app.use('*', cors());
app.route('/', meta);
// After CORS (browsers must be able to read a 429), before any work, cache hits included.
app.use('/graphql', rateLimit());
// HEAD as GET, OPTIONS without a preflight, and the same 405 for every other method.
app.use('/graphql', graphqlMethods());
// Before anything reads a /graphql request: oversized bodies and URLs get 413/414 unparsed.
app.use('/graphql', bodyLimit());
// Before the GraphQL route: browsers asking for HTML at GET /graphql get GraphiQL.
app.route('/', playground);
// After GraphiQL's check, before the cache keys on Accept: q values decide the media type (or 406).
app.use('/graphql', acceptNegotiation());
// After the body limit and CORS, before Yoga: repeats are answered without parsing or executing.
app.use('/graphql', cache.middleware);
// graphqlMethods (above) lets only GET and POST (HEAD as GET) reach this. Params the cache parsed
// go straight to Yoga's execution steps; everything else, and every error, through yoga.fetch.
app.on(['GET', 'POST'], '/graphql', graphqlHandler(yoga, cache.paramsOf));

export default app;
