import { describe, expect, it } from 'vitest';
import { clientPrefix, parseClientAddress } from '../../src/http/client-address';
import { clientKey } from '../../src/http/rate-limit';
import { clientNetwork } from '../../src/http/request-log';

describe('parseClientAddress', () => {
  it('reads an IPv4-mapped IPv6 address in any spelling as the IPv4 address it stands for', () => {
    for (const spelling of ['::ffff:198.51.100.7', '::FFFF:C633:6407', '0:0:0:0:0:ffff:c633:6407']) {
      expect(parseClientAddress(spelling)?.toString(), spelling).toBe('198.51.100.7');
    }
  });

  it('gives undefined for what is not an address', () => {
    for (const text of ['', ' ', '1::2::3', '198.51.100', 'g::1', undefined, null]) expect(parseClientAddress(text)).toBeUndefined();
  });
});

describe('clientPrefix', () => {
  it('keeps the given number of leading bits, written in the canonical spelling', () => {
    expect(clientPrefix('198.51.100.77', 24, 48)).toBe('198.51.100.0/24');
    expect(clientPrefix('2001:0DB8:00a0:0001:dead:beef::7', 24, 64)).toBe('2001:db8:a0:1::/64');
    expect(clientPrefix('2001:db8:a0:1::9', 24, 48)).toBe('2001:db8:a0::/48');
    expect(clientPrefix('2001:db8:a0:1:0:0:0:9', 24, 44)).toBe('2001:db8:a0::/44');
  });
});

describe('clientKey (the rate limiter)', () => {
  it('keys IPv4 by the address, IPv6 by its /64, and the loopback apart from mapped addresses', () => {
    expect(clientKey(' 203.0.113.9 ')).toBe('203.0.113.9/32');
    expect(clientKey('::ffff:cb00:7109')).toBe(clientKey('203.0.113.9'));
    expect(clientKey('2001:db8::1')).toBe('2001:db8::/64');
    expect(clientKey('::1')).not.toBe(clientKey('::ffff:0:1'));
  });

  it('keys what is not an address by its first 64 characters', () => {
    expect(clientKey(`zz:${'q'.repeat(100)}`)).toHaveLength(64);
    expect(clientKey('1::2::3')).toBe('1::2::3');
  });
});

describe('clientNetwork (the request log)', () => {
  it('cuts IPv4 to its /24 and IPv6 to its /48, never the address', () => {
    expect(clientNetwork('203.0.113.77')).toBe('203.0.113.0/24');
    expect(clientNetwork('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(clientNetwork('fe80::1')).toBe('fe80::/48');
  });

  it('gives null for what is not an address', () => {
    expect(clientNetwork('203.0.113')).toBeNull();
    expect(clientNetwork(undefined)).toBeNull();
  });
});
