import { type AuditResult, auditServer } from 'graphql-http';
import { startWranglerDev } from './wrangler-dev';

/** Port of the `wrangler dev` the audit starts (its inspector: AUDIT_INSPECTOR_PORT). */
export const AUDIT_PORT = Number(process.env.AUDIT_PORT ?? 8789);
export const AUDIT_INSPECTOR_PORT = Number(process.env.AUDIT_INSPECTOR_PORT ?? 9232);

/** Runs graphql-http's GraphQL-over-HTTP server audits against the endpoint at `url`. */
export function auditEndpoint(url: string): Promise<AuditResult[]> {
  // A request that never completes fails its audit instead of hanging the run.
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(15_000) });
  return auditServer({ url, fetchFn });
}

/** One line per audit: its status, id and name, and why it failed. */
export function formatAudit(results: readonly AuditResult[]): string {
  return results.map((r) => `${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === 'ok' ? '' : `\n       ${r.reason}`}`).join('\n');
}

// `npm run audit:http`: starts wrangler dev, audits it, stops it; exits 1 unless every audit is ok.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startWranglerDev(AUDIT_PORT, AUDIT_INSPECTOR_PORT);
  let results: AuditResult[];
  try {
    results = await auditEndpoint(`${server.url}/graphql`);
  } finally {
    await server.stop();
  }
  console.log(formatAudit(results));
  const failed = results.filter((r) => r.status !== 'ok');
  console.log(`\n${results.length - failed.length} of ${results.length} audits ok, ${failed.length} not`);
  process.exit(failed.length ? 1 : 0);
}
