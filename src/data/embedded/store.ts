import { fingerprint } from '../../lib/hash';
import { compareEn } from '../collate';
import type { ListView } from '../list-view';
import type {
  AIModel,
  Article,
  ArticleCitation,
  CoInvestor,
  Company,
  CompanyFilter,
  DatasetSummary,
  Entity,
  FundingRound,
  FundingSummary,
  Investment,
  License,
  ModelFilter,
  Region,
  RoundFilter,
  RoundOrder,
  SearchableEntity,
} from '../model';
import { sumByCurrency } from '../money';
import { roundConditions } from '../round-conditions';
import { roundKeys } from '../round-keys';
import type { Dataset } from '../sources/dataset';
import type { MoneyRecord, RegionKind } from '../sources/records';
import type { SluggedType, Store } from '../store';
import { byTypename, type NodeTypename } from '../typenames';
import { EMPTY, intersection, keyed, push, reversed, setOf } from './cached';
import { articleCitations } from './citations';
import { buildIndexes, type Indexes, modelKeys } from './indexes';
import { createOrdering, firstWhere } from './ordering';
import { createSearch } from './search';
import { createSummaries, statedAtLeast } from './summaries';

const byName = (a: { name: string }, b: { name: string }) => compareEn(a.name, b.name);

/** The getters of companies and of what joins them (investors, co-investors, totals). */
function companyGetters(ix: Indexes) {
  const roundsOf = (key: string): readonly FundingRound[] => ix.roundsByKey.get(key) ?? EMPTY;
  return {
    companyBySlug: (slug: string): Company | undefined => ix.companyMap.get(slug),
    companiesBySlugs: (slugs: readonly string[]): readonly Company[] =>
      slugs.map((slug) => ix.companyMap.get(slug)).filter((c): c is Company => c !== undefined),
    companiesWhere: (filter: CompanyFilter = {}, descending = false): readonly Company[] => {
      const list =
        !filter.kind && !filter.region
          ? ix.companiesSorted
          : (ix.companiesByKey.get(`${filter.region ?? '*'}|${filter.kind ?? '*'}`) ?? EMPTY);
      return descending ? reversed(list) : list;
    },
    competitorsOf: (c: Company): readonly Company[] => c.competitors.map((slug) => ix.companyMap.get(slug)!),
    investorsOf: keyed((slug: string): readonly Company[] => {
      const leads = new Set<string>();
      const all = new Set<string>();
      for (const round of roundsOf(`company:${slug}`)) {
        for (const s of round.leadInvestors) leads.add(s);
        for (const s of ix.investorsOfRound.get(round.id) ?? EMPTY) all.add(s);
      }
      const companies = [...all].map((s) => ix.companyMap.get(s)).filter((c): c is Company => c !== undefined);
      return companies.sort((a, b) => Number(leads.has(b.slug)) - Number(leads.has(a.slug)) || byName(a, b));
    }),
    totalRaisedBy: keyed((slug: string): readonly MoneyRecord[] =>
      sumByCurrency(roundsOf(`company:${slug}`).flatMap((r) => (r.amount ? [r.amount] : []))),
    ),
    coInvestorsOf: keyed((slug: string): readonly CoInvestor[] => {
      const shared = new Map<string, FundingRound[]>();
      for (const round of roundsOf(`investor:${slug}`)) {
        for (const other of ix.investorsOfRound.get(round.id) ?? EMPTY) if (other !== slug) push(shared, other, round);
      }
      const result = [...shared]
        .filter(([s]) => ix.companyMap.has(s))
        .map(([s, sharedRounds]) => ({ company: ix.companyMap.get(s)!, sharedRounds }));
      return result.sort((a, b) => b.sharedRounds.length - a.sharedRounds.length || byName(a.company, b.company));
    }),
  };
}

