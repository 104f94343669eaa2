/**
 * A read-only window onto parts of a prebuilt list, so a range query (amounts at least X) answers
 * a page without copying every match: `connectionFrom` needs only `length` and `slice`.
 */
export interface ListView<T> {
  readonly length: number;
  slice(start?: number, end?: number): T[];
}

/** The items of `base` in the given [start, end) ranges, in order, as one list; nothing is copied until sliced. */
export function rangesView<T>(base: readonly T[], ranges: readonly (readonly [number, number])[]): ListView<T> {
  const parts = ranges.filter(([s, e]) => e > s);
  const length = parts.reduce((n, [s, e]) => n + e - s, 0);
  return {
    length,
    slice(start = 0, end = length) {
      const from = Math.max(0, start < 0 ? length + start : start);
      const to = Math.min(length, end < 0 ? length + end : end);
      const out: T[] = [];
      let offset = 0;
      for (const [s, e] of parts) {
        const size = e - s;
        const a = Math.max(from - offset, 0);
        const b = Math.min(to - offset, size);
        for (let i = a; i < b; i++) out.push(base[s + i]!);
        offset += size;
        if (offset >= to) break;
      }
      return out;
    },
  };
}
