import { createExecutionContext, env } from 'cloudflare:test';
import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import committed from '../schema/schema.graphql?raw';
import { embeddedArticles } from '../src/data/embedded/served';
import { sortedSchema } from '../src/graphql';
import app from '../src/index';
import { post, sha256, worker } from './helpers';

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  worker.fetch(`http://localhost${path}`, { method, headers });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('GET /health', () => {
  it('reports status, dataset version, schema hash and no build commit when none is configured', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as any;
    expect(body.status).toBe('ok');
    expect(body.dataset).toEqual({ version: expect.stringMatching(/^[0-9a-f]{16}$/), articles: embeddedArticles().length });
    expect(body.schema).toEqual({ hash: await sha256(committed), url: '/schema.graphql' });
    expect(body.build).toEqual({ commit: null });
  });

  it('reports the build commit the deploy passed as BUILD_COMMIT', async () => {
    const res = await app.fetch(new Request('http://localhost/health'), { ...env, BUILD_COMMIT: '6be3d4a' }, createExecutionContext());
    expect(((await res.json()) as any).build).toEqual({ commit: '6be3d4a' });
  });

  it('gives the same dataset version and schema hash on every request', async () => {
    const [a, b] = await Promise.all([get('/health').then((r) => r.json()), get('/health').then((r) => r.json())]);
    expect(a).toEqual(b);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/health', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe('');
  });
});

