import { createYoga } from 'graphql-yoga';
import { datasetVersionFor, storeFor } from '../data';
import type { Bindings } from '../env';
import { schema } from '../graphql';
import type { Context } from '../graphql/builder';
import { responseCache } from '../http/cache';
import { requestLog } from '../http/request-log';
import { directPath } from './direct-path';
import { documentCaches } from './plugins/document-cache';
import { costPlugin, errorPolicyPlugin, maskedErrors, QueryShapeLimitsRule, queryLimitsPlugin } from './plugins/limits';
import { lookAheadPlugin } from './plugins/look-ahead';
import { operationRulesPlugin, SupportedVariableNamesRule } from './plugins/operation-rules';
import { persistedOperations } from './plugins/persisted-operations';
import { validationPlugin, validationRules } from './plugins/validation';

/** Repeat queries answered before Yoga; see src/http/cache/. */
export const cache = responseCache({ schema, datasetVersion: datasetVersionFor });
/** One JSON line per /graphql request for Workers Logs; see src/http/request-log.ts. */
export const log = requestLog();
/** The project's validation rules, after graphql-js' specified ones: depth, aliases, directives; variable names. */
const rules = [QueryShapeLimitsRule, SupportedVariableNamesRule];
/** Parsed documents, bounded by bytes; see src/server/plugins/document-cache.ts. */
const documents = documentCaches({ schema, rules: validationRules(rules) });

/**
 * The context resolvers read: the store, so the same schema runs on any store: D1 when the Worker
 * has a DB binding (a store per request, for its DataLoaders), else the embedded data.
 */
const contextFor = (env: unknown): Context => ({ store: storeFor(env as Bindings) });

/** Cache misses answered without Yoga's per-request machinery when they succeed; see src/server/direct-path.ts. */
export const direct = directPath({ schema, prepare: documents.prepare, contextFor, record: log.record, answered: cache.answered });

const createServer = () =>
  createYoga<Bindings, Context>({
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

let server: ReturnType<typeof createServer> | undefined;
/**
 * The GraphQL server with every plugin the API runs, created on first use and kept for the
 * isolate's life: requests the direct path answers never need it, so a cold isolate does not
 * build it before its first response.
 */
export const yoga = () => (server ??= createServer());