/** The getters of rounds: by filter (`roundsWhere`, then ordered and ranged) and their summaries. */
function roundGetters(ix: Indexes) {
  const { ordered, atLeast } = createOrdering(ix);
  const { summaryOf, summaryOfList, summariesAtLeast } = createSummaries(ix);
  /**
   * Rounds matching every given slug or enum condition, in `order` (`minAmount` and the conditions
   * no key selects are `roundsMatching`'s): the shortest of their prebuilt lists, ordered once and
   * kept, narrowed to the rounds in every other one, so an intersection is never sorted again.
   */
  const roundsWhere = (
    filter: Omit<RoundFilter, 'minAmount'> = {},
    order: RoundOrder = { field: 'LABEL', direction: 'ASC' },
  ): readonly FundingRound[] => {
    const lists = roundKeys(filter)
      .map((key) => ix.roundsByKey.get(key) ?? EMPTY)
      .sort((a, b) => a.length - b.length);
    const [smallest = EMPTY, ...rest] = lists;
    const list = ordered(smallest, order);
    if (rest.length === 0) return list;
    const others = rest.map(setOf);
    return list.filter((r) => others.every((s) => s.has(r)));
  };
  // A minimum amount is a binary search when ordering by amount; otherwise it checks each candidate,
  // as the conditions no key selects (types, dates, valuation) do.
  const roundsMatching = (filter: RoundFilter = {}, order: RoundOrder = { field: 'LABEL', direction: 'ASC' }): ListView<FundingRound> => {
    const list = roundsWhere(filter, order);
    const min = filter.minAmount;
    const test = roundConditions(filter);
    let matching: ListView<FundingRound> = list;
    if (min != null && order.field === 'AMOUNT') matching = atLeast(list, min, order.direction);
    else if (min != null) matching = list.filter(statedAtLeast(min));
    return test ? matching.slice().filter(test) : matching;
  };
  const fundingSummary = (filter: RoundFilter = {}): FundingSummary => {
    if (roundConditions(filter)) return summaryOf(roundsMatching(filter));
    const list = roundsWhere(filter);
    if (filter.minAmount == null) return summaryOfList(list);
    // One condition selects a prebuilt list, whose running summaries are built once; an
    // intersection is a new list each time, summed over its matches.
    if (roundKeys(filter).length === 1) return summariesAtLeast(list)(filter.minAmount);
    return summaryOf(list.filter(statedAtLeast(filter.minAmount)));
  };
  return {
    roundById: (id: string): FundingRound | undefined => ix.roundMap.get(id),
    roundsByCompany: (slug: string): readonly FundingRound[] => ix.roundsByKey.get(`company:${slug}`) ?? EMPTY,
    roundsWhere,
    roundsMatching,
    fundingSummary,
    investmentById: (id: string): Investment | undefined => ix.investmentMap.get(id),
    investmentsByRound: (roundId: string): readonly Investment[] => ix.investmentsByRound.get(roundId) ?? EMPTY,
    investmentsByInvestor: (slug: string): readonly Investment[] => ix.investmentsByInvestor.get(slug) ?? EMPTY,
  };
}

/** SPDX ids are told apart ignoring case ("mit" is "MIT"); slugs are lower case already. */
const sortKey = (type: SluggedType, slug: string) => (type === 'License' ? slug.toUpperCase() : slug);

