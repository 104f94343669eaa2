import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { schema } from '../src/graphql';
import { MAX_PAGE_SIZE } from '../src/graphql/connection';
import { MAX_BODY_BYTES } from '../src/http/body-limit';
import { LIMITS, operationCost } from '../src/server/plugins/limits';
import { post, worker } from './helpers';

/** The cost the limits compute for the operation `operationName` (or the only one) of `query`. */
const costOf = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document, operationName)!, variables);
};

const cost = (requested: number) => ({ requested, limit: LIMITS.maxCost });
const NOT_COSTED = cost(0);

const COMPANIES = 'query Companies($first: Int) { companies(first: $first) { nodes { name fundingRounds(first: 5) { nodes { id } } } } }';

describe('extensions.cost', () => {
  it('carries the cost the limits computed on every example query, and the limit', async () => {
    for (const example of examples) {
      const { res, body } = await post(example.query, example.variables);
      expect(res.status, example.name).toBe(200);
      const requested = costOf(example.query, example.variables);
      expect(requested, example.name).toBeGreaterThan(0);
      expect((body as { extensions?: unknown }).extensions, example.name).toEqual({ cost: cost(requested) });
    }
  });

  it('follows the variables: a larger page costs more', async () => {
    const small = await post(COMPANIES, { first: 2 });
    const large = await post(COMPANIES, { first: 40 });
    const smallCost = costOf(COMPANIES, { first: 2 });
    const largeCost = costOf(COMPANIES, { first: 40 });
    expect(largeCost).toBeGreaterThan(smallCost);
    expect((small.body as any).extensions.cost).toEqual(cost(smallCost));
    expect((large.body as any).extensions.cost).toEqual(cost(largeCost));
  });

  it('costs the operation that ran, not the others in the document', async () => {
    const query = `query Cheap { __typename } query Dear { companies(first: 50) { nodes { name } } }`;
    const cheap = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, operationName: 'Cheap' }),
    });
    const dear = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, operationName: 'Dear' }),
    });
    expect(((await cheap.json()) as any).extensions.cost).toEqual(cost(costOf(query, undefined, 'Cheap')));
    expect(((await dear.json()) as any).extensions.cost).toEqual(cost(costOf(query, undefined, 'Dear')));
    expect(costOf(query, undefined, 'Dear')).toBeGreaterThan(costOf(query, undefined, 'Cheap'));
  });

  it('is part of the stored body, so a cache hit answers with the same cost', async () => {
    const query = '{ company(slug: "mistral-ai") { name competitors(first: 3) { nodes { name } } } }';
    const url = `http://localhost/graphql?query=${encodeURIComponent(query)}`;
    const headers = { accept: 'application/graphql-response+json' };
    const miss = await worker.fetch(url, { headers });
    const hit = await worker.fetch(url, { headers });
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    const body = (await miss.json()) as any;
    expect(body.extensions.cost).toEqual(cost(costOf(query)));
    expect(await hit.json()).toEqual(body);
  });

  it('is on a partial result whose resolver refused an argument: the operation was costed and ran', async () => {
    const query = `{ companies(first: ${MAX_PAGE_SIZE + 1}) { nodes { name } } }`;
    const { body } = await post(query);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect((body as any).extensions.cost).toEqual(cost(costOf(query)));
  });

  it('tells a refused query its cost, in the error and in the response', async () => {
    const query = '{ companies(first: 100) { nodes { competitors(first: 100) { nodes { name } } } } }';
    const requested = costOf(query);
    expect(requested).toBeGreaterThan(LIMITS.maxCost);
    const { res, body } = await post(query);
    expect(res.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', maxCost: LIMITS.maxCost, cost: cost(requested) });
    expect((body as any).extensions).toEqual({ cost: cost(requested) });
  });

  it('reads 0 requested when the request failed before any operation was costed', async () => {
    const refusedEarly: [string, Promise<Response>][] = [
      [
        'syntax error',
        worker.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ company("}',
        }),
      ],
      [
        'unknown field',
        worker.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ nope }"}',
        }),
      ],
      [
        'unknown operation name',
        worker.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
        }),
      ],
      [
        'unknown persisted hash',
        worker.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
        }),
      ],
      [
        'body that is not JSON',
        worker.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      ],
      ['no query', worker.fetch('http://localhost/graphql?variables=%7B%7D', { headers: { accept: 'application/json' } })],
      ['PUT', worker.fetch('http://localhost/graphql', { method: 'PUT' })],
      ['URL over the limit', worker.fetch(`http://localhost/graphql?query=${'x'.repeat(MAX_BODY_BYTES)}`)],
      [
        'body over the limit',
        worker.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } }),
        }),
      ],
    ];
    for (const [name, pending] of refusedEarly) {
      const res = await pending;
      const body = (await res.json()) as { errors?: unknown[]; extensions?: unknown };
      expect(body.errors?.length, name).toBeGreaterThan(0);
      expect(body.extensions, name).toEqual({ cost: NOT_COSTED });
    }
  });
});
