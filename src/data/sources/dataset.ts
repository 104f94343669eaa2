import { compareEn } from '../collate';
import type { AIModel, Article, Company, FundingRound, Investment, License, ReferenceData, Region } from '../model';
import { formatMoney } from '../money';
import { tag } from '../typenames';
import { formatProblems } from './authoring';
import { type MergedData, mergeArticles } from './merge';
import type { ArticleData, Instrument } from './records';

/**
 * The snapshot every store is built from: the compiled articles merged (src/data/sources/merge.ts)
 * and joined with the reference data, each entity in its served shape and tagged with its GraphQL
 * type name. The embedded store indexes it (src/data/embedded/); the D1 seed rows
 * (src/data/d1/rows.ts) store it. Lists keep the articles' order (first mention first); stores
 * order them as their getters promise.
 */
export interface Dataset {
  readonly articles: readonly Article[];
  /** Competitors made symmetric, known companies only, by name. */
  readonly companies: readonly Company[];
  /** With their label and lead investors. */
  readonly fundingRounds: readonly FundingRound[];
  /** Every round's investments, each with its round's id. */
  readonly investments: readonly Investment[];
  readonly models: readonly AIModel[];
  /** Every reference region, with the passages that mention it. */
  readonly regions: readonly Region[];
  readonly licenses: readonly License[];
  /** Each round's investors: its investments' investors, then any tranche investor without one, in order. */
  readonly investorsOfRound: ReadonlyMap<string, readonly string[]>;
  /** Each round's instruments, its investments' and its tranches'. */
  readonly instrumentsOfRound: ReadonlyMap<string, ReadonlySet<Instrument>>;
}

/** Competitors either way round, of companies that exist, sorted by name. */
function withCompetitors(companies: MergedData['companies']): Company[] {
  const names = new Map(companies.map((c) => [c.slug, c.name]));
  const edges = new Map<string, Set<string>>();
  const link = (a: string, b: string) => edges.set(a, (edges.get(a) ?? new Set()).add(b));
  for (const company of companies) {
    for (const other of company.competitors) {
      link(company.slug, other);
      link(other, company.slug);
    }
  }
  return companies.map((company) => {
    const competitors = [...(edges.get(company.slug) ?? [])].filter((s) => names.has(s));
    competitors.sort((a, b) => compareEn(names.get(a)!, names.get(b)!));
    return tag('Company', { ...company, competitors });
  });
}

/** Rounds with their label and leads, their investments apart, and each round's investors and instruments. */
function withRounds(rounds: MergedData['fundingRounds'], companies: readonly Company[]) {
  const names = new Map(companies.map((c) => [c.slug, c.name]));
  const fundingRounds: FundingRound[] = [];
  const investments: Investment[] = [];
  const investorsOfRound = new Map<string, readonly string[]>();
  const instrumentsOfRound = new Map<string, ReadonlySet<Instrument>>();
  for (const { investments: own, ...round } of rounds) {
    const label = `${names.get(round.company) ?? round.company} · ${round.amount ? formatMoney(round.amount) : 'undisclosed amount'}`;
    const leadInvestors = own.filter((i) => i.lead).map((i) => i.investor);
    fundingRounds.push(tag('FundingRound', { ...round, label, leadInvestors }));
    for (const investment of own) investments.push(tag('Investment', { ...investment, round: round.id }));
    investorsOfRound.set(round.id, [...new Set([...own.map((i) => i.investor), ...round.tranches.flatMap((t) => t.investors)])]);
    instrumentsOfRound.set(round.id, new Set([...own.map((i) => i.instrument), ...round.tranches.map((t) => t.instrument)]));
  }
  return { fundingRounds, investments, investorsOfRound, instrumentsOfRound };
}

/** The region slug of a place as an article file writes it, given the reference data; undefined when it names none. */
export function placeSlug(place: string, reference: ReferenceData, known: ReadonlySet<string>): string | undefined {
  const slug = reference.places?.[place] ?? place;
  return known.has(slug) ? slug : undefined;
}

/** An article's records with every place read as its region slug; throws on a place the reference data does not hold. */
function withRegionSlugs(data: ArticleData, reference: ReferenceData, known: ReadonlySet<string>): ArticleData {
  const slugOf = (place: string) => {
    const slug = placeSlug(place, reference, known);
    if (slug === undefined) throw new Error(`${data.file}: ${JSON.stringify(place)} is not a known place (run npm run data:check)`);
    return slug;
  };
  return {
    ...data,
    companies: data.companies.map((c) => (c.headquarters === null ? c : { ...c, headquarters: slugOf(c.headquarters) })),
    regionMentions: data.regionMentions.map((m) => ({ ...m, region: slugOf(m.region) })),
  };
}

/** Merges the articles and joins the reference data; throws when articles state conflicting facts. */
export function buildDataset(sources: readonly ArticleData[], reference: ReferenceData): Dataset {
  const known = new Set(reference.regions.map((r) => r.slug));
  const merged = mergeArticles(sources.map((data) => withRegionSlugs(data, reference, known)));
  if (merged.problems.length > 0) {
    throw new Error(`Articles state conflicting facts:\n${formatProblems(merged.problems)}`);
  }
  const companies = withCompetitors(merged.companies);
  return {
    articles: merged.articles.map((article) => tag('Article', article)),
    companies,
    ...withRounds(merged.fundingRounds, companies),
    models: merged.models.map((model) => tag('AIModel', model)),
    regions: reference.regions.map((region) => tag('Region', { ...region, sources: merged.mentions.get(region.slug) ?? [] })),
    licenses: reference.licenses,
  };
}
