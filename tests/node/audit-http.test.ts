import type { AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_INSPECTOR_PORT, AUDIT_PORT, auditEndpoint, formatAudit } from '../../scripts/audit-http';
import { startWranglerDev, type DevServer } from '../../scripts/wrangler-dev';

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
      post(JSON.stringify({ query: `{ company(slug: "mistral-ai") { ${'competitors { nodes { '.repeat(300)}name${' } }'.repeat(300)} } }` })),
      post(JSON.stringify({ query: '{ nope }' })),
      post('{'),
      post('x'.repeat(1024 * 1024)),
      fetch(`${server!.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables={`, { headers: { accept: 'application/json' } }),
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
