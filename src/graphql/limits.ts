import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import { parseLean } from './lean-document';

/**
 * Every limit the public endpoint enforces, in one place. The README's Security section documents
 * these values, and tests/limits.test.ts checks that each is enforced and that every example query
 * stays within them.
 */
export const LIMITS = {
  /** Largest request body (and GET URL) in bytes; more is refused with 413 (414) before parsing. */
  maxBodyBytes: 64 * 1024,
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

// A request error in GraphQL-over-HTTP terms: 400 for application/graphql-response+json, 200 for
// application/json (Yoga reads `http.spec`; it strips `http` from the response).
const requestError = (message: string, code: string, limits: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code, ...limits, http: { status: 400, spec: true } } });

const isIntrospectionRoot = (name: string) => name === '__schema' || name === '__type';

/** Depth of each fragment's selection set, computed once per document (fragments can nest). */
function depthMeter(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const depthOf = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const selection of set.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        // Introspection is bounded by graphql-js' own MaxIntrospectionDepthRule and its flat cost.
        if (isIntrospectionRoot(selection.name.value)) continue;
        depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet, seen) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Cycles and unknown fragments are reported by the standard rules; they add no depth here.
        if (!fragment || seen.has(name)) continue;
        if (!memo.has(name)) memo.set(name, depthOf(fragment.selectionSet, new Set([...seen, name])));
        depth = memo.get(name)!;
      }
      if (depth > max) max = depth;
    }
    return max;
  };
  return (operation: OperationDefinitionNode) => depthOf(operation.selectionSet, new Set());
}

/**
 * Validation rule: refuses operations nested deeper than `LIMITS.maxDepth`, and documents with
 * more than `LIMITS.maxAliases` aliases or `LIMITS.maxDirectives` directives. It depends on the
 * document alone, so Yoga's validation cache may keep its result.
 */
export function QueryShapeLimitsRule(context: ValidationContext): ASTVisitor {
  // Counted during validation's own traversal (rules are visited in parallel), checked on leaving.
  let aliases = 0;
  let directives = 0;
  return {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
    Document: {
      leave(document) {
        if (aliases > LIMITS.maxAliases) {
          context.reportError(
            requestError(`The document uses ${aliases} aliases; at most ${LIMITS.maxAliases} are allowed.`, LIMIT_CODES.aliases, {
              maxAliases: LIMITS.maxAliases,
            }),
          );
        }
        if (directives > LIMITS.maxDirectives) {
          context.reportError(
            requestError(
              `The document uses ${directives} directives; at most ${LIMITS.maxDirectives} are allowed.`,
              LIMIT_CODES.directives,
              { maxDirectives: LIMITS.maxDirectives },
            ),
          );
        }
        const depthOf = depthMeter(document);
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const depth = depthOf(definition);
          if (depth > LIMITS.maxDepth) {
            const name = definition.name ? `Operation "${definition.name.value}"` : 'The operation';
            context.reportError(
              requestError(`${name} is nested ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed.`, LIMIT_CODES.depth, {
                maxDepth: LIMITS.maxDepth,
              }),
            );
          }
        }
      },
    },
  };
}

const COST_CEILING = 1e15;

