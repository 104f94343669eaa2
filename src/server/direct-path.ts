// Own code: Yoga has no entry point for params that are already parsed, and its path from params
// to a Response runs every plugin's hooks through its envelop on each request (params checks,
// parse, validate, context, execute and result hooks, most of them no-ops for a query that
// succeeds); on a response-cache miss that cost about as much as validating a new document.
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphQLParams } from 'graphql-yoga';
import type { Context } from '../graphql/builder';
import { jsonMediaType } from './media-type';
import { costExtension, LIMITS, rememberedCost } from './plugins/limits';
import { selectedCoordinates } from './plugins/look-ahead';
import { persistedParams } from './plugins/persisted-operations';

/** The parts of the server the direct path answers with: the same ones Yoga's plugins use. */
export interface DirectPathParts {
  readonly schema: GraphQLSchema;
  /** A runnable document for a query (parsed, checked and validated, or from the cache); see src/server/plugins/document-cache.ts. */
  readonly prepare: (query: string) => DocumentNode | undefined;
  /** The context resolvers get, as Yoga's context factory builds it for the same bindings. */
  readonly contextFor: (env: unknown) => object;
  /** Told what ran and the result sent, as the request log's Yoga plugin would be. */
  readonly record: (request: Request, params: GraphQLParams, operation: OperationDefinitionNode, result: ExecutionResult) => void;
  /** Told the encoded JSON of the result, as the response cache's Yoga plugin would be told its text. */
  readonly answered: (request: Request, body: Uint8Array<ArrayBuffer>) => void;
}

/** The params Yoga's own check accepts (graphql-yoga's checkGraphQLQueryParams), for a document given as text. */
const KNOWN_PARAMS = new Set(['query', 'variables', 'operationName', 'extensions']);
const isObjectOrNull = (value: unknown) => value == null || (typeof value === 'object' && !Array.isArray(value));
function acceptable(params: GraphQLParams): params is GraphQLParams & { query: string } {
  for (const key in params) if ((params as Record<string, unknown>)[key] != null && !KNOWN_PARAMS.has(key)) return false;
  return typeof params.query === 'string' && isObjectOrNull(params.variables) && isObjectOrNull(params.extensions);
}

const encoder = new TextEncoder();
const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * Answers GraphQL params the response cache parsed the way Yoga would, when Yoga's answer is a
 * single JSON result without errors: the persisted query resolved, the document prepared, the
 * operation costed within `LIMITS.maxCost`, executed by graphql-js with the context Yoga builds,
 * `extensions.cost` added, and the same body, status and media type. Returns undefined for
 * everything else (any error, a stream, an operation Yoga refuses), which Yoga then answers from
 * the start: queries are read-only, so running one twice changes nothing.
 */
export function directPath(parts: DirectPathParts) {
  const { schema, prepare, contextFor, record, answered } = parts;

  const run = async (request: Request, params: GraphQLParams, env: unknown): Promise<Response | undefined> => {
    if (!acceptable(params)) return undefined;
    const document = prepare(params.query);
    if (!document) return undefined;
    const operation = getOperationAST(document, params.operationName);
    if (operation?.operation !== 'query') return undefined;
    const variableValues = params.variables as Record<string, unknown> | undefined;
    const cost = rememberedCost({ schema, document, variableValues }, operation);
    if (cost > LIMITS.maxCost) return undefined;
    const mediaType = jsonMediaType(request.headers.get('accept'));
    if (!mediaType) return undefined;

    const contextValue = contextFor(env) as Partial<Context>;
    // As lookAheadPlugin does for Yoga: a store that reads over a network reads links' far ends with the links.
    contextValue.store?.lookAhead?.(selectedCoordinates(schema, document));
    const executed = execute({ schema, document, contextValue, variableValues, operationName: params.operationName });
    const { data, errors } = (isThenable(executed) ? await executed : executed) as ExecutionResult;
    if (errors?.length) return undefined;
    const result: ExecutionResult = { data, extensions: { cost: costExtension(cost) } };
    const body = encoder.encode(JSON.stringify(result)) as Uint8Array<ArrayBuffer>;
    record(request, params, operation, result);
    answered(request, body);
    return new Response(body, { status: 200, headers: { 'content-type': `${mediaType}; charset=utf-8` } });
  };

  /** The Response Yoga would send for `params`, or undefined when Yoga must answer. */
  return (request: Request, params: GraphQLParams, env: unknown): Response | undefined | Promise<Response | undefined> => {
    try {
      const resolved = persistedParams(params);
      return isThenable(resolved)
        ? resolved.then(
            (p) => run(request, p, env),
            () => undefined,
          )
        : run(request, resolved, env);
    } catch {
      return undefined;
    }
  };
}
