import { compareEn } from './collate';
import type { AIModel, Article, Company, FundingRound, Investment, Region, SearchableEntity } from './model';
import { typenameOf } from './typenames';

// The search rules both stores answer by: the embedded store matches these entries in memory
// (src/data/embedded/search.ts); the D1 seed stores them, and the D1 store's SQL ranks by the same tiers.

/** Match tiers, best first. */
export enum Tier {
  ExactName,
  ExactKey,
  NamePrefix,
  KeyPrefix,
  NameSubstring,
  KeySubstring,
  Description,
}

/** One searchable entity, lower-cased as the tiers compare it. */
export interface Entry {
  readonly entity: SearchableEntity;
  readonly name: string;
  /** Slug and aliases, lower-cased. */
  readonly keys: readonly string[];
  readonly description: string;
  /** Tie-break inside a tier: type, then name. */
  readonly order: number;
}

const typeOrder = ['Company', 'AIModel', 'FundingRound', 'Region', 'Article'];
/** Lower-cases as search compares: the query, and every name, key and description. */
export const lower = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase('en');

/** The synchronous getters `searchEntries` reads (the embedded store's). */
export interface SearchSource {
  companiesWhere(): readonly Company[];
  allModels(): readonly AIModel[];
  roundsWhere(): readonly FundingRound[];
  investmentsByRound(roundId: string): readonly Investment[];
  companyBySlug(slug: string): Company | undefined;
  regionsWhere(): readonly Region[];
  allArticles(): readonly Article[];
}

/** Every searchable entity of a store, in tie-break order (type, then name); the D1 seed stores these. */
export function searchEntries(data: SearchSource): readonly Entry[] {
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

export function tierOf(entry: Entry, q: string): Tier | undefined {
  if (entry.name === q) return Tier.ExactName;
  if (entry.keys.includes(q)) return Tier.ExactKey;
  if (entry.name.startsWith(q)) return Tier.NamePrefix;
  if (entry.keys.some((k) => k.startsWith(q))) return Tier.KeyPrefix;
  if (entry.name.includes(q)) return Tier.NameSubstring;
  if (entry.keys.some((k) => k.includes(q))) return Tier.KeySubstring;
  if (entry.description.includes(q)) return Tier.Description;
  return undefined;
}
