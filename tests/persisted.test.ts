import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { trustedDocuments } from '../src/documents/trusted';
import { persisted, post, send, sha256, worker } from './helpers';

describe('trusted documents', () => {
  it('pins each trusted document to its hash: a changed text fails here instead of breaking clients', async () => {
    expect(trustedDocuments.size).toBeGreaterThan(0);
    for (const [hash, document] of trustedDocuments) expect(await sha256(document)).toBe(hash);
  });

  it('trusts every example query as it is today', () => {
    for (const example of examples) expect([...trustedDocuments.values()]).toContain(example.query);
  });

  it('runs an example query sent as its SHA-256 hash alone, with the same result as its text', async () => {
    for (const example of examples) {
      const byText = await post(example.query, example.variables);
      const byHash = await send({ variables: example.variables, extensions: persisted(await sha256(example.query)) });
      expect(byHash.body.errors).toBeUndefined();
      expect(byHash.body).toEqual(byText.body);
    }
  });

  it('serves a hash in a short GET URL that browsers and CDNs may cache', async () => {
    const example = examples.find((e) => !e.variables)!;
    const url = `http://localhost/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(await sha256(example.query))))}`;
    const res = await worker.fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    expect(((await res.json()) as { data: unknown }).data).toEqual((await post(example.query)).body.data);
  });
});

describe('unknown hashes', () => {
  it('answers an unknown hash with PersistedQueryNotFound, and never caches that', async () => {
    for (let i = 0; i < 2; i++) {
      const { res, body } = await send({ extensions: persisted('0'.repeat(64)) });
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('etag')).toBeNull();
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});

describe('unknown hashes over GET', () => {
  it('answers with Cache-Control: private, no-cache, must-revalidate, so no shared cache keeps the miss', async () => {
    const hash = await sha256('{ __typename } # registered only later');
    const res = await worker.fetch(`http://localhost/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
    expect(res.headers.get('etag')).toBeNull();
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });
});

describe('automatic persisted queries (Apollo APQ)', () => {
  it('registers a document sent with its hash, then runs it from the hash alone', async () => {
    const query = '# apq registration\n{ company(slug: "mistral-ai") { name slug } }';
    const hash = await sha256(query);
    const before = await send({ extensions: persisted(hash) });
    expect(before.body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    const register = await send({ query, extensions: persisted(hash) });
    expect(register.body).toEqual({
      data: { company: { name: 'Mistral AI', slug: 'mistral-ai' } },
      extensions: { cost: { requested: 3, limit: 20_000 } },
    });
    const after = await send({ extensions: persisted(hash) });
    expect(after.body).toEqual(register.body);
  });

  it('refuses a document whose hash does not match, with a 400 and no registration', async () => {
    const hash = await sha256('{ __typename }');
    const { res, body } = await send({ query: '{ company(slug: "nvidia") { name } }', extensions: persisted(hash) });
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('provided sha does not match query');
    const lookup = await send({ extensions: persisted(hash) });
    expect(lookup.body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
  });

  it("refuses a persistedQuery extension that is not in Apollo's shape, with or without a query", async () => {
    const hash = await sha256('{ __typename }');
    const malformed = ['abc', 1, null, [hash], { sha256Hash: hash }, { version: 2, sha256Hash: hash }, { version: 1, sha256Hash: 7 }];
    for (const persistedQuery of malformed) {
      for (const query of ['{ __typename }', undefined]) {
        const { res, body } = await send({ query, extensions: { persistedQuery } });
        expect(res.status, JSON.stringify({ query, persistedQuery })).toBe(400);
        expect(body.data).toBeUndefined();
        expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_INVALID');
      }
    }
  });

  it("still answers a request with neither query nor hash with Yoga's own error", async () => {
    const { res, body } = await send({});
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/query/i);
  });
});
