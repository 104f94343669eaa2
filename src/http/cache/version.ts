import type { GraphQLSchema } from 'graphql';
import { fingerprint } from '../../lib/hash';
import { schemaContent } from '../../lib/schema-content';

/** The version every stored response and ETag is under: the data's, with the schema's fingerprint. */
export interface CacheVersion {
  /**
   * Reads the data version for a request's bindings: false when the data cannot say (nothing is
   * then cached or validated), else true, after `onChange` when it is new (a re-seeded database).
   */
  check(env: unknown): boolean | Promise<boolean>;
  /** The current version, as ETags include it. */
  readonly value: () => string;
}

/**
 * Tracks the data version `dataVersionOf` reads per request: on a change, `onChange` empties what
 * was kept under the old one. The schema's fingerprint is taken lazily: the first response stored
 * pays for it, not every isolate's startup.
 */
export function cacheVersion(
  schema: GraphQLSchema,
  dataVersionOf: (env: never) => string | Promise<string>,
  onChange: () => void,
): CacheVersion {
  let dataVersion: string | undefined;
  let version: string | undefined;
  const settle = (data: string): boolean => {
    if (data === '') return false;
    if (data !== dataVersion) {
      if (dataVersion !== undefined) onChange();
      dataVersion = data;
      version = undefined;
    }
    return true;
  };
  return {
    check(env) {
      const data = dataVersionOf(env as never);
      return typeof data === 'string' ? settle(data) : data.catch(() => '').then(settle);
    },
    value: () => (version ??= `${dataVersion}:${fingerprint(schemaContent(schema))}`),
  };
}
