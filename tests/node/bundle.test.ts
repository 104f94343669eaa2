import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const bundle = readFileSync('dist/index.js', 'utf8');

it('builds a deployable bundle', () => {
  expect(bundle.length).toBeGreaterThan(10_000);
  console.log(`dist/index.js: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzip`);
});
