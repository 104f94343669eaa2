import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { JSON_HEADERS, postRaw, worker } from './helpers';

const postQuery = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postRaw(JSON.stringify({ query, variables }), headers);
const getQuery = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const url = new URL('http://localhost/graphql');
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return worker.fetch(url.href, { headers: { accept: 'application/graphql-response+json', ...headers } });
};

/** The parsed JSON body of a GraphQL response. */
const json = async (res: Response): Promise<any> => res.json();

// Each test uses its own documents, so entries stored by another test cannot answer for it.
const companyName = (tag: string) => `query C_${tag}($slug: String!) { company(slug: $slug) { name } }`;

describe('ETags', () => {
  it('gives the same query the same ETag and body twice, the second time from the cache', async () => {
    const first = await postQuery(companyName('twice'), { slug: 'mistral-ai' });
    const second = await postQuery(companyName('twice'), { slug: 'mistral-ai' });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    const body = await json(first);
    expect(body).toEqual({ data: { company: { name: 'Mistral AI' } }, extensions: { cost: { requested: 2, limit: 20_000 } } });
    expect(await json(second)).toEqual(body);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
  });

  it('gives different variables a different ETag', async () => {
    const mistral = await postQuery(companyName('vars'), { slug: 'mistral-ai' });
    const nvidia = await postQuery(companyName('vars'), { slug: 'nvidia' });
    expect((await json(nvidia)).data.company.name).toBe('Nvidia');
    expect(nvidia.headers.get('etag')).toBeTruthy();
    expect(nvidia.headers.get('etag')).not.toBe(mistral.headers.get('etag'));
  });

  it('gives different operations different ETags', async () => {
    const a = await postQuery('query OpA { company(slug: "mistral-ai") { name } }');
    const b = await postQuery('query OpB { company(slug: "mistral-ai") { slug } }');
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });

  it('versions the ETag by operation and variables, not by the JSON spelling of the request', async () => {
    const query = companyName('spelling');
    const compact = await postRaw(JSON.stringify({ query, variables: { slug: 'mistral-ai' } }));
    const spaced = await postRaw(JSON.stringify({ variables: { slug: 'mistral-ai' }, query }, null, 2));
    expect(spaced.headers.get('x-cache')).toBe('MISS');
    expect(spaced.headers.get('etag')).toBe(compact.headers.get('etag'));
  });

  it('answers a matching If-None-Match with 304 and no body, for POST and GET', async () => {
    const query = companyName('conditional');
    const etag = (await postQuery(query, { slug: 'mistral-ai' })).headers.get('etag')!;
    const post304 = await postQuery(query, { slug: 'mistral-ai' }, { 'if-none-match': etag });
    expect(post304.status).toBe(304);
    expect(await post304.text()).toBe('');
    expect(post304.headers.get('etag')).toBe(etag);

    const getEtag = (await getQuery(query, { slug: 'mistral-ai' })).headers.get('etag')!;
    const get304 = await getQuery(query, { slug: 'mistral-ai' }, { 'if-none-match': `"other", W/${getEtag}` });
    expect(get304.status).toBe(304);
    expect(await get304.text()).toBe('');
    expect(get304.headers.get('cache-control')).toMatch(/public/);
  });

  it('answers 304 even when the result is no longer stored, by running the query again', async () => {
    const query = companyName('evicted');
    const etag = (await getQuery(query, { slug: 'nvidia' })).headers.get('etag')!;
    // The same operation sent as POST is another cache key, but the same operation and variables.
    const res = await postQuery(query, { slug: 'nvidia' }, { 'if-none-match': etag });
    expect(res.headers.get('x-cache')).toBe('MISS');
    expect(res.status).toBe(304);
  });

  it('answers a stale If-None-Match with the full result', async () => {
    const res = await postQuery(companyName('stale'), { slug: 'mistral-ai' }, { 'if-none-match': '"0123456789abcdef"' });
    expect(res.status).toBe(200);
    expect((await json(res)).data.company.name).toBe('Mistral AI');
  });
});

