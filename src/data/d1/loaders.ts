import DataLoader from 'dataloader';
import type { AIModel, Article, Company, FundingRound, FundingSummary, Investment, License, Region } from '../model';
import type { MoneyRecord } from '../sources/records';
import { type NodeTypename, tag } from '../typenames';
import { all, byKeysSql, COMPANY_EXTRAS_SQL, GROUP_SQL, type KeyedRow, REGION_EXTRAS_SQL } from './queries';

const EMPTY: readonly never[] = Object.freeze([]);

/** A loader of values by key: one statement (`sql`, taking a JSON array of keys) per batch, each row read by `read`. */
function keyedLoader<T>(db: D1Database, sql: string, read: (row: KeyedRow & Record<string, string>) => T) {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const rows = await all<KeyedRow & Record<string, string>>(db, sql, JSON.stringify(keys));
    const found = new Map(rows.map((r) => [r.k, read(r)]));
    return keys.map((k) => found.get(k));
  });
}

/** A loader of entities of one type by key, from `table`'s `data` column. */
const entityLoader = <T extends object>(db: D1Database, typename: NodeTypename, table: string, key: string) =>
  keyedLoader(db, byKeysSql(table, key), (r) => tag(typename, JSON.parse(r.data) as T));

/** A loader of each key's list, by one of `GROUP_SQL`'s statements; `onRow` sees each entity read. */
function groupLoader<T extends object>(db: D1Database, typename: NodeTypename, sql: string, onRow?: (value: T) => T) {
  return new DataLoader<string, readonly T[]>(async (keys) => {
    const rows = await all<KeyedRow>(db, sql, JSON.stringify(keys));
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const parsed = tag(typename, JSON.parse(row.data) as T);
      const value = onRow ? onRow(parsed) : parsed;
      const list = groups.get(row.k);
      if (list) list.push(value);
      else groups.set(row.k, [value]);
    }
    return keys.map((k) => groups.get(k) ?? EMPTY);
  });
}

/** What the seed stores beside a company: its investors, totals and co-investors with their shared rounds' ids. */
export interface CompanyExtras {
  readonly investors: string[];
  readonly totalRaised: MoneyRecord[];
  readonly coInvestors: [string, string[]][];
}

/** What the seed stores beside a region: its ancestors' slugs and its funding summary. */
export interface RegionExtras {
  readonly ancestors: string[];
  readonly funding: FundingSummary;
}

/**
 * The DataLoaders of one request: lookups by key, and each parent's own lists (a company's rounds,
 * a round's investments) read for every parent of a query level at once. Entities read as part of
 * a list are primed into their lookup's loader, so a later lookup of one reads nothing.
 */
export function createLoaders(db: D1Database) {
  const companies = entityLoader<Company>(db, 'Company', 'companies', 'slug');
  const rounds = entityLoader<FundingRound>(db, 'FundingRound', 'rounds', 'id');
  const regions = entityLoader<Region>(db, 'Region', 'regions', 'slug');
  const primeRound = (r: FundingRound) => (rounds.prime(r.id, r), r);
  return {
    articles: entityLoader<Article>(db, 'Article', 'articles', 'slug'),
    companies,
    rounds,
    investments: entityLoader<Investment>(db, 'Investment', 'investments', 'id'),
    models: entityLoader<AIModel>(db, 'AIModel', 'models', 'slug'),
    regions,
    licenses: keyedLoader(db, byKeysSql('licenses', 'spdx_id'), (r) => JSON.parse(r.data) as License),
    primeRound,
    primeCompany: (c: Company) => (companies.prime(c.slug, c), c),
    roundsByCompany: groupLoader<FundingRound>(db, 'FundingRound', GROUP_SQL.roundsByCompany, primeRound),
    investmentsByRound: groupLoader<Investment>(db, 'Investment', GROUP_SQL.investmentsByRound),
    investmentsByInvestor: groupLoader<Investment>(db, 'Investment', GROUP_SQL.investmentsByInvestor),
    modelsByDeveloper: groupLoader<AIModel>(db, 'AIModel', GROUP_SQL.modelsByDeveloper),
    regionChildren: groupLoader<Region>(db, 'Region', GROUP_SQL.regionChildren, (r) => (regions.prime(r.slug, r), r)),
    companyExtras: keyedLoader(
      db,
      COMPANY_EXTRAS_SQL,
      (r): CompanyExtras => ({
        investors: JSON.parse(r.investors!),
        totalRaised: JSON.parse(r.total_raised!),
        coInvestors: JSON.parse(r.co_investors!),
      }),
    ),
    regionExtras: keyedLoader(
      db,
      REGION_EXTRAS_SQL,
      (r): RegionExtras => ({ ancestors: JSON.parse(r.ancestors!), funding: JSON.parse(r.funding!) }),
    ),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
