import { type DocumentNode, GraphQLError, getOperationAST, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { parseLean } from '../../lean-document';
import { LIMIT_CODES, LIMITS, requestError } from './config';
import { COST_CEILING, operationCost } from './cost';
import { costExtension } from './cost-extension';
import { QueryShapeLimitsRule } from './shape-rule';

/** Variables longer than this (as JSON) are costed afresh every time rather than kept. */
const MAX_COST_KEY_LENGTH = 512;
/** Costs kept per document: a client paging through one query sends few distinct values. */
const MAX_COSTS_PER_DOCUMENT = 32;
const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * `operationCost`, remembered per parsed document: the cost depends only on the (fixed) schema,
 * the document, the operation and the values of the variables it declares, so a known document
 * sent again with the same values (or with only undeclared ones new) is not walked again. Kept
 * beside the document, so it goes when the document cache drops it.
 */
function costOf(
  args: { schema: Parameters<typeof operationCost>[0]; document: DocumentNode; variableValues?: Record<string, unknown> | null },
  operation: OperationDefinitionNode,
): number {
  const variables = args.variableValues ?? {};
  // 0 for a missing value, [value] for a given one: missing and null coerce differently.
  const values = (operation.variableDefinitions ?? []).map((d) =>
    variables[d.variable.name.value] === undefined ? 0 : [variables[d.variable.name.value]],
  );
  const key = `${operation.name?.value ?? ''}\n${JSON.stringify(values)}`;
  if (key.length > MAX_COST_KEY_LENGTH) return operationCost(args.schema, args.document, operation, variables);
  let known = costs.get(args.document);
  const found = known?.get(key);
  if (found !== undefined) return found;
  const cost = operationCost(args.schema, args.document, operation, variables);
  if (!known) {
    known = new Map();
    costs.set(args.document, known);
  }
  if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/**
 * The Yoga plugin enforcing `LIMITS` on every GraphQL operation: tokens while parsing (so deep
 * nesting never reaches the parser's recursion), depth/aliases/directives while validating, cost
 * before executing.
 */
export const queryLimitsPlugin: Plugin = {
  onParse({ setParseFn }) {
    setParseFn((source, options) => {
      try {
        return parseLean(source, { ...options, maxTokens: LIMITS.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
          throw requestError(`The document has more than ${LIMITS.maxTokens} tokens; send a smaller query.`, LIMIT_CODES.tokens, {
            maxTokens: LIMITS.maxTokens,
          });
        }
        throw error;
      }
    });
  },
  onValidate({ addValidationRule }) {
    addValidationRule(QueryShapeLimitsRule);
  },
  onExecute({ args, setResultAndStopExecution }) {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const cost = costOf(args, operation);
    if (cost > LIMITS.maxCost) {
      const shown = cost >= COST_CEILING ? `over ${COST_CEILING}` : String(cost);
      setResultAndStopExecution({
        errors: [
          requestError(
            `The query costs ${shown}; at most ${LIMITS.maxCost} is allowed. Ask for smaller pages (first/last) or fewer nested lists.`,
            LIMIT_CODES.cost,
            { maxCost: LIMITS.maxCost, cost: costExtension(cost) },
          ),
        ],
        extensions: { cost: costExtension(cost) },
      });
      return;
    }
    return {
      onExecuteDone({ result }) {
        // Also on partial results and errors raised while executing: the operation was costed and ran.
        if (result && !isAsyncIterable(result)) result.extensions = { ...result.extensions, cost: costExtension(cost) };
      },
    };
  },
};
