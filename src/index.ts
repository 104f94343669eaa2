import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { store } from './data';
import type { Bindings, Env } from './env';
import { schema } from './graphql';
import type { Context } from './graphql/builder';
import { costPlugin, errorPolicyPlugin, maskedErrors, queryLimitsPlugin } from './graphql/limits';
import { bodyLimit } from './http/body-limit';
import { responseCache } from './http/cache';
import { cors } from './http/cors';
import { errorResponse } from './http/error-response';
import { meta } from './http/meta';
import { persistedOperations } from './http/persisted-operations';
import { requestId } from './http/request-id';
import { requestLog } from './http/request-log';
import { playground } from './playground';

/** Repeat queries answered before Yoga; see src/http/cache.ts. */
const cache = responseCache({ schema });
/** One JSON line per /graphql request for Workers Logs; see src/http/request-log.ts. */
const log = requestLog();

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
  plugins: [log.plugin, persistedOperations(), errorPolicyPlugin, queryLimitsPlugin, costPlugin, cache.plugin],
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
// Outermost on /graphql: it logs the final status and the request id set below.
app.use('/graphql', log.middleware);
// First on every route, so that every response, errors and preflights included, carries them.
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
app.all('/graphql', (c) => errorResponse(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not supported: send GET or POST.`, { Allow: ALLOW }));

export default app;
