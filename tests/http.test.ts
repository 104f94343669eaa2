import { createExecutionContext, env } from 'cloudflare:test';
import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import committed from '../schema/schema.graphql?raw';
import { embeddedArticles } from '../src/data';
import app from '../src/index';
import { sortedSchema } from '../src/graphql';
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

  it('is a fresh UUID per request without cf-ray', async () => {
    const a = (await get('/health')).headers.get('x-request-id');
    const b = (await get('/health')).headers.get('x-request-id');
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('is on every response: GraphQL results, GraphQL errors, bad requests, 404s, 304s and preflights', async () => {
    const ok = await post('{ __typename }', undefined, { 'cf-ray': 'ray-ok' });
    expect(ok.res.status).toBe(200);
    expect(ok.res.headers.get('x-request-id')).toBe('ray-ok');

    const invalid = await post('{ nope }', undefined, { 'cf-ray': 'ray-invalid' });
    expect(invalid.body.errors?.length).toBeGreaterThan(0);
    expect(invalid.res.headers.get('x-request-id')).toBe('ray-invalid');

    const badJson = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-ray': 'ray-bad-json' },
      body: '{',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.headers.get('x-request-id')).toBe('ray-bad-json');

    const missing = await get('/no-such-page', { 'cf-ray': 'ray-404' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('ray-404');

    const etag = (await get('/schema.graphql')).headers.get('etag')!;
    const notModified = await get('/schema.graphql', { 'if-none-match': etag, 'cf-ray': 'ray-304' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-request-id')).toBe('ray-304');

    const preflight = await worker.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'cf-ray': 'ray-preflight' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('x-request-id')).toBe('ray-preflight');
  });
});

describe('/graphql methods', () => {
  it('answers other methods on /graphql with 405 and the allowed methods', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await get('/graphql', { 'content-type': 'application/json' }, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('METHOD_NOT_ALLOWED');
      expect(body.errors[0]!.message).toContain(method);
    }
  });
});
