import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { clientKey, RATE_LIMIT_PERIOD_SECONDS } from '../src/http/rate-limit';
import app from '../src/index';
import wranglerToml from '../wrangler.toml?raw';
import { worker } from './helpers';

const GRAPHQL = 'application/graphql-response+json';
const QUERY_URL = 'http://localhost/graphql?query=%7B__typename%7D';
/** The limit the test pool gives the RATE_LIMITER binding (vitest.config.ts). */
const LIMIT = Number((env as unknown as { TEST_RATE_LIMIT: number }).TEST_RATE_LIMIT);

/** A random address in 10.0.0.0/8, or a random IPv6 /64 prefix: no earlier run can have counted it. */
const randomIPv4 = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 256)).join('.')}`;
/** An IPv4 address's IPv4-mapped IPv6 spelling with its last 32 bits in hex, e.g. `::ffff:a14:203`. */
const mappedHex = (ipv4: string) => {
  const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
  return `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
};
const randomPrefix = () => `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;

const from = (address: string, url = QUERY_URL, headers: Record<string, string> = {}) =>
  worker.fetch(url, { headers: { accept: GRAPHQL, 'cf-connecting-ip': address, ...headers } });

/**
 * Waits for a fresh window when less than 10 s remain of the current one: the limiter counts in
 * windows aligned to the wall clock, and a burst split across two would be counted twice as long.
 */
async function freshWindow() {
  const left = RATE_LIMIT_PERIOD_SECONDS * 1000 - (Date.now() % (RATE_LIMIT_PERIOD_SECONDS * 1000));
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

/** Sends `count` GETs of one cached query, each from the next of `addresses`; returns how many got each status. */
async function burst(addresses: string[], count: number): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (let start = 0; start < count; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - start) }, (_, i) => from(addresses[(start + i) % addresses.length]!)),
    );
    for (const res of batch) {
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }
  return statuses;
}

describe('rate-limit keys', () => {
  it('keys every spelling of an IPv4-mapped address as the IPv4 address', () => {
    for (const spelling of [
      '::ffff:203.0.113.77',
      '::ffff:cb00:714d',
      '::FFFF:CB00:714D',
      '0:0:0:0:0:ffff:cb00:714d',
      '0000:0000:0000:0000:0000:ffff:203.0.113.77',
      '::ffff:cb00:714d ',
    ]) {
      expect(clientKey(spelling), spelling).toBe('203.0.113.77/32');
    }
    expect(clientKey('203.0.113.77')).toBe('203.0.113.77/32');
  });

  it('keys an IPv6 address by its /64 in one spelling, and the loopback apart from mapped addresses', () => {
    for (const spelling of ['2001:db8:40:7::1', '2001:0DB8:0040:0007:ffff:ffff:ffff:fffe', '2001:db8:40:7:0:0:0:0']) {
      expect(clientKey(spelling), spelling).toBe('2001:db8:40:7::/64');
    }
    expect(clientKey('fe80::9%eth0')).toBe('fe80::/64');
    expect(clientKey('::1')).toBe('::/64');
    expect(clientKey('::ffff:7f00:1')).toBe('127.0.0.1/32');
    expect(new Set(['::1', '::ffff:cb00:714d', '::ffff:a00:1', '64:ff9b::1'].map(clientKey)).size).toBe(4);
  });

  it('keys what is not an address by its text, cut to 64 characters', () => {
    expect(clientKey('Not-An-Address')).toBe('not-an-address');
    expect(clientKey('x'.repeat(100))).toBe('x'.repeat(64));
  });
});

describe('per-client rate limit', () => {
  it('is configured in wrangler.toml for production and staging, with the period the 429 announces', () => {
    for (const table of ['ratelimits', 'env.staging.ratelimits']) {
      const binding = new RegExp(
        `\\[\\[${table.replace(/\./g, '\\.')}\\]\\]\\s*name = "RATE_LIMITER"\\s*namespace_id = "\\d+"\\s*simple = \\{ limit = (\\d+), period = (\\d+) \\}`,
      ).exec(wranglerToml);
      expect(binding, table).not.toBeNull();
      expect(Number(binding![1])).toBeGreaterThanOrEqual(100);
      expect(Number(binding![2])).toBe(RATE_LIMIT_PERIOD_SECONDS);
    }
  });

  it('answers one address over the limit with 429 while another address still gets 200', { timeout: 30_000 }, async () => {
    await freshWindow();
    // Cache hits count too: all but the first of these are answered from the response cache.
    const [limited, other] = [randomIPv4(), randomIPv4()];
    expect(await burst([limited], LIMIT)).toEqual(new Map([[200, LIMIT]]));

    const over = await from(limited, QUERY_URL, { origin: 'https://app.example' });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(over.headers.get('access-control-allow-origin')).toBe('*');
    expect(over.headers.get('x-request-id')).toBeTruthy();
    expect(await over.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('Too many requests'), extensions: { code: 'RATE_LIMITED' } }],
    });

    const post = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL, 'cf-connecting-ip': limited },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(429);

    const fromOther = await from(other);
    expect(fromOther.status).toBe(200);
    expect(await fromOther.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('leaves /health and /schema.graphql alone for an address over the limit', { timeout: 30_000 }, async () => {
    await freshWindow();
    const address = randomIPv4();
    const statuses = await burst([address], LIMIT + 5);
    expect(statuses).toEqual(
      new Map([
        [200, LIMIT],
        [429, 5],
      ]),
    );
    expect((await from(address, 'http://localhost/health')).status).toBe(200);
    expect((await from(address, 'http://localhost/schema.graphql')).status).toBe(200);
  });

  it('counts every IPv6 address of one /64 as one client, and another /64 apart', { timeout: 30_000 }, async () => {
    await freshWindow();
    // Written differently (zeros compressed, leading zeros, upper case, an IPv4 tail): one /64.
    const [, , a, b] = randomPrefix().split(':') as [string, string, string, string];
    const oneSubnet = [
      `2001:db8:${a}:${b}::1`,
      `2001:0db8:${a.padStart(4, '0')}:${b.padStart(4, '0')}:ffff::2`,
      `2001:DB8:${a.toUpperCase()}:${b}:abcd:ef01:2345:6789`,
      `2001:db8:${a}:${b}::192.0.2.1`,
    ];
    expect(await burst(oneSubnet, LIMIT)).toEqual(new Map([[200, LIMIT]]));
    expect((await from(`2001:db8:${a}:${b}::99`)).status).toBe(429);
    expect((await from(`${randomPrefix()}::1`)).status).toBe(200);
    // An IPv4-mapped address is its IPv4 address.
    const ipv4 = randomIPv4();
    expect(await burst([ipv4], LIMIT)).toEqual(new Map([[200, LIMIT]]));
    expect((await from(`::ffff:${ipv4}`)).status).toBe(429);
  });

  it('counts an IPv4-mapped address written in hex as its IPv4 address, and ::1 apart from it', { timeout: 30_000 }, async () => {
    await freshWindow();
    const ipv4 = randomIPv4();
    expect(await burst([mappedHex(ipv4), `0:0:0:0:0:FFFF:${mappedHex(ipv4).slice(7)}`], LIMIT)).toEqual(new Map([[200, LIMIT]]));
    expect((await from(ipv4)).status).toBe(429);
    expect((await from(`::ffff:${ipv4}`)).status).toBe(429);
    expect((await from('::1')).status).toBe(200);
    expect((await from(mappedHex(randomIPv4()))).status).toBe(200);
  });

  it('lets requests through when the limiter itself fails, rather than answering 500', async () => {
    const failing = { limit: () => Promise.reject(new Error('limiter unavailable')) };
    const res = await app.fetch(
      new Request(QUERY_URL, { headers: { accept: GRAPHQL, 'cf-connecting-ip': randomIPv4() } }),
      { ...env, RATE_LIMITER: failing },
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
