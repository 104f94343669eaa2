import type {
  AIModel,
  Article,
  CoInvestor,
  Company,
  Entity,
  FundingRound,
  FundingSummary,
  Investment,
  License,
  Region,
  RoundFilter,
  RoundOrder,
  SearchableEntity,
} from './index';
import type { ListView } from './list-view';
import type { CompanyKind, MoneyRecord, RegionKind } from './types';

/** A value, or a promise of it: the embedded store answers synchronously, the D1 store asynchronously. */
export type Maybe<T> = T | Promise<T>;

/**
 * A list paged where it lives (a D1 table): its size and any window of it are separate reads,
 * so a page costs its size, not the list's.
 */
export interface PagedList<T> {
  /** How many items the whole list holds. */
  count(): Promise<number>;
  /** The items in [start, end) of the list, in order. */
  slice(start: number, end: number): Promise<readonly T[]>;
}

/** A list a connection pages through: in memory (a view or an array), paged in a database, or on its way. */
export type Listing<T> = ListView<T> | PagedList<T> | Promise<ListView<T>>;

/**
 * The getters resolvers read data through (Context.store). Two implementations answer them the same:
 * the embedded store (src/data/index.ts, synchronous values) and the D1 store (src/data/d1-store.ts,
 * promises, batched per request).
 */
export interface Store {
  articleBySlug(slug: string): Maybe<Article | undefined>;
  allArticles(): Listing<Article>;

  companyBySlug(slug: string): Maybe<Company | undefined>;
  /** The companies of these slugs, in order; unknown slugs are left out. */
  companiesBySlugs(slugs: readonly string[]): Maybe<readonly Company[]>;
  /** Companies ordered by name, optionally only those of a kind and/or headquartered in a region or inside it. */
  companiesWhere(filter?: { kind?: CompanyKind | null; region?: string | null }, descending?: boolean): Listing<Company>;
  competitorsOf(company: Company): Listing<Company>;
  /** Distinct investors in any round the company raised: leads first, then by name. */
  investorsOf(slug: string): Listing<Company>;
  /** The stated amounts of the company's rounds, summed per currency, largest first. */
  totalRaisedBy(slug: string): Maybe<readonly MoneyRecord[]>;
  /** Companies that invested in a round this one invested in: most shared rounds first, then by name. */
  coInvestorsOf(slug: string): Listing<CoInvestor>;

  roundById(id: string): Maybe<FundingRound | undefined>;
  roundsByCompany(slug: string): Listing<FundingRound>;
  /** Rounds matching every condition, in the given order (default: label ascending). */
  roundsMatching(filter?: RoundFilter, order?: RoundOrder): Listing<FundingRound>;
  /** Round, company and investor counts and per-currency totals over the rounds matching `filter`. */
  fundingSummary(filter?: RoundFilter): Maybe<FundingSummary>;

  investmentById(id: string): Maybe<Investment | undefined>;
  investmentsByRound(roundId: string): Listing<Investment>;
  investmentsByInvestor(slug: string): Listing<Investment>;

  modelBySlug(slug: string): Maybe<AIModel | undefined>;
  allModels(): Listing<AIModel>;
  modelsByDeveloper(slug: string): Listing<AIModel>;
  licenseBySpdxId(spdxId: string): Maybe<License | undefined>;

  regionBySlug(slug: string): Maybe<Region | undefined>;
  regionsWhere(kind?: RegionKind | null): Listing<Region>;
  regionChildren(slug: string): Maybe<readonly Region[]>;
  /** Enclosing regions, nearest first. */
  regionAncestors(slug: string): Maybe<readonly Region[]>;

  /** Case-insensitive search, best match first (the rules of src/data/search.ts). */
  search(query: string): Listing<SearchableEntity>;

  /** Looks an entity up by its GraphQL type name and internal id (a slug, or a round/investment id). */
  entityById(typename: string, id: string): Maybe<Entity | undefined>;
}

/**
 * A record that another names (a round's company, a citation's article): the articles' checks
 * guarantee it exists, so its lookup is typed as found, at no runtime cost.
 */
export const named = <T>(value: Maybe<T | undefined>): Maybe<T> => value as Maybe<T>;

/** `fn(value)`, at once when `value` is not a promise: synchronous stores stay synchronous. */
export function mapMaybe<T, R>(value: Maybe<T>, fn: (value: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
