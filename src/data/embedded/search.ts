import type { SearchableEntity } from '../model';
import { type Entry, lower, type SearchSource, searchEntries, type Tier, tierOf } from '../search-entries';

const GRAM = 3;

/**
 * Trigram postings: for each three-character string, the entries (by position) whose name, keys
 * or description contain it, ascending. Every tier is a substring match, so any entry matching
 * a query contains all of the query's trigrams, and the shortest of their postings lists holds
 * every match: checking those few entries replaces scanning them all.
 */
function buildPostings(entries: readonly Entry[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const text of [entry.name, ...entry.keys, entry.description]) {
      for (let i = 0; i + GRAM <= text.length; i++) {
        const gram = text.slice(i, i + GRAM);
        const list = postings.get(gram);
        if (!list) postings.set(gram, [index]);
        // Entries are added in order, so a repeat within one entry is always the last element.
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });
  return postings;
}

/**
 * Case-insensitive search over names, slugs, aliases and descriptions. Best match first: exact
 * name, exact slug or alias, name prefix, slug or alias prefix, name substring, slug or alias
 * substring, description; ties by type (companies, models, rounds, regions, articles), then name.
 * Builds the search function over a store: the entries at once, the trigram postings on the
 * first query of three or more characters (so isolate startup does not pay for them).
 */
export function createSearch(data: SearchSource): (query: string) => readonly SearchableEntity[] {
  const entries = searchEntries(data);
  let postings: Map<string, number[]> | undefined;
  const NONE: number[] = [];

  /** Positions of the entries that may match `q`: a postings list, or every entry for short queries. */
  const candidatesOf = (q: string): Iterable<number> => {
    if (q.length < GRAM) return entries.keys();
    postings ??= buildPostings(entries);
    let best: number[] | undefined;
    for (let i = 0; i + GRAM <= q.length; i++) {
      const list = postings.get(q.slice(i, i + GRAM)) ?? NONE;
      if (!best || list.length < best.length) best = list;
      if (best.length === 0) break;
    }
    return best ?? NONE;
  };

  return (query) => {
    const q = lower(query.trim());
    if (!q) return [];
    const hits: { entry: Entry; tier: Tier }[] = [];
    for (const index of candidatesOf(q)) {
      const entry = entries[index]!;
      const tier = tierOf(entry, q);
      if (tier !== undefined) hits.push({ entry, tier });
    }
    hits.sort((a, b) => a.tier - b.tier || a.entry.order - b.entry.order);
    return hits.map((h) => h.entry.entity);
  };
}