describe('ETags of persisted queries', () => {
  const sha256 = async (text: string) =>
    [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
  /** GET by hash with an empty `query=`, as some clients send it. */
  const byHash = async (query: string, headers: Record<string, string> = {}) =>
    worker.fetch(
      `http://localhost/graphql?query=&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await sha256(query) } }))}`,
      { headers: { accept: 'application/graphql-response+json', ...headers } },
    );

  it('gives two hashes sent with an empty query the ETags of their own answers, and no 304 across them', async () => {
    const [a, b] = examples.filter((e) => !e.variables);
    expect(a && b).toBeTruthy();
    const resA = await byHash(a!.query);
    const resB = await byHash(b!.query);
    expect(resA.status).toBe(200);
    expect(resB.status).toBe(200);
    const [bodyA, bodyB] = [await json(resA), await json(resB)];
    expect(bodyA).not.toEqual(bodyB);
    expect(bodyA).toEqual(await json(await postQuery(a!.query)));
    const [etagA, etagB] = [resA.headers.get('etag'), resB.headers.get('etag')];
    expect(etagA).toMatch(/^"[0-9a-f]{16}"$/);
    expect(etagB).toMatch(/^"[0-9a-f]{16}"$/);
    expect(etagA).not.toBe(etagB);

    const crossed = await byHash(b!.query, { 'if-none-match': etagA! });
    expect(crossed.status).toBe(200);
    expect(await json(crossed)).toEqual(bodyB);
    expect((await byHash(a!.query, { 'if-none-match': etagA! })).status).toBe(304);
  });
});

describe("clients' default Accept headers", () => {
  // Verbatim: urql's fetch exchange, Apollo Client's HttpLink (4.x), and Apollo Client 3's.
  const clients = {
    urql: 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed',
    'Apollo Client': 'application/graphql-response+json,application/json;q=0.9',
    'Apollo Client 3': '*/*',
  };

  for (const [client, accept] of Object.entries(clients)) {
    it(`gives ${client}'s GET an ETag, Cache-Control and Vary, and answers the repeat from the cache`, async () => {
      const query = `query Accept_${client.replace(/\W/g, '')} { company(slug: "mistral-ai") { name } }`;
      const first = await getQuery(query, undefined, { accept });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
      expect(first.headers.get('vary')).toContain('Accept');
      expect(first.headers.get('x-cache')).toBe('MISS');
      const second = await getQuery(query, undefined, { accept });
      expect(second.headers.get('x-cache')).toBe('HIT');
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(await json(second)).toEqual(await json(first));
      expect((await getQuery(query, undefined, { accept, 'if-none-match': first.headers.get('etag')! })).status).toBe(304);
    });

    it(`gives ${client}'s POST an ETag and answers the repeat from the cache`, async () => {
      const query = `query AcceptPost_${client.replace(/\W/g, '')} { company(slug: "mistral-ai") { name } }`;
      const first = await postQuery(query, undefined, { accept });
      const second = await postQuery(query, undefined, { accept });
      expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
      expect(await json(second)).toMatchObject({ data: { company: { name: 'Mistral AI' } } });
    });
  }

  it('never stores an event stream: a client that prefers one gets it each time', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await getQuery('query AcceptStream { __typename }', undefined, { accept: 'text/event-stream' });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(res.headers.get('x-cache')).toBeNull();
      expect(res.headers.get('etag')).toBeNull();
      expect(await res.text()).toContain('"__typename":"Query"');
    }
  });
});

