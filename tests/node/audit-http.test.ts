import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_INSPECTOR_PORT, AUDIT_PORT, auditEndpoint, formatAudit } from '../../scripts/audit-http';
import { type DevServer, startWranglerDev } from '../../scripts/wrangler-dev';

let server: DevServer | undefined;
let results: AuditResult[] = [];

beforeAll(async () => {
  server = await startWranglerDev(AUDIT_PORT, AUDIT_INSPECTOR_PORT);
  results = await auditEndpoint(`${server.url}/graphql`);
});

afterAll(async () => {
  await server?.stop();
});

describe('GraphQL-over-HTTP conformance of wrangler dev (graphql-http auditServer)', () => {
  it('runs the full audit list', () => {
    expect(results.length).toBeGreaterThanOrEqual(50);
  });

  it('passes every audit, with no error and no warning', () => {
    const failed = results.filter((r) => r.status !== 'ok');
    expect(failed, formatAudit(failed)).toEqual([]);
  });

  // The same bundle under wrangler dev, where NODE_ENV is "development": still nothing leaks.
  it('answers hostile requests on wrangler dev without a 5xx or a stack trace', async () => {
    const post = (body: string) =>
      fetch(`${server!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const responses = await Promise.all([
      post(JSON.stringify({ query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }` })),
      post(
        JSON.stringify({ query: `{ company(slug: "mistral-ai") { ${'competitors { nodes { '.repeat(300)}name${' } }'.repeat(300)} } }` }),
      ),
      post(JSON.stringify({ query: '{ nope }' })),
      post('{'),
      post('x'.repeat(1024 * 1024)),
      fetch(`${server!.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables={`, {
        headers: { accept: 'application/json' },
      }),
    ]);
    for (const res of responses) {
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBeLessThan(500);
      expect(res.status === 200 || res.status >= 400, text.slice(0, 300)).toBe(true);
      expect(text).not.toMatch(/\n\s+at\s|"stack"|\.(?:ts|js):\d+|originalError|Maximum call stack/);
      expect(text).toContain('"errors"');
    }
  });
});

describe('the rate limit under wrangler dev (the [[ratelimits]] binding of wrangler.toml)', () => {
  const configured =
    /\[\[ratelimits\]\]\s*name = "RATE_LIMITER"\s*namespace_id = "\d+"\s*simple = \{ limit = (\d+), period = (\d+) \}/.exec(
      readFileSync('wrangler.toml', 'utf8'),
    );
  const limit = Number(configured?.[1]);
  const periodMs = Number(configured?.[2]) * 1000;
  const from = (address: string) =>
    fetch(`${server!.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/graphql-response+json', 'cf-connecting-ip': address },
    });

  it('answers one address over the limit with 429 while another address still gets 200', { timeout: 120_000 }, async () => {
    expect(limit).toBeGreaterThan(0);
    // The limiter's windows are aligned to the wall clock: start the burst in a fresh one.
    const left = periodMs - (Date.now() % periodMs);
    if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
    // A fresh /64 per run (local limiter state may outlive one wrangler dev); one request more
    // than the limit, 25 at a time.
    const address = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;
    const statuses: number[] = [];
    for (let sent = 0; sent <= limit; sent += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, limit + 1 - sent) }, () => from(address)));
      for (const res of batch) {
        statuses.push(res.status);
        await res.arrayBuffer();
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    const over = await from(address);
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe(String(periodMs / 1000));
    expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
    const other = await from(`2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::2`);
    expect(other.status).toBe(200);
  });
});

describe('static files under wrangler dev (Workers Static Assets, with public/_headers)', () => {
  it('sends X-Content-Type-Options: nosniff once on every kind of file: HTML, JS, CSS, SVG, and a 404', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${server!.url}${path}`);
      return {
        path,
        status: res.status,
        type: res.headers.get('content-type'),
        nosniff: res.headers.get('x-content-type-options'),
        body: await res.text(),
      };
    };
    const explore = await get('/explore');
    const explorerFiles = [...explore.body.matchAll(/(?:src|href)="(\/assets\/explorer\/[^"]+)"/g)].map((m) => m[1]!);
    const graphiql = await get('/assets/graphiql/graphiql.js');
    const docsChunk = /chunks\/doc-explorer-[\w-]+\.js/.exec(graphiql.body)?.[0];
    expect(explorerFiles.length).toBeGreaterThan(0);
    expect(docsChunk).toBeDefined();
    const files = [
      explore,
      graphiql,
      ...(await Promise.all(
        [
          '/assets/graphiql/graphiql.css',
          `/assets/graphiql/${docsChunk}`,
          '/assets/playground/favicon.svg',
          '/assets/playground/landing.css',
          ...explorerFiles,
        ].map(get),
      )),
    ];
    const types = files.map((file) => file.type?.split(';')[0]);
    for (const type of ['text/html', 'text/javascript', 'text/css', 'image/svg+xml']) expect(types).toContain(type);
    for (const file of files) expect([file.path, file.status, file.nosniff]).toEqual([file.path, 200, 'nosniff']);
    const missing = await get('/assets/graphiql/no-such-file.js');
    expect([missing.status, missing.nosniff]).toEqual([404, 'nosniff']);
  });
});
