import { describe, expect, it } from 'vitest';
import { ipv6Groups } from '../../src/http/ipv6';
import { clientKey } from '../../src/http/rate-limit';
import { clientNetwork } from '../../src/http/request-log';

describe('ipv6Groups', () => {
  it('expands "::" to the zero groups it stands for, lower-cased', () => {
    expect(ipv6Groups('FE80::1:2')).toEqual(['fe80', '0', '0', '0', '0', '0', '1', '2']);
    expect(ipv6Groups('::')).toEqual(['0', '0', '0', '0', '0', '0', '0', '0']);
    expect(ipv6Groups('1:2:3:4:5:6:7::')).toEqual(['1', '2', '3', '4', '5', '6', '7', '0']);
  });

  it('counts an embedded IPv4 address as two groups', () => {
    expect(ipv6Groups('64:ff9b::192.0.2.33')).toEqual(['64', 'ff9b', '0', '0', '0', '0', '192.0.2.33']);
  });

  it('gives the groups as written without "::", and nothing when "::" appears twice', () => {
    expect(ipv6Groups('a:b:c:d:e:f:1:2')).toHaveLength(8);
    expect(ipv6Groups('1::2::3')).toBeUndefined();
  });
});

describe('clientKey (the rate limiter)', () => {
  it('keys an IPv6 client by its /64, however the address is written', () => {
    expect(clientKey('2001:0DB8:00a0:0001:dead:beef::7')).toBe('2001:db8:a0:1::/64');
    expect(clientKey('2001:db8:a0:1::9')).toBe('2001:db8:a0:1::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('keys IPv4 and IPv4-mapped IPv6 by the IPv4 address, and anything else by its first 64 characters', () => {
    expect(clientKey(' 203.0.113.9 ')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey(`zz:${'q'.repeat(100)}`)).toHaveLength(64);
    expect(clientKey('1::2::3')).toBe('1::2::3');
  });
});

describe('clientNetwork (the request log)', () => {
  it('cuts IPv4 to its /24 and IPv6 to its /48, never the address', () => {
    expect(clientNetwork('203.0.113.77')).toBe('203.0.113.0/24');
    expect(clientNetwork('2001:db8:a0:1::9')).toBe('2001:db8:a0::/48');
    expect(clientNetwork('fe80::1')).toBe('fe80:0:0::/48');
  });

  it('gives null for what is not an address', () => {
    expect(clientNetwork('203.0.113')).toBeNull();
    expect(clientNetwork('g::1')).toBeNull();
    expect(clientNetwork(undefined)).toBeNull();
  });
});
