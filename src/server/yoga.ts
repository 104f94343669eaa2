import { createYoga } from 'graphql-yoga';
import { datasetVersionFor, storeFor } from '../data';
import type { Bindings } from '../env';
import { schema } from '../graphql';
import type { Context } from '../graphql/builder';
import { responseCache } from '../http/cache';
import { requestLog } from '../http/request-log';
import { documentCaches } from './plugins/document-cache';
import { costPlugin, errorPolicyPlugin, maskedErrors, queryLimitsPlugin } from './plugins/limits';
import { lookAheadPlugin } from './plugins/look-ahead';
import { operationRulesPlugin } from './plugins/operation-rules';
import { persistedOperations } from './plugins/persisted-operations';

/** Repeat queries answered before Yoga; see src/http/cache/. */
export const cache = responseCache({ schema, datasetVersion: datasetVersionFor });
/** One JSON line per /graphql request for Workers Logs; see src/http/request-log.ts. */
export const log = requestLog();
/** Parsed documents, bounded by bytes; see src/server/plugins/document-cache.ts. */
const documents = documentCaches();

/** The GraphQL server with every plugin the API runs, created once per isolate (src/index.ts mounts it). */
export const yoga = createYoga<Bindings, Context>({
  schema,
  // Resolvers read the store through the context, so the same schema runs on any store: D1 when
  // the Worker has a DB binding (a store per request, for its DataLoaders), else the embedded data.
  context: (server) => ({ store: storeFor(server) }),
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
    lookAheadPlugin,
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
