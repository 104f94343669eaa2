import type { FundingSummary, ModelFilter, RoundFilter, RoundOrder } from '../model';
import { sumByCurrency } from '../money';
import { roundKeys } from '../round-keys';
import type { SluggedType } from '../store';
import type { NodeTypename } from '../typenames';
import { amountKey } from './amount-key';

// SQL by hand: a few fixed statements over the binding; a query builder would add bundle bytes
// and hide the statements tests/d1/d1.test.ts counts. Tables: migrations/; rows: src/data/d1/rows.ts.

/** A row of a keyed lookup: the key it answers and the entity's JSON. */
export interface KeyedRow {
  readonly k: string;
  readonly data: string;
}

/** Runs one statement and returns its rows. */
export async function all<T = Record<string, unknown>>(db: D1Database, sql: string, ...params: unknown[]): Promise<T[]> {
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<T>();
  return results;
}

/** The rows of `table` whose `key` is in a JSON array of keys (the one parameter), as `k` and `data`. */
export const byKeysSql = (table: string, key: string): string =>
  `SELECT ${key} AS k, data FROM ${table} WHERE ${key} IN (SELECT value FROM json_each(?))`;

/** Each statement takes a JSON array of keys and returns rows with `k` (the key) and `data`, in each key's list order. */
export const GROUP_SQL = {
  roundsByCompany:
    "SELECT substr(k.key, 9) AS k, r.data FROM round_keys k JOIN rounds r ON r.id = k.id WHERE k.key IN (SELECT 'company:' || value FROM json_each(?)) ORDER BY k.key, k.label_pos",
  investmentsByRound: 'SELECT round AS k, data FROM investments WHERE round IN (SELECT value FROM json_each(?)) ORDER BY round, round_seq',
  investmentsByInvestor:
    'SELECT investor AS k, data FROM investments WHERE investor IN (SELECT value FROM json_each(?)) ORDER BY investor, investor_seq',
  modelsByDeveloper: 'SELECT developer AS k, data FROM models WHERE developer IN (SELECT value FROM json_each(?)) ORDER BY developer, pos',
  regionChildren: 'SELECT parent AS k, data FROM regions WHERE parent IN (SELECT value FROM json_each(?)) ORDER BY parent, pos',
} as const;

/** A company's derived lists, stored beside it by the seed. */
export const COMPANY_EXTRAS_SQL =
  'SELECT slug AS k, investors, total_raised, co_investors FROM companies WHERE slug IN (SELECT value FROM json_each(?))';
/** A region's ancestors and funding summary, stored beside it by the seed. */
export const REGION_EXTRAS_SQL = 'SELECT slug AS k, ancestors, funding FROM regions WHERE slug IN (SELECT value FROM json_each(?))';

/** The size of a stored list (list_sizes); 0 for a list the seed did not write. */
export async function listSize(db: D1Database, list: string): Promise<number> {
  return (await all<{ size: number }>(db, 'SELECT size FROM list_sizes WHERE list = ?', list))[0]?.size ?? 0;
}

/** Items [start, end) of a stored list (list_items), their JSON read from `table` by `key`; descending counts from the end. */
export async function listSlice(db: D1Database, list: string, table: string, key: string, start: number, end: number, descending: boolean) {
  // Descending pages are ranges of the ascending list counted from its end (the size read in the same statement).
  const range = descending
    ? 'l.idx >= (SELECT size FROM list_sizes WHERE list = ?1) - ?3 AND l.idx < (SELECT size FROM list_sizes WHERE list = ?1) - ?2 ORDER BY l.idx DESC'
    : 'l.idx >= ?2 AND l.idx < ?3 ORDER BY l.idx';
  return all<{ data: string }>(
    db,
    `SELECT e.data FROM list_items l JOIN ${table} e ON e.${key} = l.id WHERE l.list = ?1 AND ${range}`,
    list,
    start,
    end,
  );
}

/** Citations [start, end) of an article's list (article_citations), as JSON. */
export const citationSlice = (db: D1Database, article: string, start: number, end: number) =>
  all<{ data: string }>(
    db,
    'SELECT data FROM article_citations WHERE article = ? AND idx >= ? AND idx < ? ORDER BY idx',
    article,
    start,
    end,
  );

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
  for (const [condition, ...values] of roundConditionsSql(filter)) {
    sql += ` AND ${condition}`;
    params.push(...values);
  }
  return { sql, params };
}

/**
 * The conditions on `rounds r` that no round key selects, each with its parameters: what
 * src/data/round-conditions.ts tests in the embedded store, and the minimum amount. A NULL
 * column (a fact no source states) fails every comparison, so such a round never matches.
 */
function roundConditionsSql(filter: RoundFilter): [string, ...unknown[]][] {
  const conditions: [string, ...unknown[]][] = [];
  if (filter.minAmount != null) conditions.push(['r.amount_key >= ?', amountKey(filter.minAmount)]);
  if (filter.types != null) conditions.push(['r.type IN (SELECT value FROM json_each(?))', JSON.stringify(filter.types)]);
  if (filter.announcedOn?.from != null) conditions.push(['r.announced_on >= ?', filter.announcedOn.from]);
  if (filter.announcedOn?.to != null) conditions.push(['r.announced_on <= ?', filter.announcedOn.to]);
  if (filter.valuationCurrency != null) conditions.push(['r.valuation_currency = ?', filter.valuationCurrency]);
  if (filter.minValuation != null) conditions.push(['r.valuation_key >= ?', amountKey(filter.minValuation)]);
  return conditions;
}

