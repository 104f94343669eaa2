import { env } from 'cloudflare:workers';
import { getOperationAST, parse } from 'graphql';
import { afterAll, afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { examples } from '../src/documents/examples';
import { schema } from '../src/graphql';
import { MAX_BODY_BYTES } from '../src/http/body-limit';
import { clientNetwork, type RequestLogLine } from '../src/http/request-log';
import { LIMITS, operationCost } from '../src/server/plugins/limits';
import { worker } from './helpers';

const bindings = env as unknown as Record<string, unknown>;
const CLIENT_IP = '203.0.113.77';
const SECRET = 'a-variable-value-that-must-not-be-logged';

const costOf = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
};

const post = (body: unknown, headers: Record<string, string> = {}) =>
  worker.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': CLIENT_IP, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

let spy: MockInstance<typeof console.log>;
/** Every console.log argument seen in this file, to check that none holds what must stay out. */
const written: string[] = [];

/** The request-log lines written since the test began. */
const lines = (): RequestLogLine[] =>
  spy.mock.calls
    .map((args) => String(args[0]))
    .filter((text) => text.startsWith('{"event":"graphql.request"'))
    .map((text) => JSON.parse(text) as RequestLogLine);

beforeEach(() => {
  bindings.LOG_REQUESTS = 'true';
  spy = vi.spyOn(console, 'log').mockImplementation(() => {});
});

afterEach(() => {
  written.push(...spy.mock.calls.map((args) => args.map(String).join(' ')));
  spy.mockRestore();
  bindings.LOG_REQUESTS = 'false';
});

describe('request logs', () => {
  it('write one JSON line with every field for a cache miss, and the same operation for the hit', async () => {
    const query = 'query LoggedCompany($slug: String!) { company(slug: $slug) { name competitors(first: 2) { nodes { name } } } }';
    const variables = { slug: 'mistral-ai', unused: SECRET };
    const miss = await post({ query, variables });
    const hit = await post({ query, variables });
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect(hit.headers.get('x-cache')).toBe('HIT');

    const [missLine, hitLine, ...rest] = lines();
    expect(rest).toEqual([]);
    const requested = costOf(query, variables);
    expect(missLine).toEqual({
      event: 'graphql.request',
      requestId: miss.headers.get('x-request-id'),
      method: 'POST',
      operationName: 'LoggedCompany',
      persistedHash: null,
      cost: requested,
      cache: 'MISS',
      status: 200,
      errorCodes: [],
      durationMs: expect.any(Number),
      client: '203.0.113.0/24',
    });
    expect(hitLine).toEqual({ ...missLine, requestId: hit.headers.get('x-request-id'), cache: 'HIT', durationMs: expect.any(Number) });
    expect(hitLine!.requestId).not.toBe(missLine!.requestId);
    expect(missLine!.durationMs).toBeGreaterThanOrEqual(0);
    expect(requested).toBe(((await miss.json()) as any).extensions.cost.requested);
  });

  it('write the cost, status and error code of a refused query', async () => {
    const query = 'query TooDear { companies(first: 100) { nodes { competitors(first: 100) { nodes { name } } } } }';
    const res = await post({ query }, { 'cf-ray': '8f00aa11bb22cc33-AMS' });
    expect(res.status).toBe(400);
    expect(lines()).toEqual([
      {
        event: 'graphql.request',
        requestId: '8f00aa11bb22cc33-AMS',
        method: 'POST',
        operationName: 'TooDear',
        persistedHash: null,
        cost: costOf(query),
        cache: 'MISS',
        status: 400,
        errorCodes: ['QUERY_TOO_COMPLEX'],
        durationMs: expect.any(Number),
        client: '203.0.113.0/24',
      },
    ]);
    expect(costOf(query)).toBeGreaterThan(LIMITS.maxCost);
  });

  it('write the persisted hash, and the name of the operation it stands for', async () => {
    const example = examples[0]!;
    const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(example.query)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const res = await post({ variables: example.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(res.status).toBe(200);
    const [line] = lines();
    expect(line?.persistedHash).toBe(hash);
    expect(line?.operationName).toBe(/query (\w+)/.exec(example.query)![1]);
    expect(line?.cost).toBe(costOf(example.query, example.variables));

    const unknown = 'e'.repeat(64);
    await post({ extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    expect(lines()[1]).toMatchObject({ persistedHash: unknown, operationName: null, cost: 0, errorCodes: ['PERSISTED_QUERY_NOT_FOUND'] });

    // Free text where a hash belongs is not logged.
    await post({ extensions: { persistedQuery: { version: 1, sha256Hash: `not a hash: ${SECRET}` } } });
    expect(lines()[2]).toMatchObject({ persistedHash: null, cost: 0 });
  });

  it('write requests refused before GraphQL runs, with their codes', async () => {
    await post({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    await post('{"query": ');
    await worker.fetch('http://localhost/graphql', {
      method: 'DELETE',
      headers: { 'cf-connecting-ip': '2001:db8:85a3:1:2:8a2e:370:7334' },
    });
    expect(lines().map(({ method, status, errorCodes, cost, client }) => ({ method, status, errorCodes, cost, client }))).toEqual([
      { method: 'POST', status: 413, errorCodes: ['PAYLOAD_TOO_LARGE'], cost: 0, client: '203.0.113.0/24' },
      { method: 'POST', status: 400, errorCodes: [expect.any(String)], cost: 0, client: '203.0.113.0/24' },
      { method: 'DELETE', status: 405, errorCodes: ['METHOD_NOT_ALLOWED'], cost: 0, client: '2001:db8:85a3::/48' },
    ]);
  });

  it('write nothing unless LOG_REQUESTS is "true"', async () => {
    bindings.LOG_REQUESTS = 'false';
    await post({ query: '{ __typename }' });
    delete bindings.LOG_REQUESTS;
    await post({ query: '{ __typename }' });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('client addresses in request logs', () => {
  it('keep only the network: /24 for IPv4, /48 for IPv6, nothing for what is not an address', () => {
    expect(clientNetwork('198.51.100.23')).toBe('198.51.100.0/24');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8::/48');
    expect(clientNetwork('2001:DB8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(clientNetwork('2001:0db8:00ab:ffff:1:2:3:4')).toBe('2001:db8:ab::/48');
    expect(clientNetwork('::1')).toBe('::/48');
    expect(clientNetwork('::ffff:c633:64c8')).toBe('198.51.100.0/24');
    expect(clientNetwork('::FFFF:198.51.100.200')).toBe('198.51.100.0/24');
    expect(clientNetwork('not an address')).toBeNull();
    expect(clientNetwork('')).toBeNull();
    expect(clientNetwork(null)).toBeNull();
  });
});

afterAll(() => {
  // Guards the file's own lines: it ran queries with a secret variable and a client address.
  expect(written.length).toBeGreaterThanOrEqual(8);
  for (const text of written) {
    expect(text).not.toContain(CLIENT_IP);
    expect(text).not.toContain('7334');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('mistral-ai');
    expect(text).not.toMatch(/competitors|__typename|company\(/);
  }
});
