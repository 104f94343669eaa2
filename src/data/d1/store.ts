import type {
  AIModel,
  Article,
  ArticleCitation,
  CoInvestor,
  Company,
  CompanyFilter,
  Entity,
  FundingRound,
  ModelFilter,
  Region,
  RoundFilter,
  RoundOrder,
  SearchableEntity,
} from '../model';
import { lower } from '../search-entries';
import type { RegionKind } from '../sources/records';
import type { PagedList, Store } from '../store';
import { byTypename, type NodeTypename, tag } from '../typenames';
import { createLoaders, type Loaders, type Selection } from './loaders';
import { d1DatasetSummary } from './meta';
import { citationSlice, listSize, listSlice, modelCount, modelSlice, roundCount, roundSlice, searchQuery, slugsAround } from './queries';
import { createReader, type Reader } from './reader';
import { roundSummary, runningKeyOf } from './summaries';

/**
 * The store on a D1 database (tables in migrations/, rows from src/data/d1/rows.ts). Created per
 * request, reading through one D1 session (`withSession`) and one reader (src/data/d1/reader.ts)
 * that sends every statement of a query level in one round trip: its DataLoaders
 * (src/data/d1/loaders.ts) make one statement per kind of lookup and level
 * (`IN (SELECT value FROM json_each(?))`), and keep what a request has read. Top-level lists are
 * paged in SQL (src/data/d1/queries.ts), summaries aggregated there (src/data/d1/summaries.ts).
 */

const EMPTY: readonly never[] = Object.freeze([]);

/** The found values of a `loadMany`, in order; a failed load throws. */
const present = <T>(values: readonly (T | Error | undefined)[]): T[] =>
  values.filter((v): v is T => {
    if (v instanceof Error) throw v;
    return v !== undefined;
  });

/** A list the seed stored in list_items (its length in list_sizes), its items' JSON read from `table` by `key`. */
function storedList<T extends object>(
  reader: Reader,
  name: string,
  typename: NodeTypename,
  table: string,
  key: string,
  descending = false,
): PagedList<T> {
  return {
    count: () => listSize(reader, name),
    slice: async (start, end) =>
      (await listSlice(reader, name, table, key, start, end, descending)).map((r) => tag(typename, JSON.parse(r.data) as T)),
  };
}

/** A per-parent list paged in SQL: its length and windows of it from two loaders. */
function windowList<T>(
  key: string,
  counts: Loaders['investmentCounts'],
  windows: { load(window: { key: string; start: number; end: number }): Promise<readonly T[]> },
): PagedList<T> {
  return {
    count: async () => (await counts.load(key)) ?? 0,
    slice: (start, end) => windows.load({ key, start, end }),
  };
}

/** Rounds and their summaries, paged, counted and aggregated in SQL; a page's companies read with it when the operation selects them. */
function roundGetters(reader: Reader, loaders: Loaders, selection: Selection) {
  return {
    roundsMatching: (filter: RoundFilter = {}, order: RoundOrder = { field: 'LABEL', direction: 'ASC' }): PagedList<FundingRound> => ({
      // A currency list and a minimum: the stored running summary counts them.
      count: async () =>
        runningKeyOf(filter) !== undefined ? (await roundSummary(reader, filter)).roundCount : roundCount(reader, filter),
      slice: async (start, end) =>
        (await roundSlice(reader, filter, order, start, end, selection.has('FundingRound.company'))).map((r) => {
          if (r.other) loaders.primeCompany(tag('Company', JSON.parse(r.other) as Company));
          return loaders.primeRound(tag('FundingRound', JSON.parse(r.data) as FundingRound));
        }),
    }),
    fundingSummary: (filter: RoundFilter = {}) => roundSummary(reader, filter),
  };
}

/** Companies and what the seed stored beside them. */
function companyGetters(reader: Reader, loaders: Loaders) {
  const { companies } = loaders;
  const companiesBySlugs = async (slugs: readonly string[]): Promise<readonly Company[]> =>
    slugs.length ? present(await companies.loadMany(slugs)) : EMPTY;
  return {
    companiesBySlugs,
    companiesWhere: (filter: CompanyFilter = {}, descending = false): PagedList<Company> => {
      const name = `companies:${filter.region ?? '*'}|${filter.kind ?? '*'}`;
      const list = storedList<Company>(reader, name, 'Company', 'companies', 'slug', descending);
      return { count: list.count, slice: async (start: number, end: number) => (await list.slice(start, end)).map(loaders.primeCompany) };
    },
    competitorsOf: (c: Company) => companiesBySlugs(c.competitors),
    investorsOf: (slug: string) => loaders.investorsOf.load(slug),
    totalRaisedBy: async (slug: string) => (await loaders.totalRaised.load(slug)) ?? EMPTY,
    coInvestorsOf: (slug: string): PagedList<CoInvestor> => windowList(slug, loaders.coInvestorCounts, loaders.coInvestorWindows),
  };
}

