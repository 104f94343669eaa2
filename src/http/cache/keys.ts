import type { GraphQLParams } from 'graphql-yoga';
import { persistedQueryOf } from '../../lib/persisted-query';

/** GraphQL params as a request carries them, before anything checks their types. */
export interface Params {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const isObjectOrNull = (v: unknown) => v == null || (typeof v === 'object' && !Array.isArray(v));

/** GET params as GraphQL over HTTP defines them; undefined when malformed (Yoga reports that). */
export function paramsFromSearch(search: string): Params | undefined {
  const url = new URLSearchParams(search);
  try {
    const variables = url.get('variables');
    const extensions = url.get('extensions');
    // `||` as Yoga's GET parser has it: an empty `query=` or `operationName=` is no value.
    return {
      query: url.get('query') || undefined,
      operationName: url.get('operationName') || undefined,
      variables: variables ? JSON.parse(variables) : undefined,
      extensions: extensions ? JSON.parse(extensions) : undefined,
    };
  } catch {
    return undefined;
  }
}

/** A POST body's params; undefined when it is not a JSON object (Yoga reports that). */
export function paramsFromJson(body: string): Params | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : undefined;
  } catch {
    return undefined;
  }
}

/** The operation a request names: its document, or the persisted hash that stands for one. */
function operationOf(params: Params): string | undefined {
  if (!isObjectOrNull(params.variables) || !isObjectOrNull(params.extensions)) return undefined;
  if (params.operationName != null && typeof params.operationName !== 'string') return undefined;
  // Yoga runs a persisted hash whenever the query is absent or empty, so `query=` is not a document.
  if (typeof params.query === 'string' && params.query !== '') return `query:${params.query}`;
  const persisted = persistedQueryOf(params.extensions);
  if ((params.query == null || params.query === '') && persisted?.hash !== undefined) return `sha256:${persisted.hash}`;
  return undefined;
}

/**
 * What a response's ETag stands for: the operation (document or persisted hash), its name and its
 * variables, read before Yoga runs (its plugins may replace a persisted hash by its text).
 * Undefined for params the cache does not understand; Yoga explains what is wrong with them.
 */
export function identityOf(params: Params): string | undefined {
  const operation = operationOf(params);
  return operation && `${operation}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? {})}`;
}

/** The stored-response key of a request: its method, `Accept` and raw params (URL query or body), as sent. */
export const requestKey = (method: string, accept: string, raw: string): string => `${method}\n${accept}\n${raw}`;

/** The params the cache parsed, as Yoga takes them. */
export const asYogaParams = (params: Params): GraphQLParams => params as GraphQLParams;
