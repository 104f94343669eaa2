import type { ModelFilter, RoundFilter, RoundOrder } from '../model';
import { roundKeys } from '../round-keys';
import type { SluggedType } from '../store';
import type { NodeTypename } from '../typenames';
import { amountKey } from './amount-key';
import type { Reader } from './reader';

// SQL by hand: a few fixed statements over the binding; a query builder would add bundle bytes
// and hide the statements tests/d1/ counts. Tables: migrations/; rows: src/data/d1/rows.ts.

/** A row of a keyed lookup: the key it answers and the entity's JSON. */
export interface KeyedRow {
  readonly k: string;
  readonly data: string;
  /** The JSON of the entity at the other end of the row's link, when the statement joins it. */
  readonly other?: string | null;
  /** The JSON of that entity's headquarters region, when the statement joins it too. */
  readonly hq?: string | null;
}

/** The rows of `table` whose `key` is in a JSON array of keys (the one parameter), as `k` and `data`. */
export const byKeysSql = (table: string, key: string): string =>
  `SELECT ${key} AS k, data FROM ${table} WHERE ${key} IN (SELECT value FROM json_each(?))`;

const KEYS = 'IN (SELECT value FROM json_each(?1))';

/**
 * Each statement takes a JSON array of keys and returns rows with `k` (the key) and `data`, in
 * each key's list order. The `*With…` forms also return `other`: the JSON of the entity each row
 * links to, read in the same statement when the operation selects that link.
 */
export const GROUP_SQL = {
  roundsByCompany: `SELECT substr(k.key, 9) AS k, r.data FROM round_keys k JOIN rounds r ON r.id = k.id WHERE k.key IN (SELECT 'company:' || value FROM json_each(?1)) ORDER BY k.key, k.label_pos`,
  investmentsByRound: `SELECT round AS k, data FROM investments WHERE round ${KEYS} ORDER BY round, round_seq`,
  investmentsByRoundWithInvestor: `SELECT i.round AS k, i.data, c.data AS other FROM investments i LEFT JOIN companies c ON c.slug = i.investor WHERE i.round ${KEYS} ORDER BY i.round, i.round_seq`,
  investmentsByRoundWithInvestorAndHeadquarters: `SELECT i.round AS k, i.data, c.data AS other, h.data AS hq FROM investments i LEFT JOIN companies c ON c.slug = i.investor LEFT JOIN regions h ON h.slug = json_extract(c.data, '$.headquarters') WHERE i.round ${KEYS} ORDER BY i.round, i.round_seq`,
  modelsByDeveloper: `SELECT developer AS k, data FROM models WHERE developer ${KEYS} ORDER BY developer, pos`,
  regionChildren: `SELECT parent AS k, data FROM regions WHERE parent ${KEYS} ORDER BY parent, pos`,
  // Links stored as JSON lists beside their entity, followed in the same statement.
  regionAncestors: `SELECT r.slug AS k, a.data FROM regions r, json_each(r.ancestors) j JOIN regions a ON a.slug = j.value WHERE r.slug ${KEYS} ORDER BY r.slug, j.key`,
  investorsOf: `SELECT c.slug AS k, i.data FROM companies c, json_each(c.investors) j JOIN companies i ON i.slug = j.value WHERE c.slug ${KEYS} ORDER BY c.slug, j.key`,
} as const;

/**
 * Windows [?2, ?3) of long per-parent lists, for the parents in ?1: paged in SQL, so a page of a
 * prolific investor's list reads the page, not the list.
 */
