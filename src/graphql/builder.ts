import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Store } from '../data';
import { connectionField, connectionType } from './cost-marks';

/** Per-request context: the store resolvers read (embedded or D1, chosen per request; tests pass fixture stores). */
export interface Context {
  readonly store: Store;
}

/** The builder's type configuration. */
type Types = {
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    ID: { Input: string; Output: string };
    Decimal: { Input: string; Output: string };
    Date: { Input: string; Output: string };
  };
};

/**
 * A schema builder configured as the served schema's is. Fields are non-null unless a field says
 * `nullable: true`, which matches the contract: only facts a source may leave unstated are
 * nullable. Every connection field and type is marked for the cost model (src/graphql/cost-marks.ts)
 * here, so a new connection is costed whatever it is called.
 */
export function createBuilder() {
  const builder = new SchemaBuilder<Types>({
    plugins: [RelayPlugin],
    defaultFieldNullability: false,
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // node/nodes are defined in node.ts so that malformed IDs resolve to null instead of erroring.
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      nodeTypeOptions: {
        description: 'An object with a globally unique, opaque ID (Relay Global Object Identification).',
      },
      idFieldOptions: { description: 'Globally unique, opaque ID; fetch the object again with `node(id:)`.' },
      pageInfoTypeOptions: { description: 'Where a page sits in its connection (Relay cursor connections).' },
      hasNextPageFieldOptions: { description: 'True when more items follow the last one of this page.' },
      hasPreviousPageFieldOptions: { description: 'True when items precede the first one of this page.' },
      startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
      endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
      pageInfoFieldOptions: { description: 'Pagination state of this page.' },
      edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items of this page, each with its cursor.' },
      nodeFieldOptions: { nullable: false, description: 'The item at the end of this edge.' },
      cursorFieldOptions: { description: 'Opaque cursor for `after`/`before`.' },
      nodesOnConnection: { description: 'The items of this page, without cursors.' },
      firstArgOptions: { description: 'Return the first n items (0 to 100; default 20).' },
      afterArgOptions: { description: 'Return items after this cursor.' },
      lastArgOptions: { description: 'Return the last n items (0 to 100).' },
      beforeArgOptions: { description: 'Return items before this cursor.' },
      defaultConnectionFieldOptions: { extensions: connectionField },
      defaultConnectionTypeOptions: { extensions: connectionType },
    },
  });
  builder.globalConnectionField('totalCount', (t) =>
    t.int({ description: 'How many items the whole connection holds, after filtering.', resolve: (parent) => parent.totalCount }),
  );
  return builder;
}

/** The builder of the served schema. */
export const builder = createBuilder();

builder.queryType({ description: 'The root of every read: look things up by slug or ID, list them, or search.' });
