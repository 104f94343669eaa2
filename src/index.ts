import { Hono } from 'hono';
import type { Env } from './env';
import { acceptNegotiation } from './http/accept';
import { bodyLimit } from './http/body-limit';
import { cors } from './http/cors';
import { meta } from './http/meta';
import { graphqlMethods } from './http/methods';
import { nosniff } from './http/nosniff';
import { rateLimit } from './http/rate-limit';
import { requestId } from './http/request-id';
import { playground } from './playground';
import { serverParts, yoga } from './server';
import { graphqlHandler } from './server/graphql-handler';
import { log } from './server/log';

const app = new Hono<Env>();

// The order is the request pipeline of README.md's map.
// Outermost on /graphql: it logs the final status and the request id set below.
app.use('/graphql', log.middleware);
// First on every route, so that every response, errors and preflights included, carries them.
app.use('*', requestId());
app.use('*', nosniff());
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
app.use('/graphql', (c, next) => serverParts().cache.middleware(c, next));
// graphqlMethods (above) lets only GET and POST (HEAD as GET) reach this. Params the cache parsed
// go to the direct path; everything else, and every error, through yoga.fetch.
app.on(['GET', 'POST'], '/graphql', graphqlHandler(serverParts, yoga));

export default app;
