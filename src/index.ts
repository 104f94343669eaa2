import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { datasetVersionFor, storeFor } from './data/by-binding';
import type { Bindings, Env } from './env';
import { schema } from './graphql';
import type { Context } from './graphql/builder';
import { errorPolicyPlugin, maskedErrors, queryLimitsPlugin } from './graphql/limits';
import { bodyLimit } from './http/body-limit';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { errorResponse } from './http/error-response';
import { meta } from './http/meta';
import { persistedOperations } from './http/persisted-operations';
import { requestId } from './http/request-id';
import { playground } from './playground';

/** Repeat queries answered before Yoga; see src/http/cache.ts. */
const cache = responseCache({ schema, datasetVersion: datasetVersionFor });

/** The GraphQL server, created once per isolate. */
const yoga = createYoga<Bindings, Context>({
  schema,
  // Resolvers read the store through the context, so the same schema runs on any store: D1 when
  // the Worker has a DB binding (a store per request, for its DataLoaders), else the embedded data.
  context: (server) => ({ store: storeFor(server) }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  // CORS is answered by src/http/cors.ts for every route, from the CORS_ORIGINS allow-list.
  cors: false,
  // The cache's plugin last: it hands Yoga the params the cache middleware already parsed.
  plugins: [persistedOperations(), errorPolicyPlugin, queryLimitsPlugin, cache.plugin],
  maskedErrors,
  batching: false,
  // Bodies are bounded before Yoga by src/http/body-limit.ts (413 on every /graphql request over
  // its limit, chunked ones included); Yoga's own limit would re-stream each body.
  maxRequestBodySize: false,
});

/** Methods /graphql answers; every other one gets 405 with this list. */
const ALLOW = 'GET, POST, OPTIONS';

const app = new Hono<Env>();

// The order is the request pipeline of README.md's map.
// First, so that every response, errors and preflights included, carries them.
app.use('*', requestId());
app.use('*', cors());
app.route('/', meta);
// Before anything reads a /graphql request: oversized bodies and URLs get 413/414 unparsed.
app.use('/graphql', bodyLimit());
// Before the GraphQL route: browsers asking for HTML at GET /graphql get GraphiQL.
app.route('/', playground);
// After the body limit and CORS, before Yoga: repeats are answered without parsing or executing.
app.use('/graphql', cache.middleware);
app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));
// Any other method gets 405 and the methods GraphQL over HTTP allows, not a 404 for an existing URL.
app.all('/graphql', (c) =>
  errorResponse(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not supported: send GET or POST.`, { Allow: ALLOW }),
);

export default app;