/** Search over the seeded search table, each hit loaded by its type and id. */
function search(reader: Reader, entityById: (typename: string, id: string) => Promise<Entity | undefined>) {
  return (query: string): PagedList<SearchableEntity> => {
    // D1 rejects a NUL in bound text, and no stored name, key or description holds one: nothing matches.
    const q = query.includes('\0') ? '' : lower(query.trim());
    if (!q) return { count: async () => 0, slice: async () => EMPTY };
    const found = searchQuery(reader, q);
    return {
      count: found.count,
      slice: async (start, end) =>
        present(
          await Promise.all((await found.slice(start, end)).map((r) => entityById(r.type, r.id) as Promise<SearchableEntity | undefined>)),
        ),
    };
  };
}

/** How a request reads the database. */
export interface D1StoreOptions {
  /** Where the request's session starts: a bookmark (reads at least that new), else any replica. */
  readonly bookmark?: string;
}

/** Creates the store for one request on database `db`, reading through one session of it. */
export function createD1Store(db: D1Database, options: D1StoreOptions = {}): Store {
  const reader = createReader(db.withSession(options.bookmark ?? 'first-unconstrained'));
  let selected: ReadonlySet<string> = new Set();
  const selection: Selection = { has: (coordinate) => selected.has(coordinate) };
  const loaders = createLoaders(reader, selection);
  const { articles, companies, rounds, investments, models, regions } = loaders;
  const lookups: Readonly<Record<NodeTypename, (id: string) => Promise<Entity | undefined>>> = {
    Company: (slug) => companies.load(slug),
    FundingRound: (roundId) => rounds.load(roundId),
    Investment: (investmentId) => investments.load(investmentId),
    AIModel: (slug) => models.load(slug),
    Region: (slug) => regions.load(slug),
    Article: (slug) => articles.load(slug),
  };
  const entityById = (typename: string, id: string): Promise<Entity | undefined> =>
    byTypename(lookups, typename, id, Promise.resolve(undefined));
  return {
    lookAhead: (coordinates) => {
      selected = coordinates;
    },
    articleBySlug: (key) => articles.load(key),
    allArticles: () => storedList<Article>(reader, 'articles', 'Article', 'articles', 'slug'),
    citationsOf: (articleSlug: string): PagedList<ArticleCitation> => ({
      count: () => listSize(reader, `citations:${articleSlug}`),
      slice: async (start, end) => (await citationSlice(reader, articleSlug, start, end)).map((r) => JSON.parse(r.data) as ArticleCitation),
    }),
    datasetSummary: () => d1DatasetSummary(reader),
    companyBySlug: (key) => companies.load(key),
    ...companyGetters(reader, loaders),
    roundById: (key) => rounds.load(key),
    roundsByCompany: (slug) => loaders.roundsByCompany.load(slug),
    ...roundGetters(reader, loaders, selection),
    investmentById: (key) => investments.load(key),
    investmentsByRound: (roundId) => loaders.investmentsByRound.load(roundId),
    investmentsByInvestor: (slug) => windowList(slug, loaders.investmentCounts, loaders.investmentWindows),
    modelBySlug: (key) => models.load(key),
    allModels: () => storedList<AIModel>(reader, 'models', 'AIModel', 'models', 'slug'),
    modelsWhere: (filter: ModelFilter = {}): PagedList<AIModel> =>
      filter.kind == null && filter.license == null && filter.openSource == null
        ? storedList<AIModel>(reader, 'models', 'AIModel', 'models', 'slug')
        : {
            count: () => modelCount(reader, filter),
            slice: async (start, end) =>
              (await modelSlice(reader, filter, start, end)).map((r) => tag('AIModel', JSON.parse(r.data) as AIModel)),
          },
    modelsByDeveloper: (slug) => loaders.modelsByDeveloper.load(slug),
    licenseBySpdxId: (spdxId) => loaders.licenses.load(spdxId),
    regionBySlug: (key) => regions.load(key),
    regionsWhere: (kind?: RegionKind | null) => storedList<Region>(reader, `regions:${kind ?? '*'}`, 'Region', 'regions', 'slug'),
    regionChildren: (slug) => loaders.regionChildren.load(slug),
    regionAncestors: (slug) => loaders.regionAncestors.load(slug),
    search: search(reader, entityById),
    slugsAround: (type, slug, count) => slugsAround(reader, type, slug, count),
    entityById,
  };
}
