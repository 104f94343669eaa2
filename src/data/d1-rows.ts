import type { EmbeddedStore, RoundOrder } from './index';
import { searchEntries } from './search';
import { typenameOf } from './typenames';

// Own code: the rows are the embedded store's own lists and orders, which only it can compute.

/**
 * The D1 tables' rows (migrations/), computed from an embedded store built from the article files:
 * one source of truth, and every order and derived list is the embedded store's own, so the D1
 * store answers alike by construction. Used by `npm run db:seed` (scripts/d1-seed.ts), the D1 test
 * setup and the D1 benchmark; never part of the Worker.
 */

export type Cell = string | number | null;

/** The rows of one table, in insertion order. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * A non-negative decimal amount as text that sorts (as SQLite compares text) the way the number
 * does: the whole part zero-padded to 40 digits, then the fraction without trailing zeros.
 * Negative amounts (never stated for rounds) sort below every non-negative one.
 */
export function amountKey(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const key = `${BigInt(whole).toString().padStart(40, '0')}.${fraction.replace(/0+$/, '')}`;
  return negative ? `-${key}` : key;
}

const ORDERS: readonly RoundOrder[] = [
  { field: 'AMOUNT', direction: 'ASC' },
  { field: 'AMOUNT', direction: 'DESC' },
  { field: 'ANNOUNCED_ON', direction: 'ASC' },
  { field: 'ANNOUNCED_ON', direction: 'DESC' },
];

/** Every table's rows for `store`, with `version` as the dataset version. */
export function d1Rows(store: EmbeddedStore, version: string): TableRows[] {
  const { db } = store;
  const json = JSON.stringify;
  const lists: Cell[][] = [];
  const sizes: Cell[][] = [];
  const list = (name: string, ids: readonly string[]) => {
    for (const [idx, id] of ids.entries()) lists.push([name, idx, id]);
    sizes.push([name, ids.length]);
  };
  // Keys as the embedded index names them: `${region or *}|${kind or *}`; `*|*` is every company.
  for (const [key, companies] of db.companiesByKey)
    list(
      `companies:${key}`,
      companies.map((c) => c.slug),
    );
  if (!db.companiesByKey.has('*|*')) sizes.push(['companies:*|*', 0]);
  list(
    'articles',
    db.articlesSorted.map((a) => a.slug),
  );
  list(
    'models',
    db.modelsSorted.map((m) => m.slug),
  );
  list(
    'regions:*',
    db.regionsSorted.map((r) => r.slug),
  );
  for (const [kind, regions] of db.regionsByKind)
    list(
      `regions:${kind}`,
      regions.map((r) => r.slug),
    );

  // Each round's position in each order over all rounds; a filtered list keeps the same order.
  const positions = ORDERS.map(
    (order) =>
      new Map(
        store
          .roundsMatching({}, order)
          .slice()
          .map((r, i) => [r.id, i]),
      ),
  );
  const roundKeys: Cell[][] = [];
  for (const [key, rounds] of db.roundsByKey) {
    for (const r of rounds) roundKeys.push([key, r.id, db.roundOrder.get(r.id)!, ...positions.map((p) => p.get(r.id)!)]);
    sizes.push([`rounds:${key}`, rounds.length]);
  }

  const seq = (ids: readonly { id: string }[]) => new Map(ids.map((x, i) => [x.id, i]));
  const investments: Cell[][] = [];
  const byInvestor = new Map<string, Map<string, number>>();
  for (const i of db.investmentMap.values()) {
    const roundSeq = seq(store.investmentsByRound(i.round)).get(i.id)!;
    let investorSeq = byInvestor.get(i.investor);
    if (!investorSeq) {
      investorSeq = seq(store.investmentsByInvestor(i.investor));
      byInvestor.set(i.investor, investorSeq);
    }
    investments.push([i.id, i.round, roundSeq, i.investor, investorSeq.get(i.id)!, json(i)]);
  }

  const modelPos = new Map(db.modelsSorted.map((m, i) => [m.slug, i]));
  const regionPos = new Map(db.regionsSorted.map((r, i) => [r.slug, i]));
  const table = (name: string, columns: string[], rows: Cell[][]): TableRows => ({ table: name, columns, rows });
  return [
    table('meta', ['key', 'value'], [['version', version]]),
    table(
      'articles',
      ['slug', 'data'],
      [...db.articleMap.values()].map((a) => [a.slug, json(a)]),
    ),
    table(
      'licenses',
      ['spdx_id', 'data'],
      [...db.licenseMap.values()].map((l) => [l.spdxId, json(l)]),
    ),
    table(
      'companies',
      ['slug', 'data', 'investors', 'total_raised', 'co_investors'],
      [...db.companyMap.values()].map((c) => [
        c.slug,
        json(c),
        json(store.investorsOf(c.slug).map((i) => i.slug)),
        json(store.totalRaisedBy(c.slug)),
        json(store.coInvestorsOf(c.slug).map((ci) => [ci.company.slug, ci.sharedRounds.map((r) => r.id)])),
      ]),
    ),
    table(
      'rounds',
      ['id', 'company', 'amount_key', 'currency', 'investors', 'data'],
      [...db.roundMap.values()].map((r) => [
        r.id,
        r.company,
        r.amount ? amountKey(r.amount.amount) : null,
        r.amount?.currency ?? null,
        json(db.investorsOfRound.get(r.id) ?? []),
        json(r),
      ]),
    ),
    table('investments', ['id', 'round', 'round_seq', 'investor', 'investor_seq', 'data'], investments),
    table(
      'models',
      ['slug', 'developer', 'pos', 'data'],
      [...db.modelMap.values()].map((m) => [m.slug, m.developer, modelPos.get(m.slug)!, json(m)]),
    ),
    table(
      'regions',
      ['slug', 'parent', 'pos', 'ancestors', 'funding', 'data'],
      [...db.regionMap.values()].map((r) => [
        r.slug,
        r.parent,
        regionPos.get(r.slug)!,
        json(store.regionAncestors(r.slug).map((a) => a.slug)),
        json(store.fundingSummary({ region: r.slug })),
        json(r),
      ]),
    ),
    table('list_items', ['list', 'idx', 'id'], lists),
    table('list_sizes', ['list', 'size'], sizes),
    table('round_keys', ['key', 'id', 'label_pos', 'amount_asc', 'amount_desc', 'date_asc', 'date_desc'], roundKeys),
    table(
      'search',
      ['ord', 'type', 'id', 'name', 'keys', 'description'],
      searchEntries(store).map((e) => {
        const type = typenameOf(e.entity)!;
        const entity = e.entity as { slug?: string; id?: string };
        return [e.order, type, (type === 'FundingRound' ? entity.id : entity.slug)!, e.name, `\n${e.keys.join('\n')}\n`, e.description];
      }),
    ),
  ];
}