/**
 * The cost of running `operation` with `variables`, before anything runs: every field costs 1;
 * a connection multiplies what it selects by its `first`/`last` (default 20, capped at the page
 * limit: larger pages are refused by the resolver anyway); `nodes(ids:)` by the number of IDs;
 * other lists of objects by `LIMITS.listCostFactor`; `__schema`/`__type` cost
 * `LIMITS.introspectionCost` flat. Fragments and union branches all count, as if all applied.
 * Arguments are read as execution coerces them; variables that do not coerce cost 0 (execution
 * refuses them before anything runs).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // The arguments as execution will see them: variables coerced by their declared types (defaults
  // applied), looked up whatever they are called. Variables that do not coerce never execute.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return 0;
  const coercedVariables = coerced.coerced;

  const argumentValue = (def: GraphQLField<unknown, unknown>, field: FieldNode, name: string): unknown => {
    try {
      return getArgumentValues(def, field, coercedVariables)[name];
    } catch {
      // An argument that does not coerce fails execution before anything runs.
      return undefined;
    }
  };
  const pageSize = (value: unknown): number => {
    if (value == null) return DEFAULT_PAGE_SIZE;
    if (typeof value !== 'number' || !Number.isFinite(value)) return MAX_PAGE_SIZE;
    return Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE);
  };
  const multiplier = (parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const returns = getNamedType(def.type);
    const argNames = new Set(def.args.map((a) => a.name));
    if (returns.name.endsWith('Connection') && (argNames.has('first') || argNames.has('last'))) {
      const first = argumentValue(def, node, 'first');
      const last = argumentValue(def, node, 'last');
      return first == null && last != null ? pageSize(last) : pageSize(first);
    }
    if (!isListType(getNullableType(def.type))) return 1;
    // A connection's edges/nodes are its page, already counted by the connection field.
    if (parent.name.endsWith('Connection')) return 1;
    if (argNames.has('ids')) {
      const ids = argumentValue(def, node, 'ids');
      return Array.isArray(ids) ? Math.min(ids.length, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
    }
    return LIMITS.listCostFactor;
  };

  const fragmentCost = new Map<string, number>();
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (isIntrospectionRoot(name)) {
          total += LIMITS.introspectionCost;
          continue;
        }
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!def) {
          total += 1;
          continue;
        }
        const inner = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(def.type), seen) : 0;
        total += 1 + multiplier(parent, def, selection) * inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type ?? parent, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        if (!fragmentCost.has(name)) {
          const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
          fragmentCost.set(name, costOf(fragment.selectionSet, type, new Set([...seen, name])));
        }
        total += fragmentCost.get(name)!;
      }
      if (total > COST_CEILING) return COST_CEILING;
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root, new Set()) : 0;
}

// graphql-js appends "Did you mean ...?" with schema names to some messages; a public API hides
// them so that it does not help anyone map the schema by trial and error.
const SUGGESTION = / ?Did you mean [^?]*\?$/;

function hideSuggestions(errors: readonly Error[] | undefined) {
  for (const error of errors ?? []) {
    if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '').trimEnd();
  }
}

/**
 * The Yoga plugin enforcing `LIMITS` on every GraphQL operation: tokens while parsing (so deep
 * nesting never reaches the parser's recursion), depth/aliases/directives while validating, cost
 * before executing; it also hides field suggestions.
 */
export const queryLimitsPlugin: Plugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    // Yoga parses `variables`/`extensions` of GET and form requests with a bare JSON.parse, whose
    // SyntaxError would otherwise surface as a masked 500.
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new GraphQLError('"variables" and "extensions" must be JSON objects.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
    });
  },
  onParse({ setParseFn }) {
    setParseFn((source, options) => {
      try {
        return parseLean(source, { ...options, maxTokens: LIMITS.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
          throw requestError(
            `The document has more than ${LIMITS.maxTokens} tokens; send a smaller query.`,
            LIMIT_CODES.tokens,
            { maxTokens: LIMITS.maxTokens },
          );
        }
        throw error;
      }
    });
  },
  onValidate({ addValidationRule }) {
    addValidationRule(QueryShapeLimitsRule);
    return ({ result }) => hideSuggestions(result);
  },
  onExecute({ args, setResultAndStopExecution }) {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation) {
      const cost = operationCost(args.schema, args.document, operation, args.variableValues);
      if (cost > LIMITS.maxCost) {
        const shown = cost >= COST_CEILING ? `over ${COST_CEILING}` : String(cost);
        setResultAndStopExecution({
          errors: [
            requestError(
              `The query costs ${shown}; at most ${LIMITS.maxCost} is allowed. Ask for smaller pages (first/last) or fewer nested lists.`,
              LIMIT_CODES.cost,
              { maxCost: LIMITS.maxCost },
            ),
          ],
        });
        return;
      }
    }
    return {
      onExecuteDone({ result }) {
        if (!result || !('errors' in result) || !result.errors) return;
        hideSuggestions(result.errors);
        // No data: execution never started (bad variables, unknown operation). Give it a code.
        if (!('data' in result) || result.data === undefined) {
          for (const error of result.errors) {
            const extensions = error.extensions as Record<string, unknown>;
            extensions.code ??= error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
          }
        }
      },
    };
  },
  onResultProcess({ result }) {
    // Yoga attaches the JSON parser's own error to "invalid JSON" errors: an internal detail.
    for (const single of Array.isArray(result) ? result : [result]) {
      if (!single || !('errors' in single) || !single.errors) continue;
      for (const error of single.errors) {
        const extensions = (error as GraphQLError).extensions as Record<string, unknown> | undefined;
        if (!extensions || !('originalError' in extensions)) continue;
        delete extensions.originalError;
        // Yoga answered it with its own status (400) only because of that original error: keep it.
        const http = extensions.http as { spec?: boolean } | undefined;
        if (http) http.spec = false;
      }
    }
  },
};

/** The createYoga options that harden the endpoint (spread them in; add `queryLimitsPlugin` to `plugins`). */
export const yogaLimits = {
  // Not even `wrangler dev` (where NODE_ENV is "development") may show stacks or internal messages.
  maskedErrors: { isDev: false },
  batching: false,
  // Bodies are bounded before Yoga by src/http/limits.ts (413 on every /graphql request over
  // `LIMITS.maxBodyBytes`, chunked ones included); Yoga's own limit would re-stream each body.
  maxRequestBodySize: false,
} satisfies Partial<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>>;
