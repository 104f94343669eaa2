import type { Cell, TableRows } from './table-rows';

// The seed written two ways from the same rows: one SQL script for `wrangler d1 execute --file`
// (npm run db:seed), and prepared statements for a binding's `batch` (the D1 tests' setup).

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
  'article_citations',
  'round_amounts',
  'key_summaries',
  'key_running',
  'co_investors',
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