export const WINDOW_SQL = {
  investmentsByInvestor: `SELECT investor AS k, data FROM investments WHERE investor ${KEYS} AND investor_seq >= ?2 AND investor_seq < ?3 ORDER BY investor, investor_seq`,
  investmentsByInvestorWithRound: `SELECT i.investor AS k, i.data, r.data AS other FROM investments i LEFT JOIN rounds r ON r.id = i.round WHERE i.investor ${KEYS} AND i.investor_seq >= ?2 AND i.investor_seq < ?3 ORDER BY i.investor, i.investor_seq`,
  coInvestors: `SELECT c.company AS k, c.pos, o.data FROM co_investors c JOIN companies o ON o.slug = c.co_investor WHERE c.company ${KEYS} AND c.pos >= ?2 AND c.pos < ?3 ORDER BY c.company, c.pos`,
  sharedRounds: `SELECT c.company AS k, c.pos, r.data FROM co_investors c, json_each(c.shared_rounds) s JOIN rounds r ON r.id = s.value WHERE c.company ${KEYS} AND c.pos >= ?2 AND c.pos < ?3 ORDER BY c.company, c.pos, s.key`,
} as const;

/** The lengths of the lists WINDOW_SQL pages, per parent in ?1 (parents with none are left out). */
export const LENGTH_SQL = {
  investmentsByInvestor: `SELECT investor AS k, COUNT(*) AS n FROM investments WHERE investor ${KEYS} GROUP BY investor`,
  coInvestors: `SELECT substr(list, 14) AS k, size AS n FROM list_sizes WHERE list IN (SELECT 'co-investors:' || value FROM json_each(?1))`,
} as const;

/** A company's totals, stored beside it by the seed. */
export const COMPANY_TOTALS_SQL = `SELECT slug AS k, total_raised FROM companies WHERE slug ${KEYS}`;

/** The size of a stored list (list_sizes); 0 for a list the seed did not write. */
export async function listSize(reader: Reader, list: string): Promise<number> {
  return (await reader.all<{ size: number }>('SELECT size FROM list_sizes WHERE list = ?', list))[0]?.size ?? 0;
}

/** Items [start, end) of a stored list (list_items), their JSON read from `table` by `key`; descending counts from the end. */
export function listSlice(reader: Reader, list: string, table: string, key: string, start: number, end: number, descending: boolean) {
  // Descending pages are ranges of the ascending list counted from its end (the size read in the same statement).
  const range = descending
    ? 'l.idx >= (SELECT size FROM list_sizes WHERE list = ?1) - ?3 AND l.idx < (SELECT size FROM list_sizes WHERE list = ?1) - ?2 ORDER BY l.idx DESC'
    : 'l.idx >= ?2 AND l.idx < ?3 ORDER BY l.idx';
  return reader.all<{ data: string }>(
    `SELECT e.data FROM list_items l JOIN ${table} e ON e.${key} = l.id WHERE l.list = ?1 AND ${range}`,
    list,
    start,
    end,
  );
}

