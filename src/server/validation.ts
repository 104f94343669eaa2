// Own code: graphql-js' validate() merges its rules with visitInParallel, which looks up every
// rule's handlers for all 40 node kinds (an object each) on every call, then offers each node to
// every rule, and walks the document with its general visitor (edits, a stack of frames); with 28
// rules that was most of a new document's validation. This runs the same rules in the same order
// with the same arguments, with each kind's handlers resolved once per call, only the rules that
// handle a kind offered its nodes, and executable documents walked by a plain recursion.
import {
  type ASTNode,
  type ASTVisitor,
  assertValidSchema,
  BREAK,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  specifiedRules,
  TypeInfo,
  ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';

type Handler = (this: ASTVisitor, ...args: unknown[]) => unknown;

/** The error graphql-js reports once a document has more errors than `MAX_ERRORS`. */
const MAX_ERRORS = 100;

/** The child keys of executable nodes graphql-js visits when validating (QueryDocumentKeys without descriptions). */
const EXECUTABLE_KEYS: Readonly<Record<string, readonly string[]>> = {
  Name: [],
  Document: ['definitions'],
  OperationDefinition: ['name', 'variableDefinitions', 'directives', 'selectionSet'],
  VariableDefinition: ['variable', 'type', 'defaultValue', 'directives'],
  Variable: ['name'],
  SelectionSet: ['selections'],
  Field: ['alias', 'name', 'arguments', 'directives', 'selectionSet'],
  Argument: ['name', 'value'],
  FragmentSpread: ['name', 'directives'],
  InlineFragment: ['typeCondition', 'directives', 'selectionSet'],
  FragmentDefinition: ['name', 'variableDefinitions', 'typeCondition', 'directives', 'selectionSet'],
  IntValue: [],
  FloatValue: [],
  StringValue: [],
  BooleanValue: [],
  NullValue: [],
  EnumValue: [],
  ListValue: ['values'],
  ObjectValue: ['fields'],
  ObjectField: ['name', 'value'],
  Directive: ['name', 'arguments'],
  NamedType: ['name'],
  ListType: ['type'],
  NonNullType: ['type'],
};

type Visit = (node: ASTNode, key: string | number | undefined, parent: unknown, path: (string | number)[], ancestors: unknown[]) => unknown;

/**
 * graphql-js' `visit` for a visitor that never edits or breaks, on an executable document: each
 * node entered and left with the same key, parent (the array for list items), path and ancestors
 * (every node and array above the parent).
 */
function walk(
  node: ASTNode,
  key: string | number | undefined,
  parent: unknown,
  path: (string | number)[],
  ancestors: unknown[],
  enter: Visit,
  leave: Visit,
) {
  enter(node, key, parent, path, ancestors);
  const keys = EXECUTABLE_KEYS[node.kind]!;
  if (keys.length > 0) {
    if (parent !== undefined) ancestors.push(parent);
    for (const name of keys) {
      const child = (node as unknown as Record<string, unknown>)[name];
      if (child == null) continue;
      path.push(name);
      if (Array.isArray(child)) {
        ancestors.push(node);
        for (let i = 0; i < child.length; i++) {
          if (child[i] == null) continue;
          path.push(i);
          walk(child[i], i, child, path, ancestors, enter, leave);
          path.pop();
        }
        ancestors.pop();
      } else {
        walk(child as ASTNode, name, node, path, ancestors, enter, leave);
      }
      path.pop();
    }
    if (parent !== undefined) ancestors.pop();
  }
  leave(node, key, parent, path, ancestors);
}

/** Whether every definition is an operation or a fragment (anything else is walked by graphql-js' own `visit`). */
const isExecutable = (document: DocumentNode) =>
  document.definitions.every((d) => d.kind === 'OperationDefinition' || d.kind === 'FragmentDefinition');

/**
 * visitInParallel and visitWithTypeInfo in one visitor, with the same semantics: each rule sees
 * the nodes in order, a rule that returns `false` skips the node's subtree (for itself only),
 * `BREAK` stops it, any other value ends the node's visit; the TypeInfo enters every node before
 * the rules and leaves it after them.
 */
function parallelWithTypeInfo(visitors: readonly ASTVisitor[], typeInfo: TypeInfo): ASTVisitor {
  const skipping: unknown[] = visitors.map(() => null);
  // Per kind: [rule index, handler] pairs; leave lists every rule that enters the kind too, so a
  // rule skipping a node resumes once it is left.
  const enters = new Map<string, [number, Handler][]>();
  const leaves = new Map<string, [number, Handler | undefined][]>();
  const resolve = (kind: string) => {
    const enter: [number, Handler][] = [];
    const leave: [number, Handler | undefined][] = [];
    // As graphql-js' getEnterLeaveForKind: { Kind: { enter, leave } }, { Kind() {} } or { enter, leave }.
    visitors.forEach((visitor, i) => {
      const forKind = (visitor as Record<string, unknown>)[kind];
      const handlers = (typeof forKind === 'object' && forKind !== null ? forKind : typeof forKind === 'function' ? null : visitor) as {
        enter?: Handler;
        leave?: Handler;
      } | null;
      const onEnter = handlers ? handlers.enter : (forKind as Handler);
      const onLeave = handlers?.leave;
      if (onEnter) enter.push([i, onEnter]);
      if (onEnter || onLeave) leave.push([i, onLeave]);
    });
    enters.set(kind, enter);
    leaves.set(kind, leave);
    return enter;
  };
  return {
    // Named parameters rather than a rest array: no array is made per node entered and left.
    enter(node: ASTNode, key: unknown, parent: unknown, path: unknown, ancestors: unknown) {
      // Descriptions do not affect validation (graphql-js leaves them out of its traversal).
      if (key === 'description') return false;
      typeInfo.enter(node);
      for (const [i, handler] of enters.get(node.kind) ?? resolve(node.kind)) {
        if (skipping[i] !== null) continue;
        const result = handler.call(visitors[i]!, node, key, parent, path, ancestors);
        if (result === false) skipping[i] = node;
        else if (result === BREAK) skipping[i] = BREAK;
        else if (result !== undefined) {
          typeInfo.leave(node);
          return result;
        }
      }
      return undefined;
    },
    leave(node: ASTNode, key: unknown, parent: unknown, path: unknown, ancestors: unknown) {
      let result: unknown;
      for (const [i, handler] of leaves.get(node.kind)!) {
        if (skipping[i] === null) {
          const returned = handler?.call(visitors[i]!, node, key, parent, path, ancestors);
          if (returned === BREAK) skipping[i] = BREAK;
          else if (returned !== undefined && returned !== false) {
            result = returned;
            break;
          }
        } else if (skipping[i] === node) {
          skipping[i] = null;
        }
      }
      typeInfo.leave(node);
      return result;
    },
  } as ASTVisitor;
}

/** One use of a variable, as `ValidationContext.getVariableUsages` records it. */
interface VariableUsage {
  readonly node: ASTNode;
  readonly type: unknown;
  readonly defaultValue: unknown;
  readonly parentType: unknown;
}

/**
 * Records each operation's and fragment's variable usages during the main pass, exactly as
 * `ValidationContext.getVariableUsages` would find them with a TypeInfo of its own (variable
 * definitions skipped), and hands them to the context's cache as the definition is left, before
 * any rule's leave asks: the three variable rules then read them instead of walking each
 * operation a second time. A fragment defined after the operation that spreads it is not yet
 * recorded when that operation is left; the context walks it itself, and its entry is kept.
 */
function variableUsages(context: ValidationContext, typeInfo: TypeInfo): ASTVisitor {
  const cache = (context as unknown as { _variableUsages?: unknown })._variableUsages;
  if (!(cache instanceof Map)) return {};
  let usages: VariableUsage[] = [];
  const start = () => {
    usages = [];
  };
  const finish = (node: ASTNode) => {
    if (!cache.has(node)) cache.set(node, usages);
  };
  return {
    OperationDefinition: { enter: start, leave: finish },
    FragmentDefinition: { enter: start, leave: finish },
    VariableDefinition: () => false,
    Variable(node) {
      usages.push({
        node,
        type: typeInfo.getInputType(),
        defaultValue: typeInfo.getDefaultValue(),
        parentType: typeInfo.getParentInputType(),
      });
    },
  };
}

/** Thrown to stop at the error limit, as graphql-js does. */
const aborted = Object.freeze({});
/** graphql-js' own "Validation aborted." error, thrown when a document exhausts a rule's work budget. */
const isValidationAborted = (error: unknown) => error instanceof GraphQLError && error.message === 'Validation aborted.';

/**
 * graphql-js' `validate` (same rules, same errors in the same order, the same 100-error limit),
 * with a cheaper merge of the rules: see the note at the top of this file. Descriptions are not
 * visited, as the specification says. The schema is checked once, as graphql-js does.
 */
export function validateDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[] = specifiedRules,
): GraphQLError[] {
  assertValidSchema(schema);
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  const context = new ValidationContext(schema, document, typeInfo, (error) => {
    if (errors.length >= MAX_ERRORS) {
      errors.push(new GraphQLError('Too many validation errors, error limit reached. Validation aborted.'));
      throw aborted;
    }
    errors.push(error);
  });
  try {
    // The usage recorder goes first, so a definition's usages are cached before any rule leaves it.
    const visitor = parallelWithTypeInfo([variableUsages(context, typeInfo), ...rules.map((rule) => rule(context))], typeInfo);
    if (isExecutable(document)) {
      const { enter, leave } = visitor as unknown as { enter: Visit; leave: Visit };
      walk(document, undefined, undefined, [], [], enter, leave);
    } else {
      visit(document, visitor);
    }
  } catch (error) {
    if (isValidationAborted(error)) errors.push(error as GraphQLError);
    else if (error !== aborted) throw error;
  }
  return errors;
}
