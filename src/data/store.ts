import type { ListView } from './list-view';
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
} from './model';
import type { MoneyRecord, RegionKind } from './sources/records';

/** The entity types a filter names by slug. */
export type SluggedType = 'Company' | 'Region' | 'License';

/** A value, or a promise of it: the embedded store answers synchronously, the D1 store asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

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
 * the embedded store (src/data/embedded/, synchronous values) and the D1 store (src/data/d1/,
 * promises, batched per request).
 */
export interface Store {
  articleBySlug(slug: string): MaybePromise<Article | undefined>;
  allArticles(): Listing<Article>;
  /** The article's citations, each with the object and field it supports: by offset, then by object. */
  citationsOf(articleSlug: string): Listing<ArticleCitation>;
  /** What the dataset holds, counted, and its version. */
  datasetSummary(): MaybePromise<DatasetSummary>;

  companyBySlug(slug: string): MaybePromise<Company | undefined>;
  /** The companies of these slugs, in order; unknown slugs are left out. */
  companiesBySlugs(slugs: readonly string[]): MaybePromise<readonly Company[]>;
  /** Companies ordered by name, optionally only those of a kind and/or headquartered in a region or inside it. */
  companiesWhere(filter?: CompanyFilter, descending?: boolean): Listing<Company>;
  competitorsOf(company: Company): Listing<Company>;
  /** Distinct investors in any round the company raised: leads first, then by name. */
  investorsOf(slug: string): Listing<Company>;
  /** The stated amounts of the company's rounds, summed per currency, largest first. */
  totalRaisedBy(slug: string): MaybePromise<readonly MoneyRecord[]>;
  /** Companies that invested in a round this one invested in: most shared rounds first, then by name. */
  coInvestorsOf(slug: string): Listing<CoInvestor>;

  roundById(id: string): MaybePromise<FundingRound | undefined>;
  roundsByCompany(slug: string): Listing<FundingRound>;
  /** Rounds matching every condition, in the given order (default: label ascending). */
  roundsMatching(filter?: RoundFilter, order?: RoundOrder): Listing<FundingRound>;
  /** Round, company and investor counts and per-currency totals over the rounds matching `filter`. */
  fundingSummary(filter?: RoundFilter): MaybePromise<FundingSummary>;

  investmentById(id: string): MaybePromise<Investment | undefined>;
  investmentsByRound(roundId: string): Listing<Investment>;
  investmentsByInvestor(slug: string): Listing<Investment>;

  modelBySlug(slug: string): MaybePromise<AIModel | undefined>;
  allModels(): Listing<AIModel>;
  /** Models matching every condition, by name. */
  modelsWhere(filter?: ModelFilter): Listing<AIModel>;
  modelsByDeveloper(slug: string): Listing<AIModel>;
  licenseBySpdxId(spdxId: string): MaybePromise<License | undefined>;

  regionBySlug(slug: string): MaybePromise<Region | undefined>;
  regionsWhere(kind?: RegionKind | null): Listing<Region>;
  regionChildren(slug: string): MaybePromise<readonly Region[]>;
  /** Enclosing regions, nearest first. */
  regionAncestors(slug: string): MaybePromise<readonly Region[]>;

  /** Case-insensitive search, best match first (the rules of src/data/search-entries.ts). */
  search(query: string): Listing<SearchableEntity>;

  /**
   * Up to `count` slugs of companies or regions (by code unit), or SPDX ids of the licenses the
   * dataset holds (ignoring case), on each side of where `slug` sorts among them, in order: the
   * candidates for suggesting a known one in place of a mistyped one.
   */
  slugsAround(type: SluggedType, slug: string, count: number): MaybePromise<readonly string[]>;

  /** Looks an entity up by its GraphQL type name and internal id (a slug, or a round/investment id). */
  entityById(typename: string, id: string): MaybePromise<Entity | undefined>;

  /**
   * A hint before an operation runs: the schema coordinates (`Type.field`) it selects anywhere. A
   * store that reads over a network (D1) reads the entities at the far end of a selected link in
   * the same round trip as the link itself; a store in memory has no use for it.
   */
  lookAhead?(coordinates: ReadonlySet<string>): void;
}

/** `fn(value)`, at once when `value` is not a promise: synchronous stores stay synchronous. */
export function mapMaybe<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** The error a lookup of a record that another names raises when the record is missing. */
export class MissingRecordError extends Error {
  override readonly name = 'MissingRecordError';
}

/**
 * A record that another names (a round's company, a citation's article): `npm run data:check`
 * and the store's build guarantee it exists, so a lookup that finds nothing is a broken dataset,
 * raised as an internal error (masked in responses) naming the record (`kind` and `key`, e.g.
 * "company" and "mistral-ai"), never served as a null.
 */
export function required<T>(value: MaybePromise<T | undefined>, kind: string, key: string): MaybePromise<T> {
  // No closure on the synchronous path: resolvers call this for every citation and every link.
  return value instanceof Promise ? value.then((found) => found ?? missing(kind, key)) : (value ?? missing(kind, key));
}

function missing(kind: string, key: string): never {
  throw new MissingRecordError(`The dataset names ${kind} "${key}" but does not hold it.`);
}
