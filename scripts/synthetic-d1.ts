import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { d1Rows } from '../src/data/d1/rows';
import { buildDataset } from '../src/data/sources/dataset';
import { syntheticDataset } from '../tests/fixtures/synthetic';
import { seed, seededVersion } from './d1';

/**
 * The synthetic ~100,000-entity dataset on a local D1 database: made-up companies, rounds, investors
 * (five of them prolific), models and regions (tests/fixtures/synthetic.ts), for trying the API and
 * the explorer at scale (`npm run dev:synthetic`) and for the tests that need that scale. It lives
 * only in a local directory: nothing deployable reads or contains it.
 */
export const SYNTHETIC = { companies: 10_000, regions: 1_000, hubs: 5 } as const;

const root = resolve(import.meta.dirname, '..');
/** Where the seeded database is kept between runs (git-ignored with the rest of .wrangler/). */
export const SYNTHETIC_STATE = resolve(root, '.wrangler/synthetic-d1');

/**
 * The dataset version the synthetic database is seeded under: "synthetic-" and a fingerprint of
 * what builds it (the generator, the seed rows' code, the migrations), so a change to any of them
 * seeds it again and an unchanged one is reused.
 */
export function syntheticVersion(): string {
  const hash = createHash('sha256').update(JSON.stringify(SYNTHETIC));
  const files = [
    'tests/fixtures/synthetic.ts',
    ...readdirSync(join(root, 'src/data/d1')).map((f) => `src/data/d1/${f}`),
    ...readdirSync(join(root, 'migrations')).map((f) => `migrations/${f}`),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return `synthetic-${hash.digest('hex').slice(0, 16)}`;
}

/** Seeds the synthetic dataset into the local database at `dir` unless it already holds this version; whether it seeded. */
export function ensureSyntheticD1(dir = SYNTHETIC_STATE, log: (message: string) => void = () => {}): boolean {
  const location = ['--local', '--persist-to', dir];
  const version = syntheticVersion();
  if (seededVersion(location) === version) return false;
  const started = Date.now();
  log(`Seeding the synthetic dataset (${SYNTHETIC.companies.toLocaleString('en-US')} companies) into ${dir}…`);
  // Nothing but this dataset lives there: start from an empty database, with today's migrations.
  rmSync(dir, { recursive: true, force: true });
  const data = syntheticDataset(SYNTHETIC.companies, SYNTHETIC.regions, { hubs: SYNTHETIC.hubs });
  seed(d1Rows(buildDataset(data.articles, data.reference), version), location);
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s (version ${version}).`);
  return true;
}
