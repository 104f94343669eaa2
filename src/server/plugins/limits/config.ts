import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from '../../../graphql/connection';

/**
 * Every limit a GraphQL operation is held to, in one place. docs/security.md documents these
 * values, and tests/limits.test.ts checks that each is enforced and that every example query
 * stays within them. The HTTP body and URL limit lives with the HTTP layer (src/http/body-limit.ts).
 */
export const LIMITS = {
  /** Most lexical tokens in a document; parsing stops at the first token over. */
  maxTokens: 1_000,
  /** Deepest field nesting of an operation, fragments included (introspection fields excluded). */
  maxDepth: 10,
  /** Highest cost of the operation that runs (see `operationCost`). */
  maxCost: 20_000,
  /** Most aliased fields in a document. */
  maxAliases: 50,
  /** Most directives (`@include`, `@skip`, ...) in a document. */
  maxDirectives: 20,
  /** Largest `first`/`last` of a connection; enforced by the connection resolvers themselves. */
  maxPageSize: MAX_PAGE_SIZE,
  /** Estimated length of a plain list field (not a connection) when costing a query. */
  listCostFactor: 5,
  /** Flat cost of `__schema` or `__type`: a full introspection fits, five in one request do not. */
  introspectionCost: 5_000,
  /**
   * Added to a field whose work follows the size of the data rather than its page: a search (it
   * ranks every match) or a round filter that checks a share of all rounds one by one (see
   * work.ts). One fits in an operation, so no operation under the cost limit scans the data twice.
   */
  scanCost: 10_000,
  /** Added to a round filter that checks one company's or investor's rounds one by one (work.ts): at most nine fit in an operation. */
  narrowScanCost: 2_000,
} as const;

/** The stable `extensions.code` of each limit error. */
export const LIMIT_CODES = {
  tokens: 'TOO_MANY_TOKENS',
  depth: 'QUERY_TOO_DEEP',
  cost: 'QUERY_TOO_COMPLEX',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  bodySize: 'PAYLOAD_TOO_LARGE',
  urlSize: 'URI_TOO_LONG',
} as const;

/**
 * A request error in GraphQL-over-HTTP terms: 400 for application/graphql-response+json, 200 for
 * application/json (Yoga reads `http.spec`; it strips `http` from the response).
 */
export const requestError = (message: string, code: string, limits: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code, ...limits, http: { status: 400, spec: true } } });

/** `__schema` and `__type`: bounded by graphql-js' own introspection depth rule and a flat cost. */
export const isIntrospectionRoot = (name: string) => name === '__schema' || name === '__type';
