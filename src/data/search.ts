import {
  allArticles,
  allModels,
  companiesWhere,
  companyBySlug,
  type SearchableEntity,
  investmentsByRound,
  regionsWhere,
  roundsWhere,
  typenameOf,
} from './index';

/** Match tiers, best first. */
const enum Tier {
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
const lower = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase('en');

function buildEntries(): readonly Entry[] {
  const raw: Omit<Entry, 'order'>[] = [];
  for (const c of companiesWhere()) {
    raw.push({ entity: c, name: lower(c.name), keys: [c.slug, ...c.aliases].map(lower), description: lower(c.description) });
  }
  for (const m of allModels()) {
    raw.push({ entity: m, name: lower(m.name), keys: [lower(m.slug)], description: lower(m.description) });
  }
  for (const r of roundsWhere()) {
    const people = investmentsByRound(r.id).map((i) => companyBySlug(i.investor)?.name);
    raw.push({ entity: r, name: lower(r.label), keys: [lower(r.id)], description: lower(people.join(' ')) });
  }
  for (const r of regionsWhere()) {
    raw.push({ entity: r, name: lower(r.name), keys: [r.slug, ...r.aliases, r.isoCode ?? ''].filter(Boolean).map(lower), description: '' });
  }
  for (const a of allArticles()) {
    raw.push({ entity: a, name: lower(a.title), keys: [lower(a.slug)], description: lower(`${a.author ?? ''} ${a.text}`) });
  }
  raw.sort(
    (a, b) =>
      typeOrder.indexOf(typenameOf(a.entity)!) - typeOrder.indexOf(typenameOf(b.entity)!) || a.name.localeCompare(b.name, 'en'),
  );
  return raw.map((e, order) => ({ ...e, order }));
}

const entries = buildEntries();

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

/**
 * Case-insensitive search over names, slugs, aliases and descriptions. Best match first: exact
 * name, exact slug or alias, name prefix, slug or alias prefix, name substring, slug or alias
 * substring, description; ties by type (companies, models, rounds, regions, articles), then name.
 */
export function search(query: string): readonly SearchableEntity[] {
  const q = lower(query.trim());
  if (!q) return [];
  const hits: { entry: Entry; tier: Tier }[] = [];
  for (const entry of entries) {
    const tier = tierOf(entry, q);
    if (tier !== undefined) hits.push({ entry, tier });
  }
  hits.sort((a, b) => a.tier - b.tier || a.entry.order - b.entry.order);
  return hits.map((h) => h.entry.entity);
}
