import { GraphQLError, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { parseLean } from '../lean-document';
import { LIMIT_CODES, LIMITS, requestError } from './config';
import { COST_CEILING, operationCost } from './cost';
import { costExtension } from './cost-extension';
import { QueryShapeLimitsRule } from './shape-rule';

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
    const cost = operationCost(args.schema, args.document, operation, args.variableValues);
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
