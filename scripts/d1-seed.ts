/**
 * `npm run db:seed [-- --remote] [-- --persist-to <dir>]`: applies migrations/ to the D1 database
 * of wrangler.toml's [env.d1] (local unless `--remote`) and loads the embedded article files into
 * it, with the version row that ETags and /health report (docs/d1.md).
 */
import { articleRows, locationFlags, seed } from './d1';

const location = locationFlags(process.argv.slice(2));
const started = Date.now();
const tables = articleRows();
seed(tables, location);
const rows = tables.reduce((n, t) => n + t.rows.length, 0);
console.log(
  `Seeded ${location.join(' ')} D1 database with ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s (version ${tables[0]!.rows[0]![1]}).`,
);
