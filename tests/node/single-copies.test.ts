import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// dist/ is built by tests/node/global-setup.ts, as a deploy builds it (minified, keep_names off).
const bundle = readFileSync('dist/index.js', 'utf8');

/**
 * Source fragments that graphql-js holds exactly once per copy, chosen to survive minification:
 * a second copy (say, CommonJS `graphql/language/parser` pulled in by path) would let a syntax
 * error from one copy fail the other's `instanceof GraphQLError` and turn into a 500.
 */
const MARKERS = {
  'the GraphQLError class': /Symbol\.toStringTag\]\s*\(\)\s*\{\s*return\s*["'`]GraphQLError["'`]/g,
  'the parser (token limit)': /tokens\. Parsing aborted\./g,
  'the type system (schema validation)': /Schema must contain uniquely named types/g,
  'the validation rules': /Cannot query field/g,
} as const;

describe('the deployable bundle', () => {
  it.each(Object.entries(MARKERS))('contains exactly one copy of %s from graphql-js', (_name, marker) => {
    expect(bundle.match(marker)?.length ?? 0).toBe(1);
  });
});

describe('the deployable bundle', () => {
  it('contains exactly one copy of lru-cache, the one graphql-yoga also uses', () => {
    // lru-cache's constructor check, once per copy.
    expect(bundle.match(/At least one of max, maxSize, or ttl is required/g)?.length ?? 0).toBe(1);
  });
});
