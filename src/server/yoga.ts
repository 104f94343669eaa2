import { createYoga } from 'graphql-yoga';
import type { Bindings } from '../env';
import type { Context } from '../graphql/builder';
import { log } from './log';
import type { ServerParts } from './parts';
import { costPlugin, errorPolicyPlugin, maskedErrors, queryLimitsPlugin } from './plugins/limits';
import { lookAheadPlugin } from './plugins/look-ahead';
import { operationRulesPlugin } from './plugins/operation-rules';
import { persistedOperations } from './plugins/persisted-operations';
import { validationPlugin } from './plugins/validation';

/**
 * The GraphQL server with every plugin the API runs, for every request the direct path leaves to
 * it (any error, a stream, a persisted query it does not know). See src/server/index.ts for when it is created.
 */
export function createServer({ schema, cache, documents, rules, contextFor }: ServerParts) {
  return createYoga<Bindings, Context>({
    schema,
    context: (server) => contextFor(server),
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
      validationPlugin(rules),
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
}
