import type { DatasetSummary } from '../model';
import type { Reader } from './reader';

/** How long an isolate trusts the dataset version it read, unless D1_VERSION_TTL_SECONDS says otherwise. */
export const DEFAULT_VERSION_TTL_SECONDS = 60;

/** The version this isolate read last, when, and the session bookmark of that read. */
interface Known {
  readonly version: string;
  readonly bookmark: string | null;
  readonly readAt: number;
}

// A value, not a promise: a promise made while serving one request must not be awaited by another
// in workerd. Two requests that both find it expired both read; they agree.
let known: Known | undefined;

/** The seconds of `D1_VERSION_TTL_SECONDS` (a var): a non-negative number, else the default. */
export function versionTtlSeconds(value: string | undefined): number {
  const seconds = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_VERSION_TTL_SECONDS;
}

/** Reads the version the seed wrote; a missing table or row is an error, so nothing is cached under a wrong version. */
async function readVersion(db: D1Database): Promise<Known> {
  const session = db.withSession('first-unconstrained');
  const row = await session.prepare("SELECT value FROM meta WHERE key = 'version'").first<{ value: string }>();
  if (!row) throw new Error('The D1 database has no dataset version: run `npm run db:seed`.');
  return { version: row.value, bookmark: session.getBookmark(), readAt: Date.now() };
}

/**
 * The dataset version the seed wrote, read at most once per `ttlSeconds` per isolate: within that
 * time it is known without a statement, so a response the isolate has cached costs no round trip.
 * After a re-seed, an isolate answers under the old version (and from the responses it kept) for
 * up to `ttlSeconds`; 0 reads it on every call. The promise rejects when the database cannot say.
 */
export function d1DatasetVersion(db: D1Database, ttlSeconds: number): string | Promise<string> {
  if (known && ttlSeconds > 0 && Date.now() - known.readAt < ttlSeconds * 1000) return known.version;
  return readVersion(db).then((read) => {
    known = read;
    return read.version;
  });
}

/**
 * The bookmark of the session that read the version: a request's reads start from it (D1's
 * Sessions API), so they see the database at least as new as the version they are cached under.
 */
export const versionBookmark = (): string | undefined => known?.bookmark ?? undefined;

/** How many articles the D1 dataset holds. */
export async function d1ArticleCount(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT size FROM list_sizes WHERE list = 'articles'").first<{ size: number }>())?.size ?? 0;
}

/** The dataset's counts the seed wrote, with its version: one statement. */
export async function d1DatasetSummary(reader: Reader): Promise<DatasetSummary> {
  const results = await reader.all<{ key: string; value: string }>("SELECT key, value FROM meta WHERE key IN ('version', 'summary')");
  const row = (key: string) => results.find((r) => r.key === key)?.value;
  const version = row('version');
  const summary = row('summary');
  if (!version || !summary) throw new Error('The D1 database has no dataset summary: run `npm run db:seed`.');
  return { version, ...(JSON.parse(summary) as Omit<DatasetSummary, 'version'>) };
}
