import type { DatasetSummary } from '../model';

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

/** The dataset's counts the seed wrote, with its version: one statement. */
export async function d1DatasetSummary(db: D1Database): Promise<DatasetSummary> {
  const { results } = await db
    .prepare("SELECT key, value FROM meta WHERE key IN ('version', 'summary')")
    .all<{ key: string; value: string }>();
  const row = (key: string) => results.find((r) => r.key === key)?.value;
  const version = row('version');
  const summary = row('summary');
  if (!version || !summary) throw new Error('The D1 database has no dataset summary: run `npm run db:seed`.');
  return { version, ...(JSON.parse(summary) as Omit<DatasetSummary, 'version'>) };
}