/** How many rounds match `filter`: a stored list's size when one key selects them all. */
export async function roundCount(db: D1Database, filter: RoundFilter): Promise<number> {
  const keys = roundKeys(filter);
  if (keys.length === 1 && roundConditionsSql(filter).length === 0) return listSize(db, `rounds:${keys[0]}`);
  const from = roundsFrom(filter);
  return (await all<{ n: number }>(db, `SELECT COUNT(*) AS n ${from.sql}`, ...from.params))[0]!.n;
}

/** The JSON of rounds [start, end) of those matching `filter`, in `order`. */
export function roundSlice(db: D1Database, filter: RoundFilter, order: RoundOrder, start: number, end: number) {
  const from = roundsFrom(filter);
  const column = ROUND_ORDER_COLUMNS[`${order.field}_${order.direction}`]!;
  return all<{ data: string }>(db, `SELECT r.data ${from.sql} ORDER BY k0.${column} LIMIT ? OFFSET ?`, ...from.params, end - start, start);
}

/** Counts and per-currency totals of the rounds matching `filter`, in one batch of two statements. */
export async function roundSummary(db: D1Database, filter: RoundFilter): Promise<FundingSummary> {
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
}

/** FROM/WHERE of the models matching a filter (`models m`), with its parameters. */
function modelsFrom(filter: ModelFilter): { sql: string; params: unknown[] } {
  const conditions: [string, unknown][] = [];
  if (filter.kind != null) conditions.push(['m.kind = ?', filter.kind]);
  if (filter.license != null) conditions.push(['m.license = ?', filter.license]);
  if (filter.openSource != null) conditions.push(['m.open_source = ?', Number(filter.openSource)]);
  const where = conditions.map(([condition]) => condition).join(' AND ');
  return { sql: `FROM models m${where ? ` WHERE ${where}` : ''}`, params: conditions.map(([, value]) => value) };
}

/** How many models match `filter`. */
export async function modelCount(db: D1Database, filter: ModelFilter): Promise<number> {
  const from = modelsFrom(filter);
  return (await all<{ n: number }>(db, `SELECT COUNT(*) AS n ${from.sql}`, ...from.params))[0]!.n;
}

/** The JSON of models [start, end) of those matching `filter`, by name. */
export function modelSlice(db: D1Database, filter: ModelFilter, start: number, end: number) {
  const from = modelsFrom(filter);
  return all<{ data: string }>(db, `SELECT m.data ${from.sql} ORDER BY m.pos LIMIT ? OFFSET ?`, ...from.params, end - start, start);
}

/** Each slugged type's table and the expression its slugs sort by (SPDX ids ignoring case, as the embedded store does). */
const SLUGGED_TABLES: Readonly<Record<SluggedType, { table: string; key: string }>> = {
  Company: { table: 'companies', key: 'slug' },
  Region: { table: 'regions', key: 'slug' },
  License: { table: 'licenses', key: 'upper(spdx_id)' },
};

/** Up to `count` slugs of `type` on each side of where `slug` sorts (SQLite's binary order of the sort key), in order. */
export async function slugsAround(db: D1Database, type: SluggedType, slug: string, count: number): Promise<string[]> {
  const { table, key } = SLUGGED_TABLES[type];
  const column = type === 'License' ? 'spdx_id' : 'slug';
  const rows = await all<{ slug: string }>(
    db,
    `SELECT slug FROM (SELECT ${column} AS slug, ${key} AS k FROM ${table} WHERE ${key} < ?1 ORDER BY k DESC LIMIT ?2)
     UNION ALL SELECT slug FROM (SELECT ${column} AS slug, ${key} AS k FROM ${table} WHERE ${key} >= ?1 ORDER BY k LIMIT ?2)`,
    type === 'License' ? slug.toUpperCase() : slug,
    count,
  );
  const sortKey = (s: string) => (type === 'License' ? s.toUpperCase() : s);
  return rows.map((r) => r.slug).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/** Search tiers in SQL, the same as src/data/search-entries.ts's: ?1 is the lower-cased query, ?2 is 1 when keys may match. */
const TIER = `CASE
  WHEN s.name = ?1 THEN 0
  WHEN ?2 AND instr(s.keys, char(10) || ?1 || char(10)) > 0 THEN 1
  WHEN instr(s.name, ?1) = 1 THEN 2
  WHEN ?2 AND instr(s.keys, char(10) || ?1) > 0 THEN 3
  WHEN instr(s.name, ?1) > 0 THEN 4
  WHEN ?2 AND instr(s.keys, ?1) > 0 THEN 5
  WHEN instr(s.description, ?1) > 0 THEN 6
END`;

/** The count and the pages of a search for `q` (lower-cased, trimmed, not empty) in the search table. */
export function searchQuery(db: D1Database, q: string) {
  // Keys sit between newlines: a query holding one could match across two keys, so keys are not matched then.
  const keysMayMatch = q.includes('\n') ? 0 : 1;
  // The trigram index holds every match of a query of three or more characters; shorter ones scan.
  const candidates = [...q].length >= 3 ? ` AND s.ord IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?3)` : '';
  const params = candidates ? [q, keysMayMatch, `"${q.replaceAll('"', '""')}"`] : [q, keysMayMatch];
  const where = `FROM search s WHERE (${TIER}) IS NOT NULL${candidates}`;
  const n = params.length;
  return {
    count: async () => (await all<{ n: number }>(db, `SELECT COUNT(*) AS n ${where}`, ...params))[0]!.n,
    slice: (start: number, end: number) =>
      all<{ type: NodeTypename; id: string }>(
        db,
        `SELECT s.type, s.id ${where} ORDER BY (${TIER}), s.ord LIMIT ?${n + 1} OFFSET ?${n + 2}`,
        ...params,
        end - start,
        start,
      ),
  };
}
