/** What a request's `extensions.persistedQuery` says, read one way for every part that needs it. */
export interface PersistedQuery {
  /** `sha256Hash`, lower-cased, when it is a string; undefined otherwise. */
  readonly hash: string | undefined;
  /** Whether it is in Apollo's APQ shape: `{"version": 1, "sha256Hash": "<string>"}`. */
  readonly valid: boolean;
  /** Whether `hash` can be a SHA-256 (64 hex digits): only such a value is logged, never free text. */
  readonly sha256: boolean;
}

/**
 * Reads `extensions.persistedQuery` (Apollo's persisted-query protocol) from a request's
 * `extensions`, whatever their shape: undefined when there is none. The response cache keys a
 * hash-only request by `hash`, the persisted-operations plugin runs or refuses it by `valid`, and
 * the request log records `hash` when it is `sha256`.
 */
export function persistedQueryOf(extensions: unknown): PersistedQuery | undefined {
  const pq = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
  if (pq === undefined) return undefined;
  const { version, sha256Hash } = (pq ?? {}) as { version?: unknown; sha256Hash?: unknown };
  const hash = typeof sha256Hash === 'string' ? sha256Hash.toLowerCase() : undefined;
  return { hash, valid: version === 1 && hash !== undefined, sha256: hash !== undefined && /^[0-9a-f]{64}$/.test(hash) };
}
