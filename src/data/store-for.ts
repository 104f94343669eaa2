import { d1ArticleCount, d1DatasetVersion, versionBookmark, versionTtlSeconds } from './d1/meta';
import { createD1Store } from './d1/store';
import { datasetVersion, embeddedStore } from './embedded/served';
import type { MaybePromise, Store } from './store';

/** The bindings that choose the store: a D1 database bound as `DB`, or none (the embedded data). */
export interface DataBindings {
  readonly DB?: D1Database;
  /** Seconds an isolate keeps the D1 dataset version it read (default 60; "0" reads it per request). */
  readonly D1_VERSION_TTL_SECONDS?: string;
}

/** "d1" in the D1 build (wrangler.toml's [env.d1] define); not defined elsewhere. */
declare const DATA_STORE: string;

// Every use of the embedded data below is guarded by the DATA_STORE test, written out in place: in
// the D1 build the define makes it `false` where it stands, so esbuild drops those calls, then the
// embedded store's modules, then the article files (src/data/articles/package.json declares them
// free of side effects): that Worker bundles no article text (tests/node/d1-bundle.test.ts).

function noData(): never {
  throw new Error('This Worker was built for D1 (wrangler.toml [env.d1]) and embeds no data: bind a D1 database as DB.');
}

/** The store a request reads: the D1 database when the Worker has a `DB` binding (one per request, for its loaders), else the embedded data. */
export const storeFor = (env: DataBindings | undefined): Store =>
  env?.DB
    ? createD1Store(env.DB, { bookmark: versionBookmark() })
    : typeof DATA_STORE === 'undefined' || DATA_STORE !== 'd1'
      ? embeddedStore()
      : noData();

/**
 * The version of the data a request is answered from, for ETags and /health: the embedded data's
 * fingerprint, or the version row the seed wrote into D1, read at most once per
 * D1_VERSION_TTL_SECONDS per isolate (src/data/d1/meta.ts; the promise rejects when the database
 * cannot say).
 */
export const datasetVersionFor = (env: DataBindings | undefined): MaybePromise<string> =>
  env?.DB
    ? d1DatasetVersion(env.DB, versionTtlSeconds(env.D1_VERSION_TTL_SECONDS))
    : typeof DATA_STORE === 'undefined' || DATA_STORE !== 'd1'
      ? datasetVersion()
      : noData();

/** How many articles the active store holds. */
export const articleCountFor = (env: DataBindings | undefined): MaybePromise<number> =>
  env?.DB
    ? d1ArticleCount(env.DB)
    : typeof DATA_STORE === 'undefined' || DATA_STORE !== 'd1'
      ? embeddedStore().allArticles().length
      : noData();
