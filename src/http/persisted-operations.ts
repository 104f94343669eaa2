import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { examples } from '../examples';
import { sha256Hex } from './hash';
import { LruCache } from './lru';

/** Longest document a client may register under a hash (APQ); longer ones still run, unregistered. */
const MAX_REGISTERED_QUERY_LENGTH = 16 * 1024;

/** Documents registered by clients (APQ), per isolate: a miss only costs the client one retry. */
const registered = new LruCache<string>(1_000, 4 * 1024 * 1024);

let trusted: Promise<Map<string, string>> | undefined;
/** The trusted documents: SHA-256 of each example query → its text. Hashed on first use. */
export const trustedDocuments = (): Promise<Map<string, string>> =>
  (trusted ??= Promise.all(examples.map(async (e) => [await sha256Hex(e.query), e.query] as const)).then((pairs) => new Map(pairs)));

const persistedHashOf = (extensions: unknown): string | undefined => {
  const pq = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === 'string' ? pq.sha256Hash : undefined;
};

/**
 * Automatic persisted queries as Apollo defines them: a request carrying both a document and its
 * `extensions.persistedQuery.sha256Hash` registers the document once the hash checks out, so the
 * client can send just the hash (e.g. in a short, cacheable GET URL) next time.
 */
function useApqRegistration(): Plugin {
  return {
    onParams({ params }) {
      const hash = persistedHashOf(params.extensions);
      // Present but not in Apollo's shape: say so rather than silently run or drop it.
      if (hash === undefined && (params.extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery !== undefined) {
        throw createGraphQLError('extensions.persistedQuery must be {"version": 1, "sha256Hash": "<SHA-256 of the query, hex>"}.', {
          extensions: { code: 'PERSISTED_QUERY_INVALID', http: { status: 400 } },
        });
      }
      const query = params.query;
      // Synchronous unless there is something to check, so other requests pay no extra tick.
      // An empty query is no query (as Yoga treats it): the hash alone names the operation.
      if (!hash || typeof query !== 'string' || query === '') return;
      return sha256Hex(query).then((actual) => {
        if (actual !== hash.toLowerCase()) {
          throw createGraphQLError('provided sha does not match query', {
            extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', http: { status: 400 } },
          });
        }
        if (query.length <= MAX_REGISTERED_QUERY_LENGTH) registered.set(hash.toLowerCase(), query, query.length * 2);
      });
    },
  };
}

/**
 * Persisted operations, Apollo APQ-compatible (`extensions.persistedQuery.{version: 1,
 * sha256Hash}`): the example queries are trusted documents known by hash from the start, clients
 * may register others, and arbitrary documents stay allowed. An unknown hash gets Apollo's
 * `PersistedQueryNotFound` error, which tells APQ clients to resend the document.
 */
export function persistedOperations(): Plugin[] {
  const lookup = usePersistedOperations({
    allowArbitraryOperations: true,
    async getPersistedOperation(hash) {
      const key = hash.toLowerCase();
      return (await trustedDocuments()).get(key) ?? registered.get(key) ?? null;
    },
    customErrors: {
      // Private and revalidated, as Apollo Server sends it: a shared cache must not keep a miss
      // for a GET URL that answers with data once the client has registered the document.
      notFound: {
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { headers: { 'Cache-Control': 'private, no-cache, must-revalidate' } } },
      },
    },
  });
  // Only requests that name a hash go through the lookup: the rest keep Yoga's own errors
  // (e.g. "Must provide query string." for an empty body).
  const onParams = lookup.onParams!;
  return [
    useApqRegistration(),
    {
      ...lookup,
      onParams: (payload) => (!payload.params.query && persistedHashOf(payload.params.extensions) ? onParams(payload) : undefined),
    },
  ];
}
