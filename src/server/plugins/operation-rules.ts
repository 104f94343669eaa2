import { type ASTVisitor, GraphQLError, type GraphQLSchema, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Validation rule: refuses a variable named `$__proto__`. Yoga's executor collects variables in a
 * plain object, where that name sets the prototype instead of a value, so the variable would be
 * silently dropped (and, say, a page size of 500 silently replaced by the default).
 */
export function SupportedVariableNamesRule(context: ValidationContext): ASTVisitor {
  return {
    VariableDefinition(node) {
      const name = node.variable.name.value;
      if (name !== '__proto__') return;
      context.reportError(new GraphQLError(`Variable "$${name}" cannot be used: rename it.`, { nodes: node.variable }));
    },
  };
}

/**
 * Rules on operations that graphql-js 16 does not check: an operation whose type the schema has
 * no root for (this read-only schema has no mutations or subscriptions) is refused as a request
 * error, HTTP 400 with `GRAPHQL_VALIDATION_FAILED` (graphql-js 17's KnownOperationTypesRule),
 * instead of an execution error with no code. It is checked right after parsing, before Yoga's
 * mutation-over-GET check, so a GET and a POST of the same mutation get the same answer; and
 * `SupportedVariableNamesRule` runs with validation.
 */
export function operationRulesPlugin(schema: GraphQLSchema): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (!result || result instanceof Error) return;
        for (const definition of result.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION || schema.getRootType(definition.operation)) continue;
          // Located by source and offset, not by node: Yoga caches parse errors, and an error that
          // held a node would keep the whole document alive with it.
          const loc = definition.loc;
          replaceParseResult(
            new GraphQLError(`The ${definition.operation} operation is not supported by the schema: it is read-only, send a query.`, {
              ...(loc && { source: loc.source, positions: [loc.start] }),
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: true } },
            }),
          );
          return;
        }
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(SupportedVariableNamesRule);
    },
  };
}
