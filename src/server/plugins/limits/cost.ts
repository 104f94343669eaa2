import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../graphql/connection';
import type { CostExtension } from '../../../graphql/cost-marks';
import { isIntrospectionRoot, LIMITS } from './config';
import { workCost } from './work';

const costExtension = (element: { extensions?: Readonly<Record<string, unknown>> | null }): CostExtension | undefined =>
  element.extensions?.cost as CostExtension | undefined;

/** Costs are reported up to this; past it, a query is refused as "over" it. */
export const COST_CEILING = 1e15;

/** A page size as the cost model counts it: the default when unset, capped at the page limit. */
function pageSize(value: unknown): number {
  if (value == null) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isFinite(value)) return MAX_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE);
}

/** How many times a field's selection counts, and what its work adds, given the operation's coerced variables (see `operationCost`). */
function fieldPricing(coercedVariables: Record<string, unknown>) {
  const argumentValue = (def: GraphQLField<unknown, unknown>, field: FieldNode, name: string): unknown => {
    try {
      return getArgumentValues(def, field, coercedVariables)[name];
    } catch {
      // An argument that does not coerce fails execution before anything runs.
      return undefined;
    }
  };
  const multiplier = (parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const marked = costExtension(def);
    if (marked?.connection) {
      const first = argumentValue(def, node, 'first');
      const last = argumentValue(def, node, 'last');
      return first == null && last != null ? pageSize(last) : pageSize(first);
    }
    if (!isListType(getNullableType(def.type))) return 1;
    // A connection's edges/nodes are its page, already counted by the connection field.
    if (costExtension(parent)?.page) return 1;
    if (marked?.listSize) return marked.listSize;
    if (marked?.sizedBy) {
      const list = argumentValue(def, node, marked.sizedBy);
      return Array.isArray(list) ? Math.min(list.length, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
    }
    return LIMITS.listCostFactor;
  };
  const work = (def: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const marked = costExtension(def)?.work;
    return marked ? workCost(marked, (name) => argumentValue(def, node, name), !!costExtension(def)?.connection) : 0;
  };
  return { multiplier, work };
}

/**
 * The cost of running `operation` with `variables`, before anything runs: every field costs 1;
 * a connection field (marked `connectionField`) multiplies what it selects by its `first`/`last`
 * (default 20, capped at the page limit: larger pages are refused by the resolver anyway); a list
 * marked `sizedBy(argument)` by that argument's length (`nodes(ids:)`), one marked `listSize(n)` by
 * n (a list the data makes long, such as two prolific investors' shared rounds); other lists of objects by
 * `LIMITS.listCostFactor`; a field marked with data-dependent `work` (a search, a round filter that
 * scans) adds `LIMITS.scanCost` (work.ts); `__schema`/`__type` cost
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

  const { multiplier, work } = fieldPricing(coercedVariables);

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
        total += 1 + multiplier(parent, def, selection) * inner + work(def, selection);
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
