import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './config';

/**
 * `extensions.cost` of every GraphQL response: the cost `operationCost` computed for the operation
 * that ran (0 when none was costed) and the limit it is held to (docs/cost.md).
 */
export const costExtension = (requested: number) => ({ requested, limit: LIMITS.maxCost });

/** `extensions.cost` of a request that failed before any operation could be costed: it ran nothing. */
export const NOT_COSTED = costExtension(0);

/**
 * Gives every response Yoga sends an `extensions.cost`. The limits plugin sets it on the
 * operations it costs; the rest (unparseable or invalid documents, unknown operations, persisted
 * hashes not found, malformed requests) get `NOT_COSTED`, so clients can always read it.
 */
export const costPlugin: Plugin = {
  onResultProcess({ result }) {
    for (const single of Array.isArray(result) ? result : [result]) {
      if (!single || typeof single !== 'object' || Symbol.asyncIterator in single) continue;
      const target = single as { extensions?: Record<string, unknown> };
      if (!target.extensions?.cost) target.extensions = { ...target.extensions, cost: NOT_COSTED };
    }
  },
};
