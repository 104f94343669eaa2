import DataLoader from 'dataloader';
import type { AIModel, Article, CoInvestor, Company, FundingRound, Investment, License, Region } from '../model';
import type { MoneyRecord } from '../sources/records';
import { type NodeTypename, tag } from '../typenames';
import { byKeysSql, COMPANY_TOTALS_SQL, GROUP_SQL, type KeyedRow, LENGTH_SQL, WINDOW_SQL } from './queries';
import type { Reader } from './reader';

const EMPTY: readonly never[] = Object.freeze([]);

/** The schema coordinates (`Type.field`) the running operation selects; see `Store.lookAhead`. */
export interface Selection {
  has(coordinate: string): boolean;
}

/** A page of a per-parent list: its parent's key and the window [start, end). */
export interface Window {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** One request's loaders: each batch of keys is one statement, and `reader` sends every statement of a tick together. */
function loaderKit(reader: Reader) {
  const options = { batchScheduleFn: (dispatch: () => void) => reader.schedule(dispatch) };
  const parsed = <T extends object>(typename: NodeTypename, json: string) => tag(typename, JSON.parse(json) as T);

  /** A loader of values by key: one statement (`sql`, taking a JSON array of keys) per batch, each row read by `read`. */
  const keyed = <T, R extends { k: string }>(sql: string, read: (row: R) => T) =>
    new DataLoader<string, T | undefined>(async (keys) => {
      const found = new Map((await reader.all<R>(sql, JSON.stringify(keys))).map((r) => [r.k, read(r)]));
      return keys.map((k) => found.get(k));
    }, options);

  /** A loader of each key's list by one statement (`sql()`, chosen when the batch runs); `onRow` sees each row read. */
  const grouped = <T extends object>(typename: NodeTypename, sql: () => string, onRow?: (value: T, row: KeyedRow) => void) =>
    new DataLoader<string, readonly T[]>(async (keys) => {
      const groups = new Map<string, T[]>();
      for (const row of await reader.all<KeyedRow>(sql(), JSON.stringify(keys))) {
        const value = parsed<T>(typename, row.data);
        onRow?.(value, row);
        const list = groups.get(row.k);
        if (list) list.push(value);
        else groups.set(row.k, [value]);
      }
      return keys.map((k) => groups.get(k) ?? EMPTY);
    }, options);

  /** A loader of windows of per-parent lists: one `read` per distinct window in a batch, all parents of that window at once. */
  const windowed = <T>(read: (keys: string[], start: number, end: number) => Promise<Map<string, T[]>>) =>
    new DataLoader<Window, readonly T[], string>(
      async (windows) => {
        const byWindow = new Map<string, Window[]>();
        for (const w of windows) {
          const id = `${w.start}:${w.end}`;
          byWindow.set(id, [...(byWindow.get(id) ?? []), w]);
        }
        const results = await Promise.all(
          [...byWindow.values()].map(async (ws) => ({
            ws,
            found: await read([...new Set(ws.map((w) => w.key))], ws[0]!.start, ws[0]!.end),
          })),
        );
        const result = new Map<Window, readonly T[]>();
        for (const { ws, found } of results) for (const w of ws) result.set(w, found.get(w.key) ?? EMPTY);
        return windows.map((w) => result.get(w)!);
      },
      { ...options, cacheKeyFn: (w) => `${w.key}\n${w.start}\n${w.end}` },
    );

  return { keyed, grouped, windowed, parsed };
}

/** Groups rows by `k`, each mapped by `map`. */
function groupRows<R extends { k: string }, T>(rows: readonly R[], map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.k);
    if (list) list.push(map(row));
    else groups.set(row.k, [map(row)]);
  }
  return groups;
}

/**
 * The DataLoaders of one request: lookups by key, each parent's own lists (a company's rounds, a
 * round's investments) for every parent of a query level at once, and windows of the long ones
 * (an investor's investments, its co-investors) paged in SQL. Entities read as part of a list or
 * at the other end of a link are primed into their lookup's loader, so a later lookup of one
 * reads nothing; links the operation selects (`selection`) are read in the same statement.
 */
