/** `compute`, each result kept in `cache` by its key and computed once. */
function cachedIn<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, compute: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** A value computed on first use and kept (per list, so per store). */
export const memo = <K extends object, V>(compute: (key: K) => V): ((key: K) => V) => cachedIn(new WeakMap<K, V>(), compute);

/** A Map-backed cache of per-key results, for one store. */
export const keyed = <V>(compute: (key: string) => V): ((key: string) => V) => cachedIn(new Map<string, V>(), compute);

/** The list in reverse order, computed once per list and then reused. */
export const reversed = memo(<T>(list: readonly T[]): readonly T[] => [...list].reverse()) as <T>(list: readonly T[]) => readonly T[];

/** The list as a set, for intersections, built once per list. */
export const setOf = memo(<T>(list: readonly T[]): ReadonlySet<T> => new Set(list)) as <T>(list: readonly T[]) => ReadonlySet<T>;

/**
 * The items that are in every one of `lists`, in the order of the shortest (a prebuilt list
 * itself when there is one list); each other list's set is built once and kept.
 */
export function intersection<T>(lists: readonly (readonly T[])[]): readonly T[] {
  const [smallest = EMPTY, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (rest.length === 0) return smallest;
  const others = rest.map(setOf);
  return smallest.filter((item) => others.every((s) => s.has(item)));
}

/** Appends `value` to the list of `key`, creating it. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The one empty list every getter returns for "nothing". */
export const EMPTY: readonly never[] = Object.freeze([]);
