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
import type { Listing, PagedList, Store } from '../store';
import { byTypename, type NodeTypename, tag } from '../typenames';
import { createLoaders, type Loaders } from './loaders';
import { d1DatasetSummary } from './meta';
import {
  citationSlice,
  listSize,
  listSlice,
  modelCount,
  modelSlice,
  roundCount,
  roundSlice,
  roundSummary,
  searchQuery,
  slugsAround,
} from './queries';

/**
 * The store on a D1 database (tables in migrations/, rows from src/data/d1/rows.ts). Created per
 * request: its DataLoaders (src/data/d1/loaders.ts) batch the lookups one level of a query makes
 * into one statement each (`IN (SELECT value FROM json_each(?))`), and keep what a request has
 * read. Top-level lists are paged in SQL (src/data/d1/queries.ts); a parent's own lists (a
 * company's rounds, a round's investments) are read whole for every parent at once.
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
  db: D1Database,
  name: string,
  typename: NodeTypename,
  table: string,
  key: string,
  descending = false,
): PagedList<T> {
  return {
    count: () => listSize(db, name),
    slice: async (start, end) =>
      (await listSlice(db, name, table, key, start, end, descending)).map((r) => tag(typename, JSON.parse(r.data) as T)),
  };
}

/** Rounds and their summaries, paged and counted in SQL. */
function roundGetters(db: D1Database, loaders: Loaders) {
  return {
    roundsMatching: (filter: RoundFilter = {}, order: RoundOrder = { field: 'LABEL', direction: 'ASC' }): PagedList<FundingRound> => ({
      count: () => roundCount(db, filter),
      slice: async (start, end) =>
        (await roundSlice(db, filter, order, start, end)).map((r) =>
          loaders.primeRound(tag('FundingRound', JSON.parse(r.data) as FundingRound)),
        ),
    }),
    fundingSummary: async (filter: RoundFilter = {}) => {
      // A region's summary alone is stored beside the region by the seed.
      const onlyRegion = filter.region != null && Object.entries(filter).every(([k, v]) => k === 'region' || v == null);
      if (!onlyRegion) return roundSummary(db, filter);
      return (await loaders.regionExtras.load(filter.region!))?.funding ?? { roundCount: 0, companyCount: 0, investorCount: 0, totals: [] };
    },
  };
}

/** Companies and what the seed stored beside them. */
function companyGetters(db: D1Database, loaders: Loaders) {
  const { companies, rounds, companyExtras } = loaders;
  const companiesBySlugs = async (slugs: readonly string[]): Promise<readonly Company[]> =>
    slugs.length ? present(await companies.loadMany(slugs)) : EMPTY;
  return {
    companiesBySlugs,
    companiesWhere: (filter: CompanyFilter = {}, descending = false): PagedList<Company> => {
      const list = storedList<Company>(
        db,
        `companies:${filter.region ?? '*'}|${filter.kind ?? '*'}`,
        'Company',
        'companies',
        'slug',
        descending,
      );
      return { count: list.count, slice: async (start: number, end: number) => (await list.slice(start, end)).map(loaders.primeCompany) };
    },
    competitorsOf: (c: Company) => companiesBySlugs(c.competitors),
    investorsOf: (slug: string) => companyExtras.load(slug).then((e) => companiesBySlugs(e?.investors ?? EMPTY)),
    totalRaisedBy: async (slug: string) => (await companyExtras.load(slug))?.totalRaised ?? EMPTY,
    coInvestorsOf: (slug: string): Listing<CoInvestor> =>
      companyExtras.load(slug).then(async (extras) => {
        const pairs = extras?.coInvestors ?? [];
        const [found, shared] = await Promise.all([
          companies.loadMany(pairs.map(([s]) => s)),
          Promise.all(pairs.map(async ([, ids]) => present(await rounds.loadMany(ids)))),
        ]);
        return pairs.flatMap((_, i) => {
          const company = found[i];
          if (company instanceof Error) throw company;
          return company ? [{ company, sharedRounds: shared[i]! }] : [];
        });
      }),
  };
}

/** Search over the seeded search table, each hit loaded by its type and id. */
function search(db: D1Database, entityById: (typename: string, id: string) => Promise<Entity | undefined>) {
  return (query: string): PagedList<SearchableEntity> => {
    // D1 rejects a NUL in bound text, and no stored name, key or description holds one: nothing matches.
    const q = query.includes('\0') ? '' : lower(query.trim());
    if (!q) return { count: async () => 0, slice: async () => EMPTY };
    const found = searchQuery(db, q);
    return {
      count: found.count,
      slice: async (start, end) =>
        present(
          await Promise.all((await found.slice(start, end)).map((r) => entityById(r.type, r.id) as Promise<SearchableEntity | undefined>)),
        ),
    };
  };
}

/** Creates the store for one request on database `db`. */
export function createD1Store(db: D1Database): Store {
  const loaders = createLoaders(db);
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
    articleBySlug: (key) => articles.load(key),
    allArticles: () => storedList<Article>(db, 'articles', 'Article', 'articles', 'slug'),
    citationsOf: (articleSlug: string): PagedList<ArticleCitation> => ({
      count: () => listSize(db, `citations:${articleSlug}`),
      slice: async (start, end) => (await citationSlice(db, articleSlug, start, end)).map((r) => JSON.parse(r.data) as ArticleCitation),
    }),
    datasetSummary: () => d1DatasetSummary(db),
    companyBySlug: (key) => companies.load(key),
    ...companyGetters(db, loaders),
    roundById: (key) => rounds.load(key),
    roundsByCompany: (slug) => loaders.roundsByCompany.load(slug),
    ...roundGetters(db, loaders),
    investmentById: (key) => investments.load(key),
    investmentsByRound: (roundId) => loaders.investmentsByRound.load(roundId),
    investmentsByInvestor: (slug) => loaders.investmentsByInvestor.load(slug),
    modelBySlug: (key) => models.load(key),
    allModels: () => storedList<AIModel>(db, 'models', 'AIModel', 'models', 'slug'),
    modelsWhere: (filter: ModelFilter = {}): PagedList<AIModel> =>
      filter.kind == null && filter.license == null && filter.openSource == null
        ? storedList<AIModel>(db, 'models', 'AIModel', 'models', 'slug')
        : {
            count: () => modelCount(db, filter),
            slice: async (start, end) =>
              (await modelSlice(db, filter, start, end)).map((r) => tag('AIModel', JSON.parse(r.data) as AIModel)),
          },
    modelsByDeveloper: (slug) => loaders.modelsByDeveloper.load(slug),
    licenseBySpdxId: (spdxId) => loaders.licenses.load(spdxId),
    regionBySlug: (key) => regions.load(key),
    regionsWhere: (kind?: RegionKind | null) => storedList<Region>(db, `regions:${kind ?? '*'}`, 'Region', 'regions', 'slug'),
    regionChildren: (slug) => loaders.regionChildren.load(slug),
    regionAncestors: async (slug) => {
      const extras = await loaders.regionExtras.load(slug);
      return extras?.ancestors.length ? present(await regions.loadMany(extras.ancestors)) : EMPTY;
    },
    search: search(db, entityById),
    slugsAround: (type, slug, count) => slugsAround(db, type, slug, count),
    entityById,
  };
}