export function createLoaders(reader: Reader, selection: Selection) {
  const { keyed, grouped, windowed, parsed } = loaderKit(reader);
  const entity = <T extends object>(typename: NodeTypename, table: string, key: string) =>
    keyed(byKeysSql(table, key), (r: KeyedRow) => parsed<T>(typename, r.data));
  const companies = entity<Company>('Company', 'companies', 'slug');
  const rounds = entity<FundingRound>('FundingRound', 'rounds', 'id');
  const regions = entity<Region>('Region', 'regions', 'slug');
  /** `loader.prime(keyOf(value), value)`, returning `value`. */
  const primer =
    <T>(loader: DataLoader<string, T | undefined>, keyOf: (value: T) => string) =>
    (value: T): T => {
      loader.prime(keyOf(value), value);
      return value;
    };
  const primeRound = primer(rounds, (r) => r.id);
  const primeCompany = primer(companies, (c) => c.slug);
  const primeRegion = primer(regions, (r) => r.slug);
  const other = <T extends object>(typename: NodeTypename, row: KeyedRow) => (row.other ? parsed<T>(typename, row.other) : undefined);

  const investmentWindows = windowed<Investment>(async (keys, start, end) => {
    const withRound = selection.has('Investment.round');
    const sql = withRound ? WINDOW_SQL.investmentsByInvestorWithRound : WINDOW_SQL.investmentsByInvestor;
    return groupRows(await reader.all<KeyedRow>(sql, JSON.stringify(keys), start, end), (row) => {
      const round = withRound ? other<FundingRound>('FundingRound', row) : undefined;
      if (round) primeRound(round);
      return parsed<Investment>('Investment', row.data);
    });
  });
  const coInvestorWindows = windowed<CoInvestor>(async (keys, start, end) => {
    type PosRow = KeyedRow & { pos: number };
    const [found, shared] = await Promise.all([
      reader.all<PosRow>(WINDOW_SQL.coInvestors, JSON.stringify(keys), start, end),
      reader.all<PosRow>(WINDOW_SQL.sharedRounds, JSON.stringify(keys), start, end),
    ]);
    const roundsAt = groupRows(
      shared.map((row) => ({ ...row, k: `${row.k}\n${row.pos}` })),
      (row) => primeRound(parsed<FundingRound>('FundingRound', row.data)),
    );
    return groupRows(found, (row) => ({
      company: primeCompany(parsed<Company>('Company', row.data)),
      sharedRounds: roundsAt.get(`${row.k}\n${row.pos}`) ?? EMPTY,
    }));
  });

  return {
    articles: entity<Article>('Article', 'articles', 'slug'),
    companies,
    rounds,
    investments: entity<Investment>('Investment', 'investments', 'id'),
    models: entity<AIModel>('AIModel', 'models', 'slug'),
    regions,
    licenses: keyed(byKeysSql('licenses', 'spdx_id'), (r: KeyedRow) => JSON.parse(r.data) as License),
    primeRound,
    primeCompany,
    roundsByCompany: grouped<FundingRound>('FundingRound', () => GROUP_SQL.roundsByCompany, primeRound),
    investmentsByRound: grouped<Investment>(
      'Investment',
      () =>
        !selection.has('Investment.investor')
          ? GROUP_SQL.investmentsByRound
          : selection.has('Company.headquarters')
            ? GROUP_SQL.investmentsByRoundWithInvestorAndHeadquarters
            : GROUP_SQL.investmentsByRoundWithInvestor,
      (_, row) => {
        const investor = other<Company>('Company', row);
        if (investor) primeCompany(investor);
        if (row.hq) primeRegion(parsed<Region>('Region', row.hq));
      },
    ),
    investmentWindows,
    investmentCounts: keyed(LENGTH_SQL.investmentsByInvestor, (r: { k: string; n: number }) => r.n),
    modelsByDeveloper: grouped<AIModel>('AIModel', () => GROUP_SQL.modelsByDeveloper),
    regionChildren: grouped<Region>('Region', () => GROUP_SQL.regionChildren, primeRegion),
    regionAncestors: grouped<Region>('Region', () => GROUP_SQL.regionAncestors, primeRegion),
    investorsOf: grouped<Company>('Company', () => GROUP_SQL.investorsOf, primeCompany),
    coInvestorWindows,
    coInvestorCounts: keyed(LENGTH_SQL.coInvestors, (r: { k: string; n: number }) => r.n),
    totalRaised: keyed(COMPANY_TOTALS_SQL, (r: { k: string; total_raised: string }) => JSON.parse(r.total_raised) as MoneyRecord[]),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
