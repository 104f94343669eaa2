import { d1ArticleCount, d1DatasetVersion } from './d1/meta';
import { createD1Store } from './d1/store';
import { datasetVersion, embeddedStore } from './embedded/served';
import type { MaybePromise, Store } from './store';

/** The bindings that choose the store: a D1 database bound as `DB`, or none (the embedded data). */
export interface DataBindings {
  readonly DB?: D1Database;
}

/** The store a request reads: the D1 database when the Worker has a `DB` binding (one per request, for its loaders), else the embedded data. */
export const storeFor = (env: DataBindings | undefined): Store => (env?.DB ? createD1Store(env.DB) : embeddedStore());

/**
 * The version of the data a request is answered from, for ETags and /health: the embedded data's
 * fingerprint, or the version row the seed wrote into D1 (read per request, so a re-seed changes
 * every ETag at once; the promise rejects when the database cannot say).
 */
export const datasetVersionFor = (env: DataBindings | undefined): MaybePromise<string> =>
  env?.DB ? d1DatasetVersion(env.DB) : datasetVersion();

/** How many articles the active store holds. */
export const articleCountFor = (env: DataBindings | undefined): MaybePromise<number> =>
  env?.DB ? d1ArticleCount(env.DB) : embeddedStore().allArticles().length;
