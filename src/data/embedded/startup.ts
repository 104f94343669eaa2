import { embeddedStore } from './served';

/** "d1" in the build for D1 (wrangler.toml's [env.d1] define); not defined elsewhere. */
declare const DATA_STORE: string;

// Imported by the Worker entry (src/index.ts) only: the embedded store is compiled and built at
// module load, in the isolate's startup (which Workers overlap with the TLS handshake), except in
// the D1 build: it never reads the embedded data, so its startup does not grow with the articles.
// Anything else that imports the data layer builds nothing until it asks for a store.
if (typeof DATA_STORE === 'undefined' || DATA_STORE !== 'd1') embeddedStore();
