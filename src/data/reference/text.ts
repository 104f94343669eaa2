/** A name folded for matching: diacritics removed, lower case, runs of spaces as one. */
export const fold = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A name as a URL-safe slug: folded, every run of other characters than letters and digits one hyphen. */
export const kebab = (name: string): string =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early past `max`. */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The names closest to `wanted` (folded): those at the least distance found, within a third of
 * its length in edits (a name that starts with the other counts as near), in the order `names`
 * gives them (most important first); at most `limit`.
 */
export function closest(wanted: string, names: Iterable<string>, limit = 5): string[] {
  const w = fold(wanted);
  const max = Math.max(1, Math.floor(w.length / 3));
  const found: { name: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const n = fold(name);
    const d = n.startsWith(w) || w.startsWith(n) ? Math.min(max, Math.abs(n.length - w.length)) : distance(w, n, max);
    if (d <= max) found.push({ name, d });
  }
  const best = Math.min(...found.map((f) => f.d));
  return found
    .filter((f) => f.d === best)
    .slice(0, limit)
    .map((f) => f.name);
}
