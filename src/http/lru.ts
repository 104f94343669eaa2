/**
 * A least-recently-used map bounded both by entry count and by total bytes (as the caller
 * measures them). A Map keeps insertion order, so re-inserting on read makes the first key the
 * least recently used one.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  /** The value for `key`, marking it most recently used; undefined when absent. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value`, evicting the least recently used entries to stay within both bounds. */
  set(key: string, value: V, bytes: number): boolean {
    if (bytes > this.maxBytes) return false;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    return true;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Total bytes of the stored entries. */
  get bytes(): number {
    return this.#bytes;
  }
}
