/**
 * A least-recently-used map bounded both by entry count and by total bytes (as the caller
 * measures them). A Map keeps insertion order, so re-inserting a key makes it the most recent and
 * the first key is the one evicted next.
 *
 * A read re-inserts its key only once the entry has drifted out of the most recent quarter of the
 * map (by insertions since it was last placed), so a hot key costs one lookup per hit instead of
 * three, and is still moved to the back long before it could reach the front and be evicted.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; bytes: number; placed: number }>();
  #bytes = 0;
  /** Counts insertions and re-insertions: how far an entry has drifted from the back. */
  #clock = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  /** The value for `key`, marking it recently used; undefined when absent. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#clock - entry.placed > this.#entries.size >> 2) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      entry.placed = ++this.#clock;
    }
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
    this.#entries.set(key, { value, bytes, placed: ++this.#clock });
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
