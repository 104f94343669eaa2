import type { GraphQLSchema } from 'graphql';
import { datasetVersionFor, storeFor } from '../data';
import type { Bindings } from '../env';
import { servedSchema } from '../graphql';
import type { Context } from '../graphql/builder';
import { type ResponseCache, responseCache } from '../http/cache';
import { directPath } from './direct-path';
import type { Direct } from './graphql-handler';
import { log } from './log';
import { type DocumentCaches, documentCaches } from './plugins/document-cache';
import { QueryShapeLimitsRule } from './plugins/limits';
import { SupportedVariableNamesRule } from './plugins/operation-rules';
import { validationRules } from './plugins/validation';

/** The GraphQL server's parts that the response cache, the direct path and Yoga share. */
export interface ServerParts {
  readonly schema: GraphQLSchema;
  /** Repeat queries answered before Yoga; see src/http/cache/. */
  readonly cache: ResponseCache;
  /** Parsed documents, bounded by bytes; see src/server/plugins/document-cache.ts. */
  readonly documents: DocumentCaches;
  /** The project's validation rules, after graphql-js' specified ones: depth, aliases, directives; variable names. */
  readonly rules: typeof rules;
  /**
   * The context resolvers read: the store, so the same schema runs on any store: D1 when the Worker
   * has a DB binding (a store per request, for its DataLoaders), else the embedded data.
   */
  readonly contextFor: (env: unknown) => Context;
  /** Cache misses answered without Yoga's per-request machinery when they succeed; see src/server/direct-path.ts. */
  readonly direct: Direct;
}

const rules = [QueryShapeLimitsRule, SupportedVariableNamesRule];

function createParts(): ServerParts {
  const schema = servedSchema();
  const cache = responseCache({ schema, datasetVersion: datasetVersionFor });
  const documents = documentCaches({ schema, rules: validationRules(rules) });
  const contextFor = (env: unknown): Context => ({ store: storeFor(env as Bindings) });
  const direct = directPath({ schema, prepare: documents.prepare, contextFor, record: log.record, answered: cache.answered });
  return { schema, cache, documents, rules, contextFor, direct };
}

let parts: ServerParts | undefined;
/**
 * The server's parts, made by the first request that needs them and kept for the isolate's life.
 * Not at module load: a cold isolate's startup then only evaluates code, and the schema and the
 * embedded store (built by its first use, src/data) are built with the first GraphQL request.
 */
export const serverParts = (): ServerParts => (parts ??= createParts());
