// Own plugin, not @graphql-yoga/plugin-apq: its latest release (3.6.2) declares a peer dependency
// on @graphql-tools/utils ^10 that graphql-yoga 5.24 (^11) breaks, so `npm ci` fails with ERESOLVE.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { trustedDocuments } from '../../documents/trusted';
import { sha256Hex } from '../../lib/hash';
import { persistedQueryOf } from '../../lib/persisted-query';

/** Longest document a client may register under a hash; longer ones still run, unregistered. */
const MAX_REGISTERED_QUERY_LENGTH = 16 * 1024;

/** Documents registered by clients, per isolate, bounded in count and bytes: a miss costs the client one retry. */
const registered = new LRUCache<string, string>({
  max: 1_000,
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (query, hash) => (query.length + hash.length) * 2,
});

/** Apollo's answer to an unknown hash: tells APQ clients to resend the document; never cached by anyone. */
const notFound = () =>
  createGraphQLError('PersistedQueryNotFound', {
    extensions: {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      http: { status: 200, headers: { 'cache-control': 'private, no-cache, must-revalidate' } },
    },
  });

/**
 * Persisted operations as Apollo's APQ protocol defines them (`extensions.persistedQuery:
 * {"version": 1, "sha256Hash"}`): a hash alone runs a trusted document (src/documents/trusted.ts)
 * or one a client registered; a document sent with its hash registers it once the hash checks out;
 * documents without a hash run as usual. An unknown hash gets `PersistedQueryNotFound`, a wrong one
 * a 400, and a `persistedQuery` in any other shape a 400 `PERSISTED_QUERY_INVALID`.
 */
export const persistedOperations = (): Plugin => ({
  onParams({ params, setParams }) {
    const persisted = persistedQueryOf(params.extensions);
    if (!persisted) return;
    const { hash } = persisted;
    if (!persisted.valid || hash === undefined) {
      throw createGraphQLError('extensions.persistedQuery must be {"version": 1, "sha256Hash": "<SHA-256 of the query, hex>"}.', {
        extensions: { code: 'PERSISTED_QUERY_INVALID', http: { status: 400 } },
      });
    }
    const query = params.query;
    if (typeof query !== 'string' || query === '') {
      const known = trustedDocuments.get(hash) ?? registered.get(hash);
      if (known === undefined) throw notFound();
      setParams({ ...params, query: known });
      return;
    }
    return sha256Hex(query).then((actual) => {
      if (actual !== hash) {
        throw createGraphQLError('provided sha does not match query', {
          extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', http: { status: 400 } },
        });
      }
      if (query.length <= MAX_REGISTERED_QUERY_LENGTH && !trustedDocuments.has(hash)) registered.set(hash, query);
    });
  },
});
