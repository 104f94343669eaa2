import type { SearchableEntity, Store } from './index';
import { typenameOf } from './typenames';

/** Match tiers, best first. */
enum Tier {
  ExactName,
  ExactKey,
  NamePrefix,
  KeyPrefix,
  NameSubstring,
  KeySubstring,
  Description,
}

interface Entry {
  readonly entity: SearchableEntity;
  readonly name: string;
  /** Slug and aliases, lower-cased. */
  readonly keys: readonly string[];
  readonly description: string;
  /** Tie-break inside a tier: type, then name. */
  readonly order: number;
}

const typeOrder = ['Company', 'AIModel', 'FundingRound', 'Region', 'Article'];
/** Same order as `localeCompare(…, 'en')`, without building a collator per comparison. */
const compareEn = new Intl.Collator('en').compare;
const lower = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase('en');

function buildEntries(data: Store): readonly Entry[] {
  const raw: Omit<Entry, 'order'>[] = [];
  for (const c of data.companiesWhere()) {
    // Industries count as description: "healthcare" finds the companies whose impact extends to it.
    const description = lower([c.description, ...c.industries].join(' '));
    raw.push({ entity: c, name: lower(c.name), keys: [c.slug, ...c.aliases].map(lower), description });
  }
  for (const m of data.allModels()) {
    raw.push({ entity: m, name: lower(m.name), keys: [lower(m.slug)], description: lower(m.description) });
  }
  for (const r of data.roundsWhere()) {
    const people = data.investmentsByRound(r.id).map((i) => data.companyBySlug(i.investor)?.name);
    raw.push({ entity: r, name: lower(r.label), keys: [lower(r.id)], description: lower(people.join(' ')) });
  }
  for (const r of data.regionsWhere()) {
    raw.push({ entity: r, name: lower(r.name), keys: [r.slug, ...r.aliases, r.isoCode ?? ''].filter(Boolean).map(lower), description: '' });
  }
  for (const a of data.allArticles()) {
    raw.push({ entity: a, name: lower(a.title), keys: [lower(a.slug)], description: lower(`${a.author ?? ''} ${a.text}`) });
  }
  const rank = new Map(typeOrder.map((t, i) => [t, i]));
  raw.sort((a, b) => rank.get(typenameOf(a.entity)!)! - rank.get(typenameOf(b.entity)!)! || compareEn(a.name, b.name));
  return raw.map((e, order) => ({ ...e, order }));
}

function tierOf(entry: Entry, q: string): Tier | undefined {
  if (entry.name === q) return Tier.ExactName;
  if (entry.keys.includes(q)) return Tier.ExactKey;
  if (entry.name.startsWith(q)) return Tier.NamePrefix;
  if (entry.keys.some((k) => k.startsWith(q))) return Tier.KeyPrefix;
  if (entry.name.includes(q)) return Tier.NameSubstring;
  if (entry.keys.some((k) => k.includes(q))) return Tier.KeySubstring;
  if (entry.description.includes(q)) return Tier.Description;
  return undefined;
}

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
export function createSearch(data: Store): (query: string) => readonly SearchableEntity[] {
  const entries = buildEntries(data);
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
