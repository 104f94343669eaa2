import { articles as articleData } from './articles';
import { formatMoney } from './money';
import { licenses as licenseRecords, regions as regionRecords } from './reference';
import type {
  ArticleData,
  ArticleRecord,
  CitationRecord,
  CompanyKind,
  CompanyRecord,
  FundingRoundRecord,
  InvestmentRecord,
  LicenseRecord,
  ModelRecord,
  RegionKind,
  RegionRecord,
} from './types';

/**
 * The data layer: every index the resolvers use is built once, here, at module load.
 * Resolvers reach data only through the getters below.
 */

export interface Company extends Omit<CompanyRecord, 'sources' | 'competitors'> {
  readonly sources: readonly CitationRecord[];
  readonly competitors: readonly string[];
}
export interface FundingRound extends Omit<FundingRoundRecord, 'investments'> {
  /** The source gives rounds no name: "Mistral AI · €450 million". */
  readonly label: string;
}
export interface Investment extends InvestmentRecord {
  /** Id of the round this participation belongs to. */
  readonly round: string;
}
export type AIModel = ModelRecord;
export type Article = ArticleRecord;
export type License = LicenseRecord;
export interface Region extends RegionRecord {
  /** Where articles mention this region; empty for regions known only from reference data. */
  readonly sources: readonly CitationRecord[];
}

/** GraphQL type names of the entities that implement Node. */
export type NodeTypename = 'Company' | 'FundingRound' | 'Investment' | 'AIModel' | 'Region' | 'Article';
export type Entity = Company | FundingRound | Investment | AIModel | Region | Article;
/** The entities `search` can return. */
export type SearchableEntity = Exclude<Entity, Investment>;

const typenames = new WeakMap<object, NodeTypename>();
const tag = <T extends object>(typename: NodeTypename, value: T): T => {
  typenames.set(value, typename);
  return value;
};

/** Same order as `localeCompare(…, 'en')`, without building a collator per comparison. */
const compareEn = new Intl.Collator('en').compare;
const byName = (a: { name: string }, b: { name: string }) => compareEn(a.name, b.name);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const EMPTY: readonly never[] = Object.freeze([]);

/** The reference data a store is built with (src/data/reference.ts for the served one). */
export interface ReferenceData {
  readonly regions: readonly RegionRecord[];
  readonly licenses: readonly LicenseRecord[];
}

