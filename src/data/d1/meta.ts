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
