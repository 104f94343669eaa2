import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { serverParts, yoga as serverYoga } from '../src/server';

const yoga = serverYoga();
const { direct } = serverParts();

import { persisted, sha256, worker } from './helpers';

let n = 0;
/** A document no cache has seen (a fresh alias), so the Worker's response cache misses. */
const fresh = (selection = 'name kind headquarters { name }') => `{ m${++n}: company(slug: "mistral-ai") { ${selection} } }`;

/** Status, media type and body of a response (bodies only for JSON). */
const read = async (res: Response) => ({
  status: res.status,
  contentType: res.headers.get('content-type'),
  body: res.headers.get('content-type')?.includes('json') ? await res.text() : null,
});

/** The same request through the Worker and through `yoga.fetch` alone. */
async function bothWays(url: string, init: RequestInit) {
  const viaWorker = await worker.fetch(url, init);
  const viaYoga = await yoga.fetch(new Request(url, init), env);
  return { worker: await read(viaWorker), yoga: await read(viaYoga), cache: viaWorker.headers.get('x-cache') };
}

const post = (body: unknown, accept?: string) =>
  bothWays('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) },
    body: JSON.stringify(body),
  });

const get = (params: Record<string, string>, accept = 'application/graphql-response+json') =>
  bothWays(`http://localhost/graphql?${new URLSearchParams(params)}`, { headers: { accept } });

describe('cache misses answered without Yoga', () => {
  it('answers a query that succeeds itself, with the body yoga.fetch gives', async () => {
    const params = { query: fresh(), variables: {} };
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params),
    };
    const answer = await direct(new Request('http://localhost/graphql', init), params, env);
    expect(answer).toBeInstanceOf(Response);
    expect(await read(answer!)).toEqual(await read(await yoga.fetch(new Request('http://localhost/graphql', init), env)));
  });

  it('leaves errors, unknown operations and streams to Yoga', async () => {
    const request = (accept: string) => new Request('http://localhost/graphql', { method: 'POST', headers: { accept } });
    for (const [params, accept] of [
      [{ query: '{ nope }' }, 'application/json'],
      [{ query: fresh(), operationName: 'Missing' }, 'application/json'],
      [{ query: 'query Q($first: Int) { companies(first: $first) { totalCount } }', variables: { first: 'ten' } }, 'application/json'],
      [{ query: fresh() }, 'text/event-stream'],
      [{ query: fresh(), extra: 1 }, 'application/json'],
      [{ extensions: persisted('0'.repeat(64)) }, 'application/json'],
    ] as const) {
      expect(await direct(request(accept), params as never, env), JSON.stringify(params)).toBeUndefined();
    }
  });

  for (const accept of [
    'application/graphql-response+json',
    'application/json',
    '*/*',
    undefined,
    'application/json, application/graphql-response+json',
    'application/graphql-response+json, application/json',
    'application/*',
    'application/json; charset=latin1, application/graphql-response+json',
    'text/event-stream',
    'multipart/mixed',
    'text/event-stream, application/json',
  ]) {
    it(`answers a POST miss exactly as yoga.fetch does, Accept: ${accept ?? '(none)'}`, async () => {
      const both = await post({ query: fresh() }, accept);
      expect(both.cache).toBe(both.worker.contentType?.includes('json') && both.worker.status === 200 ? 'MISS' : null);
      expect(both.worker).toEqual(both.yoga);
    });
  }

  it('answers variables, operation names, fragments and aliases exactly as yoga.fetch does', async () => {
    const tag = ++n;
    for (const body of [
      {
        query: `query V${tag}($slug: String!, $first: Int) { company(slug: $slug) { name fundingRounds(first: $first) { totalCount } } }`,
        variables: { slug: 'nvidia', first: 2 },
      },
      { query: `query A${tag} { __typename } query B${tag} { company(slug: "mistral-ai") { slug } }`, operationName: `B${tag}` },
      { query: `query F${tag} { company(slug: "mistral-ai") { ...Named } } fragment Named on Company { name kind }`, variables: null },
      {
        query: `query S${tag}($q: String!) { search(query: $q, first: 3) { nodes { __typename ... on Company { slug } } } }`,
        variables: { q: 'mis', unused: true },
      },
    ]) {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const both = await post(body, accept);
        expect(both.worker, JSON.stringify(body)).toEqual(both.yoga);
        expect(both.worker.status).toBe(200);
      }
    }
  });

  it('answers a GET miss exactly as yoga.fetch does, variables and an empty operationName included', async () => {
    const tag = ++n;
    for (const params of [
      { query: fresh(), operationName: '', variables: '{}' } as Record<string, string>,
      { query: `query G${tag}($slug: String!) { company(slug: $slug) { name } }`, variables: '{"slug":"nvidia"}' },
    ]) {
      const both = await get(params);
      expect(both.worker).toEqual(both.yoga);
      expect(both.worker.status).toBe(200);
      expect(both.cache).toBe('MISS');
    }
  });

  it('answers persisted queries exactly as yoga.fetch does: registered with their document, then by hash alone', async () => {
    const query = fresh('slug');
    const hash = await sha256(query);
    const registered = await post({ query, extensions: persisted(hash) });
    expect(registered.worker).toEqual(registered.yoga);
    const byHash = await post({ extensions: persisted(hash) }, 'application/json');
    expect(byHash.worker).toEqual(byHash.yoga);
    expect(JSON.parse(byHash.worker.body!).data).toEqual({ [`m${n}`]: { slug: 'mistral-ai' } });
  });

  it('answers errors exactly as yoga.fetch does: validation, execution, unknown operation, bad variables', async () => {
    for (const body of [
      { query: `${fresh()}\n{ nope }` },
      { query: '{ company(slug: 1) { name } }' },
      { query: fresh(), operationName: 'Missing' },
      { query: `query Q${++n}($first: Int) { companies(first: $first) { totalCount } }`, variables: { first: 'ten' } },
      { query: `{ x${++n}: node(id: "bm90OmFuLWlk") { id } }` },
      { query: fresh(), extra: true },
      { query: `mutation M${++n} { __typename }` },
      { extensions: persisted('f'.repeat(64)) },
    ]) {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const both = await post(body, accept);
        expect(both.worker, JSON.stringify(body)).toEqual(both.yoga);
      }
    }
  });
});
