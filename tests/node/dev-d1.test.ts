import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../../scripts/wrangler-dev';
import { examples } from '../../src/documents/examples';

// `npm run dev:d1` from an empty local database (seeded by the script itself) against `wrangler dev`
// on the embedded data: the same answers to every example. Ports from DEV_D1_PORT and
// DEV_D1_INSPECTOR_PORT (and the next one of each for the embedded Worker).
const PORT = Number(process.env.DEV_D1_PORT ?? 8792);
const INSPECTOR_PORT = Number(process.env.DEV_D1_INSPECTOR_PORT ?? 9292);
const state = mkdtempSync(join(tmpdir(), 'dev-d1-'));
let d1: DevServer | undefined;
let embedded: DevServer | undefined;

beforeAll(async () => {
  [d1, embedded] = await Promise.all([
    startWranglerDev(PORT, INSPECTOR_PORT, 180_000, ['--persist-to', state], ['npm', 'run', '--silent', 'dev:d1', '--']),
    startWranglerDev(PORT + 1, INSPECTOR_PORT + 1),
  ]);
});

afterAll(async () => {
  await Promise.all([d1?.stop(), embedded?.stop()]);
  rmSync(state, { recursive: true, force: true });
});

const post = async (server: DevServer, query: string, variables?: Record<string, unknown>) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
};

describe('npm run dev:d1 on an empty local database', () => {
  it('seeds it and reports the same dataset as the embedded Worker', async () => {
    const [a, b] = await Promise.all(
      [d1!, embedded!].map(async (s) => (await (await fetch(`${s.url}/health`)).json()) as { dataset: unknown }),
    );
    expect(a!.dataset).toEqual(b!.dataset);
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    'answers "%s" exactly as npm start does, with the same ETag',
    async (_name, example) => {
      const [a, b] = await Promise.all([post(d1!, example.query, example.variables), post(embedded!, example.query, example.variables)]);
      expect(a.status).toBe(200);
      expect(a.text).not.toContain('"errors"');
      expect(a).toEqual(b);
    },
  );
});