/** Builds every entity and index from the article files and the reference data. */
function build(sources: readonly ArticleData[], { regions: regionList, licenses: licenseList }: ReferenceData) {
  const articleMap = new Map<string, Article>();
  const companyMap = new Map<string, Company>();
  const roundMap = new Map<string, FundingRound>();
  const investmentMap = new Map<string, Investment>();
  const modelMap = new Map<string, AIModel>();
  const regionMap = new Map<string, Region>();
  const licenseMap = new Map(licenseList.map((l) => [l.spdxId, l] as const));
  const competitorSets = new Map<string, Set<string>>();
  const mentions = new Map<string, CitationRecord[]>();
  const companySources = new Map<string, CitationRecord[]>();

  for (const data of sources) {
    articleMap.set(data.article.slug, tag('Article', data.article));
    for (const company of data.companies) {
      // The same company may appear in several articles: its first record names it, all cite it.
      if (!companyMap.has(company.slug)) companyMap.set(company.slug, tag('Company', { ...company }));
      companySources.set(company.slug, [...(companySources.get(company.slug) ?? []), ...company.sources]);
      for (const other of company.competitors) {
        for (const [a, b] of [[company.slug, other], [other, company.slug]] as const) {
          const set = competitorSets.get(a) ?? new Set<string>();
          set.add(b);
          competitorSets.set(a, set);
        }
      }
    }
    const articleCompanies = new Map(data.companies.map((c) => [c.slug, c] as const));
    for (const { investments, ...round } of data.fundingRounds) {
      const company = articleCompanies.get(round.company);
      const label = `${company?.name ?? round.company} · ${round.amount ? formatMoney(round.amount) : 'undisclosed amount'}`;
      roundMap.set(round.id, tag('FundingRound', { ...round, label }));
      for (const investment of investments) investmentMap.set(investment.id, tag('Investment', { ...investment, round: round.id }));
    }
    for (const model of data.models) modelMap.set(model.slug, tag('AIModel', model));
    for (const mention of data.regionMentions) mentions.set(mention.region, [...(mentions.get(mention.region) ?? []), ...mention.sources]);
  }

  for (const [slug, company] of companyMap) {
    const competitors = [...(competitorSets.get(slug) ?? [])].filter((s) => companyMap.has(s));
    competitors.sort((a, b) => byName(companyMap.get(a)!, companyMap.get(b)!));
    companyMap.set(slug, tag('Company', { ...company, competitors, sources: companySources.get(slug) ?? [] }));
  }
  for (const region of regionList) regionMap.set(region.slug, tag('Region', { ...region, sources: mentions.get(region.slug) ?? [] }));

  const companiesSorted = [...companyMap.values()].sort(byName);
  const regionsSorted = [...regionMap.values()].sort(byName);
  const roundsSorted = [...roundMap.values()].sort((a, b) => compareEn(a.label, b.label) || a.id.localeCompare(b.id));

  // Region → itself and every region inside it, so region filters include sub-regions.
  const children = new Map<string, Region[]>();
  for (const region of regionsSorted) if (region.parent) push(children, region.parent, region);
  const ancestors = new Map<string, Region[]>();
  for (const region of regionsSorted) {
    const chain: Region[] = [];
    const seen = new Set([region.slug]);
    for (let p = region.parent; p && regionMap.has(p) && !seen.has(p); p = regionMap.get(p)!.parent) {
      seen.add(p);
      chain.push(regionMap.get(p)!);
    }
    ancestors.set(region.slug, chain);
  }
  const within = (regionSlug: string | null) =>
    regionSlug && regionMap.has(regionSlug) ? [regionSlug, ...(ancestors.get(regionSlug) ?? []).map((r) => r.slug)] : [];

  const companiesByKey = new Map<string, Company[]>();
  for (const company of companiesSorted) {
    for (const region of ['*', ...within(company.headquarters)]) {
      push(companiesByKey, `${region}|*`, company);
      push(companiesByKey, `${region}|${company.kind}`, company);
    }
  }

  const roundsByKey = new Map<string, FundingRound[]>();
  const investmentsByRound = new Map<string, Investment[]>();
  const investmentsByInvestor = new Map<string, Investment[]>();
  const investorsOfRound = new Map<string, Set<string>>();
  for (const investment of investmentMap.values()) {
    push(investmentsByRound, investment.round, investment);
    push(investmentsByInvestor, investment.investor, investment);
    const set = investorsOfRound.get(investment.round) ?? new Set<string>();
    set.add(investment.investor);
    investorsOfRound.set(investment.round, set);
  }
  for (const round of roundsSorted) {
    push(roundsByKey, 'all', round);
    push(roundsByKey, `company:${round.company}`, round);
    for (const investor of investorsOfRound.get(round.id) ?? []) push(roundsByKey, `investor:${investor}`, round);
    const hq = companyMap.get(round.company)?.headquarters ?? null;
    for (const region of within(hq)) push(roundsByKey, `region:${region}`, round);
  }
  const roundOrder = new Map(roundsSorted.map((r, i) => [r.id, i]));
  for (const list of investmentsByInvestor.values()) list.sort((a, b) => roundOrder.get(a.round)! - roundOrder.get(b.round)!);

  const modelsSorted = [...modelMap.values()].sort(byName);
  const modelsByDeveloper = new Map<string, AIModel[]>();
  for (const model of modelsSorted) push(modelsByDeveloper, model.developer, model);
  const regionsByKind = new Map<string, Region[]>();
  for (const region of regionsSorted) push(regionsByKind, region.kind, region);

  return {
    articleMap,
    articlesSorted: [...articleMap.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    companyMap,
    companiesSorted,
    companiesByKey,
    roundMap,
    roundsByKey,
    investmentMap,
    investmentsByRound,
    investmentsByInvestor,
    modelMap,
    modelsSorted,
    modelsByDeveloper,
    regionMap,
    regionsSorted,
    regionsByKind,
    children,
    ancestors,
    licenseMap,
  };
}

const reversedLists = new WeakMap<readonly unknown[], readonly unknown[]>();
/** The list in reverse order, computed once per list and then reused. */
function reversed<T>(list: readonly T[]): readonly T[] {
  let result = reversedLists.get(list) as readonly T[] | undefined;
  if (!result) {
    result = [...list].reverse();
    reversedLists.set(list, result);
  }
  return result;
}

/** The runtime GraphQL type name of an entity, for `Node` and `SearchResult` type resolution. */
export const typenameOf = (value: unknown): NodeTypename | undefined =>
  typeof value === 'object' && value !== null ? typenames.get(value) : undefined;

/**
 * A data store: the entities and indexes built from `sources` and `reference`, and the getters
 * resolvers use. The served store is built once at module load from the embedded articles; the
 * benchmarks build others from synthetic datasets to measure how the getters scale.
 */
export function createStore(sources: readonly ArticleData[], reference: ReferenceData) {
  const db = build(sources, reference);
  const store = {
    db,
    articleBySlug: (slug: string): Article | undefined => db.articleMap.get(slug),
    allArticles: (): readonly Article[] => db.articlesSorted,

    companyBySlug: (slug: string): Company | undefined => db.companyMap.get(slug),
    /** Companies ordered by name, optionally only those of a kind and/or headquartered in a region or inside it. */
    companiesWhere: (filter: { kind?: CompanyKind | null; region?: string | null } = {}, descending = false) => {
      if (!filter.kind && !filter.region) return descending ? reversed(db.companiesSorted) : db.companiesSorted;
      const list = db.companiesByKey.get(`${filter.region ?? '*'}|${filter.kind ?? '*'}`) ?? EMPTY;
      return descending ? reversed(list) : list;
    },
    competitorsOf: (company: Company): readonly Company[] => company.competitors.map((slug) => db.companyMap.get(slug)!),

    roundById: (id: string): FundingRound | undefined => db.roundMap.get(id),
    roundsByCompany: (slug: string): readonly FundingRound[] => db.roundsByKey.get(`company:${slug}`) ?? EMPTY,
    /** Rounds matching every given filter (company slug, investor slug, region slug with sub-regions). */
    roundsWhere: (filter: { company?: string | null; investor?: string | null; region?: string | null } = {}) => {
      const keys = [
        filter.company != null && `company:${filter.company}`,
        filter.investor != null && `investor:${filter.investor}`,
        filter.region != null && `region:${filter.region}`,
      ].filter((k): k is string => k !== false);
      if (keys.length === 0) return db.roundsByKey.get('all') ?? EMPTY;
      const lists: readonly (readonly FundingRound[])[] = keys.map((k) => db.roundsByKey.get(k) ?? EMPTY).sort((a, b) => a.length - b.length);
      const [smallest = EMPTY, ...rest] = lists;
      if (rest.length === 0) return smallest;
      const others = rest.map((l) => new Set(l));
      return smallest.filter((r) => others.every((s) => s.has(r)));
    },

    investmentById: (id: string): Investment | undefined => db.investmentMap.get(id),
    investmentsByRound: (roundId: string): readonly Investment[] => db.investmentsByRound.get(roundId) ?? EMPTY,
    investmentsByInvestor: (slug: string): readonly Investment[] => db.investmentsByInvestor.get(slug) ?? EMPTY,

    modelBySlug: (slug: string): AIModel | undefined => db.modelMap.get(slug),
    allModels: (): readonly AIModel[] => db.modelsSorted,
    modelsByDeveloper: (slug: string): readonly AIModel[] => db.modelsByDeveloper.get(slug) ?? EMPTY,
    licenseBySpdxId: (spdxId: string): License | undefined => db.licenseMap.get(spdxId),

    regionBySlug: (slug: string): Region | undefined => db.regionMap.get(slug),
    regionsWhere: (kind?: RegionKind | null): readonly Region[] =>
      kind ? (db.regionsByKind.get(kind) ?? EMPTY) : db.regionsSorted,
    regionChildren: (slug: string): readonly Region[] => db.children.get(slug) ?? EMPTY,
    /** Enclosing regions, nearest first. */
    regionAncestors: (slug: string): readonly Region[] => db.ancestors.get(slug) ?? EMPTY,

    /** Looks an entity up by its GraphQL type name and internal id (a slug, or a round/investment id). */
    entityById(typename: string, id: string): Entity | undefined {
      switch (typename) {
        case 'Company':
          return store.companyBySlug(id);
        case 'FundingRound':
          return store.roundById(id);
        case 'Investment':
          return store.investmentById(id);
        case 'AIModel':
          return store.modelBySlug(id);
        case 'Region':
          return store.regionBySlug(id);
        case 'Article':
          return store.articleBySlug(id);
        default:
          return undefined;
      }
    },
  };
  return store;
}

/** A store built by `createStore`. */
export type Store = ReturnType<typeof createStore>;

/** The served store, built once at module load from the embedded articles. */
export const store: Store = createStore(articleData, { regions: regionRecords, licenses: licenseRecords });
const db = store.db;

export const {
  articleBySlug,
  allArticles,
  companyBySlug,
  companiesWhere,
  competitorsOf,
  roundById,
  roundsByCompany,
  roundsWhere,
  investmentById,
  investmentsByRound,
  investmentsByInvestor,
  modelBySlug,
  allModels,
  modelsByDeveloper,
  licenseBySpdxId,
  regionBySlug,
  regionsWhere,
  regionChildren,
  regionAncestors,
  entityById,
} = store;

export { articleData, licenseRecords, regionRecords, db as indexes };