/** Each type's slugs in sort-key order, sorted on first use. */
function sortedSlugs(ix: Indexes) {
  const maps = { Company: ix.companyMap, Region: ix.regionMap, License: ix.licenseMap } as const;
  const sorted = keyed((type: string) => {
    const t = type as SluggedType;
    return [...maps[t].keys()].map((slug) => [sortKey(t, slug), slug] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  });
  return (type: SluggedType, slug: string, count: number): readonly string[] => {
    const slugs = sorted(type);
    const key = sortKey(type, slug);
    const at = firstWhere(slugs, 0, slugs.length, ([k]) => k >= key);
    return slugs.slice(Math.max(0, at - count), at + count).map(([, s]) => s);
  };
}

/** The getters of articles, models, licenses and regions: lookups and prebuilt lists. */
function referenceGetters(ix: Indexes) {
  return {
    slugsAround: sortedSlugs(ix),
    articleBySlug: (slug: string): Article | undefined => ix.articleMap.get(slug),
    allArticles: (): readonly Article[] => ix.articlesSorted,
    modelBySlug: (slug: string): AIModel | undefined => ix.modelMap.get(slug),
    allModels: (): readonly AIModel[] => ix.modelsSorted,
    modelsWhere: (filter: ModelFilter = {}): readonly AIModel[] =>
      intersection(modelKeys(filter).map((key) => ix.modelsByKey.get(key) ?? EMPTY)),
    modelsByDeveloper: (slug: string): readonly AIModel[] => ix.modelsByDeveloper.get(slug) ?? EMPTY,
    licenseBySpdxId: (spdxId: string): License | undefined => ix.licenseMap.get(spdxId),
    regionBySlug: (slug: string): Region | undefined => ix.regionMap.get(slug),
    regionsWhere: (kind?: RegionKind | null): readonly Region[] => (kind ? (ix.regionsByKind.get(kind) ?? EMPTY) : ix.regionsSorted),
    regionChildren: (slug: string): readonly Region[] => ix.children.get(slug) ?? EMPTY,
    regionAncestors: (slug: string): readonly Region[] => ix.ancestors.get(slug) ?? EMPTY,
  };
}

/**
 * A data store over a dataset (src/data/sources/dataset.ts), versioned by `version` (the
 * dataset's fingerprint unless given): its indexes, built at creation, and
 * the getters resolvers use, each answering synchronously (the `Store` contract's documentation
 * says what each returns). The served store is built from the embedded articles
 * (src/data/embedded/served.ts); tests build others from fixture articles, and the benchmarks
 * from synthetic datasets.
 */
export function createStore(dataset: Dataset, version: () => string = () => fingerprint(JSON.stringify(dataset))) {
  const ix = buildIndexes(dataset);
  // Built on first use: startup does not pay for lists most requests never read.
  let citations: Map<string, ArticleCitation[]> | undefined;
  const citationsByArticle = () => (citations ??= articleCitations(dataset));
  let summary: DatasetSummary | undefined;
  const getters = { ...referenceGetters(ix), ...companyGetters(ix), ...roundGetters(ix) };
  const lookups: Readonly<Record<NodeTypename, (id: string) => Entity | undefined>> = {
    Company: getters.companyBySlug,
    FundingRound: getters.roundById,
    Investment: getters.investmentById,
    AIModel: getters.modelBySlug,
    Region: getters.regionBySlug,
    Article: getters.articleBySlug,
  };
  let search: ((query: string) => readonly SearchableEntity[]) | undefined;
  const store = {
    ...getters,
    /** Case-insensitive search (src/data/search-entries.ts); its index is built on the first search. */
    search: (query: string): readonly SearchableEntity[] => {
      search ??= createSearch(store);
      return search(query);
    },
    entityById: (typename: string, id: string): Entity | undefined => byTypename(lookups, typename, id, undefined),
    citationsOf: (articleSlug: string): readonly ArticleCitation[] => citationsByArticle().get(articleSlug) ?? EMPTY,
    datasetSummary: (): DatasetSummary =>
      (summary ??= {
        version: version(),
        articleCount: dataset.articles.length,
        companyCount: dataset.companies.length,
        fundingRoundCount: dataset.fundingRounds.length,
        investmentCount: dataset.investments.length,
        modelCount: dataset.models.length,
        regionCount: dataset.regions.length,
        licenseCount: dataset.licenses.length,
        citationCount: [...citationsByArticle().values()].reduce((n, list) => n + list.length, 0),
      }),
  };
  return store satisfies Store;
}

/** A store built by `createStore`: every getter answers synchronously. */
export type EmbeddedStore = ReturnType<typeof createStore>;
