import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * `graphql()` for this API: documents written with it are checked against schema/schema.graphql
 * and carry their result and variables types. Decimal is an exact number sent as a string.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Decimal: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