/** The statement that fills the trigram index from the search table, after its rows are in. */
export const REBUILD_SEARCH_INDEX = "INSERT INTO search_fts (search_fts) VALUES ('rebuild')";
/**
 * The tables the seed empties before writing: `meta` first and written last, so a seed under way
 * has no dataset version, and no response computed from half its rows is cached or validated.
 */
export const SEEDED_TABLES = [
  'meta',
  'articles',
  'licenses',
  'companies',
  'rounds',
  'investments',
  'models',
  'regions',
  'list_items',
  'list_sizes',
  'round_keys',
  'search',
];

/** The tables with `meta` (the version row) last. */
const versionLast = (tables: readonly TableRows[]) => [
  ...tables.filter((t) => t.table !== 'meta'),
  ...tables.filter((t) => t.table === 'meta'),
];

const literal = (cell: Cell) => (cell === null ? 'NULL' : typeof cell === 'number' ? String(cell) : `'${cell.replaceAll("'", "''")}'`);

/**
 * The seed as one SQL script for `wrangler d1 execute --file`: empties the tables, inserts every
 * row (multi-row INSERTs under D1's 100 KB statement limit), rebuilds the search index.
 */
export function seedSql(tables: readonly TableRows[]): string {
  const out: string[] = SEEDED_TABLES.map((t) => `DELETE FROM ${t};`);
  const MAX = 90_000;
  for (const { table, columns, rows } of versionLast(tables)) {
    if (table === 'meta') out.push(`${REBUILD_SEARCH_INDEX};`);
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n`;
    let values: string[] = [];
    let bytes = head.length;
    const flush = () => {
      if (values.length) out.push(`${head}${values.join(',\n')};`);
      values = [];
      bytes = head.length;
    };
    for (const row of rows) {
      const tuple = `(${row.map(literal).join(', ')})`;
      if (bytes + tuple.length > MAX) flush();
      values.push(tuple);
      bytes += tuple.length + 2;
    }
    flush();
  }
  return `${out.join('\n')}\n`;
}

/** The seed as prepared statements for a D1 binding's `batch` (the D1 tests' setup). */
export function seedStatements(db: D1Database, tables: readonly TableRows[]): D1PreparedStatement[] {
  const statements = SEEDED_TABLES.map((t) => db.prepare(`DELETE FROM ${t}`));
  for (const { table, columns, rows } of versionLast(tables)) {
    if (table === 'meta') statements.push(db.prepare(REBUILD_SEARCH_INDEX));
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    for (const row of rows) statements.push(db.prepare(sql).bind(...row));
  }
  return statements;
}
