import { type DocumentNode, type GraphQLSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../graphql/builder';

const selections = new WeakMap<DocumentNode, ReadonlySet<string>>();

/**
 * The schema coordinates (`Type.field`) a document selects anywhere, every operation and fragment
 * included: a superset of what any one of its operations reads, computed once per parsed document.
 */
export function selectedCoordinates(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  let found = selections.get(document);
  if (!found) {
    const coordinates = new Set<string>();
    const types = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(types, {
        Field(node) {
          const parent = types.getParentType();
          if (parent) coordinates.add(`${getNamedType(parent).name}.${node.name.value}`);
        },
      }),
    );
    found = coordinates;
    selections.set(document, found);
  }
  return found;
}

/**
 * Tells the request's store what the operation selects before it runs (`Store.lookAhead`), so a
 * store that reads over a network reads a link's far end in the same round trip as the link.
 */
export const lookAheadPlugin: Plugin<Context> = {
  onExecute({ args }) {
    const store = (args.contextValue as Partial<Context> | undefined)?.store;
    store?.lookAhead?.(selectedCoordinates(args.schema, args.document));
  },
};
