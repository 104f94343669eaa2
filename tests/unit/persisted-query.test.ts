import { describe, expect, it } from 'vitest';
import { persistedQueryOf } from '../../src/lib/persisted-query';

const HASH = 'AB'.repeat(32);

describe('persistedQueryOf', () => {
  it('reads an APQ extension: the hash lower-cased, valid, SHA-256-shaped', () => {
    expect(persistedQueryOf({ persistedQuery: { version: 1, sha256Hash: HASH } })).toEqual({
      hash: HASH.toLowerCase(),
      valid: true,
      sha256: true,
    });
  });

  it('is undefined when the request names none, whatever its extensions are', () => {
    for (const extensions of [undefined, null, {}, 'x', 3, { other: 1 }]) expect(persistedQueryOf(extensions)).toBeUndefined();
  });

  it('marks other shapes invalid, and free text as not a SHA-256', () => {
    expect(persistedQueryOf({ persistedQuery: { version: 2, sha256Hash: HASH } })).toMatchObject({ valid: false, sha256: true });
    expect(persistedQueryOf({ persistedQuery: { version: 1, sha256Hash: 'drop table' } })).toEqual({
      hash: 'drop table',
      valid: true,
      sha256: false,
    });
    expect(persistedQueryOf({ persistedQuery: null })).toEqual({ hash: undefined, valid: false, sha256: false });
    expect(persistedQueryOf({ persistedQuery: 'x' })).toEqual({ hash: undefined, valid: false, sha256: false });
  });
});
