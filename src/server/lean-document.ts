// Own code: graphql-js offers locations with the whole token chain (comments included) or none at
// all; errors need only each node's offset and the source, so this keeps just those.
import { type DocumentNode, Location, type ParseOptions, parse, type Source } from 'graphql';

/** Nodes per parsed document, counted while lightening it: the document caches size entries by it. */
const nodeCounts = new WeakMap<DocumentNode, number>();

/** A `Location` without its tokens: `start`, `end` and `source`, all GraphQLError uses for line/column. */
function lightLocation(loc: Location): Location {
  const light = Object.create(Location.prototype) as { start: number; end: number; source: Source };
  light.start = loc.start;
  light.end = loc.end;
  light.source = loc.source;
  return light as unknown as Location;
}

/** Replaces every node's `loc` by its light form, in place; returns the number of nodes. */
function lighten(node: Record<string, unknown>): number {
  let count = 1;
  for (const key in node) {
    const value = node[key];
    if (key === 'loc') {
      if (value) node.loc = lightLocation(value as Location);
    } else if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') count += lighten(item as Record<string, unknown>);
    } else if (value && typeof value === 'object' && 'kind' in value) {
      count += lighten(value as Record<string, unknown>);
    }
  }
  return count;
}

/**
 * Parses like graphql-js' `parse`, but the document keeps no tokens: graphql-js links every token,
 * comments included, from each node's `loc`, which makes a comment-padded 64 KiB document retain
 * megabytes. Errors still report `locations`, computed from the light `loc`.
 */
export function parseLean(source: string | Source, options?: ParseOptions): DocumentNode {
  const document = parse(source, options);
  nodeCounts.set(document, lighten(document as unknown as Record<string, unknown>));
  return document;
}

/** How many AST nodes a document from `parseLean` has (undefined for any other document). */
export const nodeCountOf = (document: DocumentNode): number | undefined => nodeCounts.get(document);