describe('GET /schema.graphql', () => {
  it('serves the SDL the code produces, identical to the committed schema/schema.graphql', async () => {
    const res = await get('/schema.graphql');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await res.text();
    expect(sdl).toBe(`${printSchema(sortedSchema())}\n`);
    expect(sdl).toBe(committed);
    expect(buildSchema(sdl).getQueryType()?.getFields()).toHaveProperty('company');
  });

  it('is cacheable, with an ETag that is the schema hash /health reports', async () => {
    const res = await get('/schema.graphql');
    const { schema } = (await (await get('/health')).json()) as any;
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toBe(`"${schema.hash}"`);
    expect(schema.hash).toBe(await sha256(await res.text()));
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const etag = (await get('/schema.graphql')).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get('/schema.graphql', { 'if-none-match': ifNoneMatch });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(await res.text()).toBe('');
    }
  });

  it('sends the whole SDL again when the If-None-Match is an old ETag', async () => {
    const res = await get('/schema.graphql', { 'if-none-match': '"0123456789abcdef"' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(committed);
  });
});

describe('the request id', () => {
  it("echoes Cloudflare's cf-ray", async () => {
    const res = await get('/health', { 'cf-ray': '8f1b2c3d4e5f6a7b-CDG' });
    expect(res.headers.get('x-request-id')).toBe('8f1b2c3d4e5f6a7b-CDG');
  });

  it('is a fresh UUID when cf-ray does not have the shape of a Ray ID', async () => {
    for (const ray of [
      'x'.repeat(8192),
      'ray-ok',
      '8f1b2c3d4e5f6a7b',
      '8f1b2c3d4e5f6a7b-',
      '8f1b2c3d4e5f6a7-CDG',
      '8f1b2c3d4e5f6a7b-CDG-x',
      '8f1b2c3d4e5f6a7b-C1G',
      '<script>-CDG',
    ]) {
      const res = await get('/health', { 'cf-ray': ray });
      expect(res.headers.get('x-request-id'), ray.slice(0, 40)).toMatch(UUID);
    }
  });

  it('is a fresh UUID per request without cf-ray', async () => {
    const a = (await get('/health')).headers.get('x-request-id');
    const b = (await get('/health')).headers.get('x-request-id');
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('is on every response: GraphQL results, GraphQL errors, bad requests, 404s, 304s and preflights', async () => {
    const ok = await post('{ __typename }', undefined, { 'cf-ray': '0123456789abcd01-CDG' });
    expect(ok.res.status).toBe(200);
    expect(ok.res.headers.get('x-request-id')).toBe('0123456789abcd01-CDG');

    const invalid = await post('{ nope }', undefined, { 'cf-ray': '0123456789abcd02-CDG' });
    expect(invalid.body.errors?.length).toBeGreaterThan(0);
    expect(invalid.res.headers.get('x-request-id')).toBe('0123456789abcd02-CDG');

    const badJson = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-ray': '0123456789abcd03-CDG' },
      body: '{',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.headers.get('x-request-id')).toBe('0123456789abcd03-CDG');

    const missing = await get('/no-such-page', { 'cf-ray': '0123456789abcd04-CDG' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('0123456789abcd04-CDG');

    const etag = (await get('/schema.graphql')).headers.get('etag')!;
    const notModified = await get('/schema.graphql', { 'if-none-match': etag, 'cf-ray': '0123456789abcd05-CDG' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-request-id')).toBe('0123456789abcd05-CDG');

    const preflight = await worker.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'cf-ray': '0123456789abcd06-CDG' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('x-request-id')).toBe('0123456789abcd06-CDG');
  });
});

describe('X-Content-Type-Options', () => {
  it('is nosniff on every response the Worker sends, whatever the route, method or status', async () => {
    const etag = (await get('/schema.graphql')).headers.get('etag')!;
    const cached = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { accept: 'application/json' });
    const responses: [string, Response][] = [
      ['GET /graphql (JSON)', cached],
      [
        'GET /graphql (304)',
        await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { 'if-none-match': cached.headers.get('etag')! }),
      ],
      ['POST /graphql', (await post('{ company(slug: "mistral-ai") { name } }')).res],
      ['POST /graphql (validation error)', (await post('{ nope }')).res],
      [
        'POST /graphql (bad JSON)',
        await worker.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      ],
      ['GET /graphql (406)', await get('/graphql?query=%7B__typename%7D', { accept: 'text/csv' })],
      ['DELETE /graphql (405)', await get('/graphql', {}, 'DELETE')],
      ['OPTIONS /graphql', await get('/graphql', {}, 'OPTIONS')],
      ['preflight', await get('/graphql', { origin: 'https://ui.example', 'access-control-request-method': 'POST' }, 'OPTIONS')],
      ['GET /graphql (414)', await get(`/graphql?query=${'x'.repeat(70 * 1024)}`)],
      ['GET /health', await get('/health')],
      ['HEAD /health', await get('/health', {}, 'HEAD')],
      ['GET /schema.graphql', await get('/schema.graphql')],
      ['GET /schema.graphql (304)', await get('/schema.graphql', { 'if-none-match': etag })],
      ['GET / (HTML)', await get('/', { accept: 'text/html' })],
      ['GET /graphql (GraphiQL)', await get('/graphql', { accept: 'text/html' })],
      ['GET /nowhere (404)', await get('/nowhere/at-all.js')],
      ['POST /health (404)', await get('/health', {}, 'POST')],
    ];
    const statuses = new Set(responses.map(([, res]) => res.status));
    for (const status of [200, 204, 304, 400, 404, 405, 406, 414]) expect(statuses, `no ${status} among the responses`).toContain(status);
    for (const [name, res] of responses) {
      if (!res.bodyUsed) await res.arrayBuffer();
      expect([name, res.headers.get('x-content-type-options')]).toEqual([name, 'nosniff']);
    }
  });
});

describe('/graphql methods', () => {
  it('answers other methods on /graphql with 405, the allowed methods and METHOD_NOT_ALLOWED, all alike', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE']) {
      const res = await get('/graphql', { 'content-type': 'application/json' }, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('METHOD_NOT_ALLOWED');
      expect(body.errors[0]!.message).toContain(method);
    }
  });

  it('answers OPTIONS without a CORS preflight with 204 and the allowed methods', async () => {
    for (const headers of [{}, { origin: 'https://app.example' }, { 'access-control-request-method': 'POST' }] as Record<
      string,
      string
    >[]) {
      const res = await get('/graphql', headers, 'OPTIONS');
      expect(res.status, JSON.stringify(headers)).toBe(204);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      expect(await res.text()).toBe('');
    }
  });

  it('answers HEAD like GET, without a body: /graphql, /health and /schema.graphql', async () => {
    const url = '/graphql?query=%7B__typename%7D';
    const accept = { accept: 'application/graphql-response+json' };
    for (const path of [url, '/health', '/schema.graphql']) {
      const [got, head] = [await get(path, accept), await get(path, accept, 'HEAD')];
      expect(head.status, path).toBe(200);
      expect(head.status).toBe(got.status);
      expect(head.headers.get('content-type')).toBe(got.headers.get('content-type'));
      expect(head.headers.get('etag')).toBe(got.headers.get('etag'));
      expect(await head.text()).toBe('');
      expect((await got.text()).length).toBeGreaterThan(0);
    }
    // A HEAD of a query nobody asked for yet runs it (and says so) like a GET would.
    const fresh = await get('/graphql?query=%7B__typename%20%7D', accept, 'HEAD');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(fresh.headers.get('cache-control')).toMatch(/^public/);
  });

  it('cannot be sent CONNECT: the runtime refuses to build the request before any Worker code runs', async () => {
    // workerd's fetch rejects the method itself (and under wrangler dev its entry worker answers a
    // raw CONNECT before this Worker is called), so no CONNECT ever reaches the app's routes.
    await expect(worker.fetch('http://localhost/graphql', { method: 'CONNECT' })).rejects.toThrow(TypeError);
  });
});

describe('Accept and q values on /graphql', () => {
  const query = (accept: string) =>
    worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: '{"query":"{ __typename }"}',
    });

  it('answers 406 when q=0 leaves no media type it can serve', async () => {
    for (const accept of [
      'application/json;q=0',
      'application/json; q=0, application/graphql-response+json;q=0.0',
      '*/*;q=0',
      'text/xml, application/*;q=0',
    ]) {
      const res = await query(accept);
      expect(res.status, accept).toBe(406);
      expect(await res.text()).toBe('');
    }
  });

  it('answers with the acceptable type of highest q, never one given q=0', async () => {
    const cases: [string, string][] = [
      ['application/json;q=0, application/graphql-response+json', 'application/graphql-response+json'],
      ['application/graphql-response+json;q=0, application/json', 'application/json'],
      ['application/json;q=0.5, application/graphql-response+json;q=0.9', 'application/graphql-response+json'],
      ['application/graphql-response+json;q=0.4, application/json;q=0.9', 'application/json'],
      ['*/*;q=0.1, application/graphql-response+json;q=0', 'application/json'],
    ];
    for (const [accept, type] of cases) {
      const res = await query(accept);
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-type'), accept).toMatch(new RegExp(`^${type.replace(/[+]/g, '\\+')}`));
      expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
    }
  });
});
