import DataLoader from 'dataloader';
import { amountKey } from './d1-rows';
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
import { sumByCurrency } from './money';
import { roundKeys } from './round-keys';
import { lower } from './search';
import type { Listing, PagedList, Store } from './store';
import { byTypename, type NodeTypename, tag } from './typenames';
import type { CompanyKind, MoneyRecord, RegionKind } from './types';

// SQL by hand: a few fixed statements over the binding; a query builder would add bundle bytes
// and hide the statements tests/d1/d1.test.ts counts.

/**
 * The store on a D1 database (tables in migrations/, rows from src/data/d1-rows.ts). Created per
 * request: its DataLoaders batch the lookups one level of a query makes into one statement each
 * (`IN (SELECT value FROM json_each(?))`), and keep what a request has read. Top-level lists are
 * paged in SQL; a parent's own lists (a company's rounds, a round's investments) are read whole
 * for every parent at once.
 */

type Row = Record<string, unknown>;
const EMPTY: readonly never[] = Object.freeze([]);

/** Runs one statement and returns its rows. */
async function all<T = Row>(db: D1Database, sql: string, ...params: unknown[]): Promise<T[]> {
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<T>();
  return results;
}

/** A loader of entities of one type by key, from `table`'s `data` column. */
function entityLoader<T extends object>(db: D1Database, typename: NodeTypename, table: string, key: string) {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const rows = await all<{ k: string; data: string }>(
      db,
      `SELECT ${key} AS k, data FROM ${table} WHERE ${key} IN (SELECT value FROM json_each(?))`,
      JSON.stringify(keys),
    );
    const found = new Map(rows.map((r) => [r.k, tag(typename, JSON.parse(r.data) as T)]));
    return keys.map((k) => found.get(k));
  });
}

/** A loader of each key's list: `sql` takes a JSON array of keys and returns rows with `k` (the key) and `data`, in list order. */
function groupLoader<T extends object>(db: D1Database, typename: NodeTypename, sql: string, onRow?: (value: T) => T) {
  return new DataLoader<string, readonly T[]>(async (keys) => {
    const rows = await all<{ k: string; data: string }>(db, sql, JSON.stringify(keys));
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const value = tag(typename, JSON.parse(row.data) as T);
      const list = groups.get(row.k);
      if (list) list.push(onRow ? onRow(value) : value);
      else groups.set(row.k, [onRow ? onRow(value) : value]);
    }
    return keys.map((k) => groups.get(k) ?? EMPTY);
  });
}

const ROUND_ORDER_COLUMNS: Record<string, string> = {
  LABEL_ASC: 'label_pos',
  LABEL_DESC: 'label_pos DESC',
  AMOUNT_ASC: 'amount_asc',
  AMOUNT_DESC: 'amount_desc',
  ANNOUNCED_ON_ASC: 'date_asc',
  ANNOUNCED_ON_DESC: 'date_desc',
};

/** FROM/WHERE of the rounds matching a filter, driven by round_keys `k0` joined to `rounds r`. */
function roundsFrom(filter: RoundFilter): { sql: string; params: unknown[] } {
  const [first, ...rest] = roundKeys(filter);
  const params: unknown[] = [];
  let sql = 'FROM round_keys k0 JOIN rounds r ON r.id = k0.id';
  rest.forEach((key, i) => {
    sql += ` JOIN round_keys k${i + 1} ON k${i + 1}.id = k0.id AND k${i + 1}.key = ?`;
    params.push(key);
  });
  sql += ' WHERE k0.key = ?';
  params.push(first);
  if (filter.minAmount != null) {
    sql += ' AND r.amount_key >= ?';
    params.push(amountKey(filter.minAmount));
  }
  return { sql, params };
}

/** Search tiers in SQL, the same as src/data/search.ts's: ?1 is the lower-cased query, ?2 is 1 when keys may match. */
const TIER = `CASE
  WHEN s.name = ?1 THEN 0
  WHEN ?2 AND instr(s.keys, char(10) || ?1 || char(10)) > 0 THEN 1
  WHEN instr(s.name, ?1) = 1 THEN 2
  WHEN ?2 AND instr(s.keys, char(10) || ?1) > 0 THEN 3
  WHEN instr(s.name, ?1) > 0 THEN 4
  WHEN ?2 AND instr(s.keys, ?1) > 0 THEN 5
  WHEN instr(s.description, ?1) > 0 THEN 6
END`;

