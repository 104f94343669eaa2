import { fingerprint } from '../../lib/hash';
import { articleSources } from '../articles';
import { compileArticles } from '../sources/authoring';
import { buildDataset, type Dataset } from '../sources/dataset';
import type { ArticleData } from '../sources/records';
import { servedReference } from '../sources/served-reference';
import { createStore, type EmbeddedStore } from './store';

// Everything here is computed on first use and then kept for the isolate's life.

let compiled: readonly ArticleData[] | undefined;
/** The embedded articles, compiled once (a quote that cannot be placed fails here). */
export const embeddedArticles = (): readonly ArticleData[] => (compiled ??= compileArticles(articleSources));

let dataset: Dataset | undefined;
/** The snapshot of the embedded articles and the reference data that the served store and the D1 seed are built from. */
export const embeddedDataset = (): Dataset => (dataset ??= buildDataset(embeddedArticles(), servedReference));

let served: EmbeddedStore | undefined;
/** The served embedded store, built from the embedded dataset once and then kept. */
export const embeddedStore = (): EmbeddedStore => (served ??= createStore(embeddedDataset(), () => datasetVersion()));

let version: string | undefined;
/**
 * Version of the embedded data (articles and reference records): every response is a pure function
 * of it and the schema, so it versions every ETag and /health reports it. Computed on first use,
 * not at module load, to keep startup CPU down.
 */
export const datasetVersion = (): string =>
  (version ??= fingerprint(JSON.stringify([embeddedArticles(), servedReference.regions, servedReference.licenses])));
