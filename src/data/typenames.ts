/** GraphQL type names of the entities that implement Node. */
export type NodeTypename = 'Company' | 'FundingRound' | 'Investment' | 'AIModel' | 'Region' | 'Article';

// A WeakMap rather than a property, so records stay exactly the shape of their types.
const typenames = new WeakMap<object, NodeTypename>();

/** Marks `value` as an entity of GraphQL type `typename`, and returns it. */
export const tag = <T extends object>(typename: NodeTypename, value: T): T => {
  typenames.set(value, typename);
  return value;
};

/**
 * Looks up an entity by GraphQL type name and internal id with one getter per Node type (both
 * stores use it, so a new Node type is added in one place per store); unknown names give `missing`.
 */
export function byTypename<R>(getters: Readonly<Record<NodeTypename, (id: string) => R>>, typename: string, id: string, missing: R): R {
  return Object.hasOwn(getters, typename) ? getters[typename as NodeTypename](id) : missing;
}

/** The runtime GraphQL type name of an entity, for `Node` and `SearchResult` type resolution. */
export const typenameOf = (value: unknown): NodeTypename | undefined =>
  typeof value === 'object' && value !== null ? typenames.get(value) : undefined;