/** Creates the store for one request on database `db`. */
export function createD1Store(db: D1Database): Store {
  const articles = entityLoader<Article>(db, 'Article', 'articles', 'slug');
  const companies = entityLoader<Company>(db, 'Company', 'companies', 'slug');
  const rounds = entityLoader<FundingRound>(db, 'FundingRound', 'rounds', 'id');
  const investments = entityLoader<Investment>(db, 'Investment', 'investments', 'id');
  const models = entityLoader<AIModel>(db, 'AIModel', 'models', 'slug');
  const regions = entityLoader<Region>(db, 'Region', 'regions', 'slug');
  const licenses = new DataLoader<string, License | undefined>(async (keys) => {
    const rows = await all<{ k: string; data: string }>(
      db,
      'SELECT spdx_id AS k, data FROM licenses WHERE spdx_id IN (SELECT value FROM json_each(?))',
      JSON.stringify(keys),
    );
    const found = new Map(rows.map((r) => [r.k, JSON.parse(r.data) as License]));
    return keys.map((k) => found.get(k));
  });
  // Rows read as lists are primed into the entity loaders, so a later lookup of one of them reads nothing.
  const primeRound = (r: FundingRound) => (rounds.prime(r.id, r), r);
  const primeCompany = (c: Company) => (companies.prime(c.slug, c), c);
  const roundsByCompany = groupLoader<FundingRound>(
    db,
    'FundingRound',
    "SELECT substr(k.key, 9) AS k, r.data FROM round_keys k JOIN rounds r ON r.id = k.id WHERE k.key IN (SELECT 'company:' || value FROM json_each(?)) ORDER BY k.key, k.label_pos",
    primeRound,
  );
  const investmentsByRound = groupLoader<Investment>(
    db,
    'Investment',
    'SELECT round AS k, data FROM investments WHERE round IN (SELECT value FROM json_each(?)) ORDER BY round, round_seq',
  );
  const investmentsByInvestor = groupLoader<Investment>(
    db,
    'Investment',
    'SELECT investor AS k, data FROM investments WHERE investor IN (SELECT value FROM json_each(?)) ORDER BY investor, investor_seq',
  );
  const modelsByDeveloper = groupLoader<AIModel>(
    db,
    'AIModel',
    'SELECT developer AS k, data FROM models WHERE developer IN (SELECT value FROM json_each(?)) ORDER BY developer, pos',
  );
  const regionChildren = groupLoader<Region>(
    db,
    'Region',
    'SELECT parent AS k, data FROM regions WHERE parent IN (SELECT value FROM json_each(?)) ORDER BY parent, pos',
    (r) => (regions.prime(r.slug, r), r),
  );

  interface CompanyExtras {
    investors: string[];
    totalRaised: MoneyRecord[];
    coInvestors: [string, string[]][];
  }
  const companyExtras = new DataLoader<string, CompanyExtras | undefined>(async (keys) => {
    const rows = await all<{ k: string; investors: string; total_raised: string; co_investors: string }>(
      db,
      'SELECT slug AS k, investors, total_raised, co_investors FROM companies WHERE slug IN (SELECT value FROM json_each(?))',
      JSON.stringify(keys),
    );
    const found = new Map(
      rows.map((r) => [
        r.k,
        { investors: JSON.parse(r.investors), totalRaised: JSON.parse(r.total_raised), coInvestors: JSON.parse(r.co_investors) },
      ]),
    );
    return keys.map((k) => found.get(k));
  });
  const regionExtras = new DataLoader<string, { ancestors: string[]; funding: FundingSummary } | undefined>(async (keys) => {
    const rows = await all<{ k: string; ancestors: string; funding: string }>(
      db,
      'SELECT slug AS k, ancestors, funding FROM regions WHERE slug IN (SELECT value FROM json_each(?))',
      JSON.stringify(keys),
    );
    const found = new Map(rows.map((r) => [r.k, { ancestors: JSON.parse(r.ancestors), funding: JSON.parse(r.funding) }]));
    return keys.map((k) => found.get(k));
  });

  const present = <T>(values: readonly (T | Error | undefined)[]): T[] =>
    values.filter((v): v is T => {
      if (v instanceof Error) throw v;
      return v !== undefined;
    });
  const companiesBySlugs = async (slugs: readonly string[]): Promise<readonly Company[]> =>
    slugs.length ? present(await companies.loadMany(slugs)) : EMPTY;

  /** A list stored in list_items (its length in list_sizes), its items' JSON read from `table` by `key`. */
  const storedList = <T extends object>(
    name: string,
    typename: NodeTypename,
    table: string,
    key: string,
    descending = false,
  ): PagedList<T> => ({
    count: async () => (await all<{ size: number }>(db, 'SELECT size FROM list_sizes WHERE list = ?', name))[0]?.size ?? 0,
    slice: async (start, end) => {
      // Descending pages are ranges of the ascending list counted from its end (the size read in the same statement).
      const range = descending
        ? 'l.idx >= (SELECT size FROM list_sizes WHERE list = ?1) - ?3 AND l.idx < (SELECT size FROM list_sizes WHERE list = ?1) - ?2 ORDER BY l.idx DESC'
        : 'l.idx >= ?2 AND l.idx < ?3 ORDER BY l.idx';
      const rows = await all<{ data: string }>(
        db,
        `SELECT e.data FROM list_items l JOIN ${table} e ON e.${key} = l.id WHERE l.list = ?1 AND ${range}`,
        name,
        start,
        end,
      );
      return rows.map((r) => tag(typename, JSON.parse(r.data) as T));
    },
  });

  const roundsMatching = (filter: RoundFilter = {}, order: RoundOrder = { field: 'LABEL', direction: 'ASC' }): PagedList<FundingRound> => {
    const keys = roundKeys(filter);
    const from = roundsFrom(filter);
    return {
      count: async () => {
        if (keys.length === 1 && filter.minAmount == null) {
          return (await all<{ size: number }>(db, 'SELECT size FROM list_sizes WHERE list = ?', `rounds:${keys[0]}`))[0]?.size ?? 0;
        }
        return (await all<{ n: number }>(db, `SELECT COUNT(*) AS n ${from.sql}`, ...from.params))[0]!.n;
      },
      slice: async (start, end) => {
        const column = ROUND_ORDER_COLUMNS[`${order.field}_${order.direction}`]!;
        const rows = await all<{ data: string }>(
          db,
          `SELECT r.data ${from.sql} ORDER BY k0.${column} LIMIT ? OFFSET ?`,
          ...from.params,
          end - start,
          start,
        );
        return rows.map((r) => primeRound(tag('FundingRound', JSON.parse(r.data) as FundingRound)));
      },
    };
  };

  const fundingSummary = async (filter: RoundFilter = {}): Promise<FundingSummary> => {
    const onlyRegion = filter.region != null && Object.entries(filter).every(([k, v]) => k === 'region' || v == null);
    if (onlyRegion)
      return (await regionExtras.load(filter.region!))?.funding ?? { roundCount: 0, companyCount: 0, investorCount: 0, totals: [] };
    const from = roundsFrom(filter);
    const [counts, amounts] = (await db.batch([
      db
        .prepare(
          `WITH m AS (SELECT r.id, r.company, r.investors ${from.sql}) SELECT (SELECT COUNT(*) FROM m) AS rounds, (SELECT COUNT(DISTINCT company) FROM m) AS companies, (SELECT COUNT(DISTINCT j.value) FROM m, json_each(m.investors) j) AS investors`,
        )
        .bind(...from.params),
      db
        .prepare(`SELECT r.currency, json_extract(r.data, '$.amount.amount') AS amount ${from.sql} AND r.amount_key IS NOT NULL`)
        .bind(...from.params),
    ])) as [D1Result<{ rounds: number; companies: number; investors: number }>, D1Result<{ currency: string; amount: string }>];
    const c = counts.results[0]!;
    return { roundCount: c.rounds, companyCount: c.companies, investorCount: c.investors, totals: sumByCurrency(amounts.results) };
  };

  const search = (query: string): PagedList<SearchableEntity> => {
    // D1 rejects a NUL in bound text, and no stored name, key or description holds one: nothing matches.
    const q = query.includes('\0') ? '' : lower(query.trim());
    // Keys sit between newlines: a query holding one could match across two keys, so keys are not matched then.
    const keysMayMatch = q.includes('\n') ? 0 : 1;
    // The trigram index holds every match of a query of three or more characters; shorter ones scan.
    const candidates = [...q].length >= 3 ? ` AND s.ord IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?3)` : '';
    const params = candidates ? [q, keysMayMatch, `"${q.replaceAll('"', '""')}"`] : [q, keysMayMatch];
    const where = `FROM search s WHERE (${TIER}) IS NOT NULL${candidates}`;
    return {
      count: async () => (q ? (await all<{ n: number }>(db, `SELECT COUNT(*) AS n ${where}`, ...params))[0]!.n : 0),
      slice: async (start, end) => {
        if (!q) return EMPTY;
        const n = params.length;
        const rows = await all<{ type: NodeTypename; id: string }>(
          db,
          `SELECT s.type, s.id ${where} ORDER BY (${TIER}), s.ord LIMIT ?${n + 1} OFFSET ?${n + 2}`,
          ...params,
          end - start,
          start,
        );
        return present(await Promise.all(rows.map((r) => entityById(r.type, r.id) as Promise<SearchableEntity | undefined>)));
      },
    };
  };

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
    articleBySlug: (slug) => articles.load(slug),
    allArticles: () => storedList<Article>('articles', 'Article', 'articles', 'slug'),

    companyBySlug: (slug) => companies.load(slug),
    companiesBySlugs,
    companiesWhere: (filter: { kind?: CompanyKind | null; region?: string | null } = {}, descending = false) => {
      const list = storedList<Company>(
        `companies:${filter.region ?? '*'}|${filter.kind ?? '*'}`,
        'Company',
        'companies',
        'slug',
        descending,
      );
      return { count: list.count, slice: async (start: number, end: number) => (await list.slice(start, end)).map(primeCompany) };
    },
    competitorsOf: (c) => companiesBySlugs(c.competitors),
    investorsOf: (slug) => companyExtras.load(slug).then((e) => companiesBySlugs(e?.investors ?? EMPTY)),
    totalRaisedBy: async (slug) => (await companyExtras.load(slug))?.totalRaised ?? EMPTY,
    coInvestorsOf: (slug): Listing<CoInvestor> =>
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

    roundById: (id) => rounds.load(id),
    roundsByCompany: (slug) => roundsByCompany.load(slug),
    roundsMatching,
    fundingSummary,

    investmentById: (id) => investments.load(id),
    investmentsByRound: (roundId) => investmentsByRound.load(roundId),
    investmentsByInvestor: (slug) => investmentsByInvestor.load(slug),

    modelBySlug: (slug) => models.load(slug),
    allModels: () => storedList<AIModel>('models', 'AIModel', 'models', 'slug'),
    modelsByDeveloper: (slug) => modelsByDeveloper.load(slug),
    licenseBySpdxId: (spdxId) => licenses.load(spdxId),

    regionBySlug: (slug) => regions.load(slug),
    regionsWhere: (kind?: RegionKind | null) => storedList<Region>(`regions:${kind ?? '*'}`, 'Region', 'regions', 'slug'),
    regionChildren: (slug) => regionChildren.load(slug),
    regionAncestors: async (slug) => {
      const extras = await regionExtras.load(slug);
      return extras?.ancestors.length ? present(await regions.loadMany(extras.ancestors)) : EMPTY;
    },

    search,
    entityById,
  };
}

/** The dataset version the seed wrote; a missing table or row is an error, so nothing is cached under a wrong version. */
export async function d1DatasetVersion(db: D1Database): Promise<string> {
  const row = await db.prepare("SELECT value FROM meta WHERE key = 'version'").first<{ value: string }>();
  if (!row) throw new Error('The D1 database has no dataset version: run `npm run db:seed`.');
  return row.value;
}

/** How many articles the D1 dataset holds. */
export async function d1ArticleCount(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT size FROM list_sizes WHERE list = 'articles'").first<{ size: number }>())?.size ?? 0;
}
