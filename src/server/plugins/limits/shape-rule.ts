import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { isIntrospectionRoot, LIMIT_CODES, LIMITS, requestError } from './config';

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
 * document alone, so a document that passed it once is not validated again (src/server/plugins/document-cache.ts).
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