/** Citations [start, end) of an article's list (article_citations), as JSON. */
export const citationSlice = (reader: Reader, article: string, start: number, end: number) =>
  reader.all<{ data: string }>(
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

/** Keys naming one company (its own rounds, however busy it is) go first: the shorter list drives. */
const NARROW_KEY = /^(company|investor|lead):/;

/**
 * FROM/WHERE of the rounds matching a filter, driven by round_keys `k0` joined to `rounds r`: the
 * rounds of one key, each checked against the others, by index lookups when the driving key names
 * one company (its rounds are few) or with `perRound` (a statement that usually reads no round,
 * where gathering another key's ids up front would be all its cost), or against each other key's
 * ids gathered once when it selects a share of all rounds (cheaper than a lookup per round then).
 */
export function roundsFrom(filter: RoundFilter, perRound = false): { sql: string; params: unknown[] } {
  const [first, ...rest] = roundKeys(filter).sort((a, b) => Number(!NARROW_KEY.test(a)) - Number(!NARROW_KEY.test(b)));
  const check =
    perRound || NARROW_KEY.test(first!)
      ? ' AND EXISTS (SELECT 1 FROM round_keys x WHERE x.id = k0.id AND x.key = ?)'
      : ' AND k0.id IN (SELECT id FROM round_keys WHERE key = ?)';
  let sql = 'FROM round_keys k0 JOIN rounds r ON r.id = k0.id WHERE k0.key = ?';
  const params: unknown[] = [first];
  for (const key of rest) {
    sql += check;
    params.push(key);
  }
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

/** Whether `filter` has conditions besides its round keys and `minAmount`, which only rows can test (no stored list or summary holds them). */
export const hasRowConditions = (filter: RoundFilter): boolean => roundConditionsSql(filter).length > (filter.minAmount == null ? 0 : 1);

/** How many rounds match `filter` when a list's stored size or a count in SQL says (see summaries.ts for `minAmount` on one key). */
export async function roundCount(reader: Reader, filter: RoundFilter): Promise<number> {
  const keys = roundKeys(filter);
  if (keys.length === 1 && roundConditionsSql(filter).length === 0) return listSize(reader, `rounds:${keys[0]}`);
  const from = roundsFrom(filter);
  return (await reader.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, ...from.params))[0]!.n;
}

/**
 * The JSON of rounds [start, end) of those matching `filter`, in `order`; with `withCompany`, each
 * round's company too (`other`), read in the same statement when the operation selects it.
 */
export function roundSlice(reader: Reader, filter: RoundFilter, order: RoundOrder, start: number, end: number, withCompany = false) {
  const from = roundsFrom(filter);
  const column = ROUND_ORDER_COLUMNS[`${order.field}_${order.direction}`]!;
  const company = withCompany ? ', (SELECT c.data FROM companies c WHERE c.slug = r.company) AS other' : '';
  return reader.all<{ data: string; other?: string | null }>(
    `SELECT r.data${company} ${from.sql} ORDER BY k0.${column} LIMIT ? OFFSET ?`,
    ...from.params,
    end - start,
    start,
  );
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
export async function modelCount(reader: Reader, filter: ModelFilter): Promise<number> {
  const from = modelsFrom(filter);
  return (await reader.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, ...from.params))[0]!.n;
}

/** The JSON of models [start, end) of those matching `filter`, by name. */
export function modelSlice(reader: Reader, filter: ModelFilter, start: number, end: number) {
  const from = modelsFrom(filter);
  return reader.all<{ data: string }>(`SELECT m.data ${from.sql} ORDER BY m.pos LIMIT ? OFFSET ?`, ...from.params, end - start, start);
}

/** Each slugged type's table and the expression its slugs sort by (SPDX ids ignoring case, as the embedded store does). */
const SLUGGED_TABLES: Readonly<Record<SluggedType, { table: string; key: string }>> = {
  Company: { table: 'companies', key: 'slug' },
  Region: { table: 'regions', key: 'slug' },
  License: { table: 'licenses', key: 'upper(spdx_id)' },
};

/** Up to `count` slugs of `type` on each side of where `slug` sorts (SQLite's binary order of the sort key), in order. */
export async function slugsAround(reader: Reader, type: SluggedType, slug: string, count: number): Promise<string[]> {
  const { table, key } = SLUGGED_TABLES[type];
  const column = type === 'License' ? 'spdx_id' : 'slug';
  const rows = await reader.all<{ slug: string }>(
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
export function searchQuery(reader: Reader, q: string) {
  // Keys sit between newlines: a query holding one could match across two keys, so keys are not matched then.
  const keysMayMatch = q.includes('\n') ? 0 : 1;
  // The trigram index holds every match of a query of three or more characters; shorter ones scan.
  const candidates = [...q].length >= 3 ? ` AND s.ord IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?3)` : '';
  const params = candidates ? [q, keysMayMatch, `"${q.replaceAll('"', '""')}"`] : [q, keysMayMatch];
  const where = `FROM search s WHERE (${TIER}) IS NOT NULL${candidates}`;
  const n = params.length;
  return {
    count: async () => (await reader.all<{ n: number }>(`SELECT COUNT(*) AS n ${where}`, ...params))[0]!.n,
    slice: (start: number, end: number) =>
      reader.all<{ type: NodeTypename; id: string }>(
        `SELECT s.type, s.id ${where} ORDER BY (${TIER}), s.ord LIMIT ?${n + 1} OFFSET ?${n + 2}`,
        ...params,
        end - start,
        start,
      ),
  };
}