describe('Cache-Control', () => {
  it('lets browsers and CDNs keep GET query results', async () => {
    const res = await getQuery(companyName('get'), { slug: 'mistral-ai' });
    expect(res.status).toBe(200);
    const cacheControl = res.headers.get('cache-control') ?? '';
    expect(cacheControl).toMatch(/^public\b/);
    expect(cacheControl).toMatch(/(^|[ ,])max-age=\d+/);
    expect(cacheControl).toMatch(/s-maxage=\d+/);
    expect(res.headers.get('vary')).toMatch(/Accept/);
    expect(res.headers.get('etag')).toBeTruthy();
  });

  it('answers a repeated GET from the cache with the same Cache-Control and Vary as the first time', async () => {
    const first = await getQuery(companyName('getHit'), { slug: 'nvidia' });
    const second = await getQuery(companyName('getHit'), { slug: 'nvidia' });
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    for (const name of ['cache-control', 'vary', 'etag', 'content-type', 'access-control-allow-origin']) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(second.headers.get('vary')).toBe('Accept');
  });

  it('does not claim public cacheability for POST', async () => {
    const res = await postQuery(companyName('post'), { slug: 'mistral-ai' });
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/public/);
  });

  it('keeps the negotiated media type: application/json when the client asks for it', async () => {
    const plain = await postQuery(companyName('media'), { slug: 'mistral-ai' }, { accept: 'application/json' });
    const gqlJson = await postQuery(companyName('media'), { slug: 'mistral-ai' });
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(gqlJson.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(plain.headers.get('etag')).not.toBe(gqlJson.headers.get('etag'));
    const again = await postQuery(companyName('media'), { slug: 'mistral-ai' }, { accept: 'application/json' });
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('what is never cached', () => {
  it('never stores or validates a response with errors', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await postQuery('query Broken { company(slug: "mistral-ai") { noSuchField } }');
      expect(res.status).toBe(400);
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-cache')).toBeNull();
      expect((await json(res)).errors[0].message).toMatch(/noSuchField/);
    }
  });

  it('never stores a partial result (data with errors)', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await postQuery('query Partial { company(slug: "mistral-ai") { name } companies(after: "not-a-cursor") { totalCount } }');
      const body = await json(res);
      expect(body.errors.length).toBeGreaterThan(0);
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-cache')).toBeNull();
    }
  });

  it('leaves malformed JSON to Yoga, which answers 400 with a GraphQL error', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await postRaw('{"query": "{ __typename }"');
      expect(res.status).toBe(400);
      expect(res.headers.get('x-cache')).toBeNull();
      const body = await json(res);
      expect(body.errors[0].message).toBeTruthy();
    }
  });

  it('leaves a body without a query to Yoga', async () => {
    const res = await postRaw('{"variables": {}}');
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].message).toMatch(/query/i);
  });

  it('does not read a body over 64 KiB and never answers one with a 5xx', async () => {
    const padding = ' '.repeat(70 * 1024);
    const res = await postRaw(JSON.stringify({ query: `{ company(slug: "mistral-ai") { name } }${padding}` }));
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('x-cache')).toBeNull();
  });

  it('reads a body of unknown length (chunked) too, and answers one over 64 KiB with 413', async () => {
    const stream = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      return new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1024) controller.enqueue(bytes.slice(i, i + 1024));
          controller.close();
        },
      });
    };
    const send = (text: string) => postRaw(stream(text), {}, { duplex: 'half' } as RequestInit);
    const body = JSON.stringify({ query: companyName('chunked'), variables: { slug: 'mistral-ai' } });
    expect((await send(body)).headers.get('x-cache')).toBe('MISS');
    const again = await send(body);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect((await json(again)).data.company.name).toBe('Mistral AI');
    const huge = await send(JSON.stringify({ query: `{ __typename }${' '.repeat(70 * 1024)}` }));
    expect(huge.status).toBe(413);
  });

  it('serves the example queries with the same data from the cache as without it', async () => {
    for (const example of examples) {
      const first = await postQuery(example.query, example.variables);
      const second = await postQuery(example.query, example.variables);
      expect(second.headers.get('x-cache')).toBe('HIT');
      expect(await json(second)).toEqual(await json(first));
    }
  });
});
