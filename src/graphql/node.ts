import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Store } from '../data';
import { builder } from './builder';
import { sizedBy } from './cost-marks';
import { badUserInput } from './errors';

const MAX_IDS = 100;

/** The entity behind a global ID, or null for any ID that is unknown or malformed. */
function resolveGlobalId(store: Store, globalId: string) {
  if (globalId.length > 256) return null;
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const entity = store.entityById(typename, id);
    return entity instanceof Promise ? entity.then((e) => e ?? null) : (entity ?? null);
  } catch {
    return null;
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any object by its global ID; null if the ID is unknown or malformed.',
    args: { id: t.arg.id({ required: true, description: 'A global ID, as returned by an `id` field.' }) },
    resolve: (_root, { id }, { store }) => resolveGlobalId(store, id),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Objects by their global IDs, in the same order; null for each unknown or malformed ID. At most ${MAX_IDS} IDs.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global IDs, as returned by `id` fields.' }) },
    extensions: sizedBy('ids'),
    resolve: (_root, { ids }, { store }) => {
      if (ids.length > MAX_IDS) throw badUserInput(`"ids" may hold at most ${MAX_IDS} IDs, got ${ids.length}.`, 'ids');
      return ids.map((id) => resolveGlobalId(store, id));
    },
  }),
}));
