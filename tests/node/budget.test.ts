import { readFileSync } from 'node:fs';
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
