import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { parseOrigins } from '../src/http/cors';
import app from '../src/index';
import { worker } from './helpers';

const APP = 'https://app.example.com';
const LOCAL = 'http://localhost:5173';
const QUERY = JSON.stringify({ query: '{ company(slug: "mistral-ai") { name } }' });

/** The Worker's fetch with CORS_ORIGINS set as wrangler.toml `[vars]` would set it. */
const withOrigins = (origins: string) => (url: string, init: RequestInit) =>
  app.fetch(new Request(url, init), { ...env, CORS_ORIGINS: origins }, createExecutionContext());

const preflight = (origin: string, method = 'POST', headers = 'content-type') => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
});

const postFrom = (origin?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
  body: QUERY,
});

describe('CORS with the default CORS_ORIGINS = "*"', () => {
  it('answers a preflight for POST /graphql with 204, the methods, the requested headers and a max age', async () => {
    const res = await worker.fetch('http://localhost/graphql', preflight(APP, 'POST', 'content-type, x-apollo-operation-name'));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, x-apollo-operation-name');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets scripts on any origin read the result, its ETag and its request id', async () => {
    const res = await worker.fetch('http://localhost/graphql', postFrom('https://anything.example'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.company.name).toBe('Mistral AI');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, X-Request-Id, X-Cache');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary') ?? '').not.toMatch(/origin/i);
  });

  it('covers GET /graphql, /health and /schema.graphql too', async () => {
    for (const path of ['/graphql?query=%7B__typename%7D', '/health', '/schema.graphql']) {
      const pre = await worker.fetch(`http://localhost${path}`, preflight(APP, 'GET', 'if-none-match'));
      expect(pre.status, path).toBe(204);
      expect(pre.headers.get('access-control-allow-headers'), path).toBe('if-none-match');
      const res = await worker.fetch(`http://localhost${path}`, { headers: { origin: APP, accept: 'application/json' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('does not echo a malformed Access-Control-Request-Headers', async () => {
    const res = await worker.fetch('http://localhost/graphql', preflight(APP, 'POST', 'content-type, x(y)'));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });
});

describe('CORS with an allow-list', () => {
  const fetchWith = withOrigins(`${APP}, ${LOCAL}/`);

  it('answers a preflight from a listed origin with that origin and Vary: Origin', async () => {
    for (const origin of [APP, LOCAL]) {
      const res = await fetchWith('http://localhost/graphql', preflight(origin));
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-max-age')).toBe('86400');
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });

  it('refuses a preflight from an unlisted origin with 403 and no CORS headers', async () => {
    const res = await fetchWith('http://localhost/graphql', preflight('https://evil.example'));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('origin https://evil.example is not allowed');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('does not match an origin by prefix or with another scheme or port', async () => {
    for (const origin of [`${APP}.evil.example`, 'http://app.example.com', 'http://localhost:5174', 'null']) {
      const res = await fetchWith('http://localhost/graphql', preflight(origin));
      expect(res.status, origin).toBe(403);
    }
  });

  it('serves listed origins with their own origin, and unlisted ones without CORS headers', async () => {
    const listed = await fetchWith('http://localhost/graphql', postFrom(APP));
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listed.headers.get('access-control-expose-headers')).toBe('ETag, X-Request-Id, X-Cache');
    expect(listed.headers.get('vary')).toMatch(/\bOrigin\b/);

    const unlisted = await fetchWith('http://localhost/graphql', postFrom('https://evil.example'));
    expect(unlisted.status).toBe(200);
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    expect(unlisted.headers.get('access-control-allow-credentials')).toBeNull();
    expect(unlisted.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('serves requests without an Origin (servers, curl) as before', async () => {
    const res = await fetchWith('http://localhost/graphql', postFrom());
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.company.name).toBe('Mistral AI');
  });

  it('passes an OPTIONS request that is not a preflight on to the route without a 5xx', async () => {
    const res = await fetchWith('http://localhost/graphql', { method: 'OPTIONS', headers: { origin: APP } });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });
});

describe('the CORS_ORIGINS setting', () => {
  it('means any origin when unset, empty or containing *', () => {
    for (const setting of [undefined, '', '  ', '*', `${APP}, *`]) expect(parseOrigins(setting)).toEqual({ any: true });
  });

  it('splits on commas and whitespace and drops trailing slashes', () => {
    expect(parseOrigins(` ${APP}/,${LOCAL}  https://b.example `)).toEqual({
      any: false,
      origins: new Set([APP, LOCAL, 'https://b.example']),
    });
  });
});
