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
});
