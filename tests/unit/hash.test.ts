import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, sha256Hex } from '../../src/lib/hash';

describe('sha256Hex', () => {
  it('is the lower-case hex SHA-256 of the UTF-8 text', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const text of ['€450 million', 'naïve\u0000text', '𝔊raphQL']) {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('fingerprint', () => {
  it('is 16 hex digits, the same for the same text and different for a one-character change', () => {
    const a = fingerprint('{ company(slug: "kestrel-labs") { name } }');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('{ company(slug: "kestrel-labs") { name } }')).toBe(a);
    expect(fingerprint('{ company(slug: "kestrel-labz") { name } }')).not.toBe(a);
    expect(fingerprint('')).not.toBe(fingerprint('\0'));
  });
});
