import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/lib/hash';
import { FLOOD_HEADS, paddedBody } from './fixtures/flood-documents';
import { worker } from './helpers';

const GRAPHQL = 'application/graphql-response+json';
const DOCUMENTS = 2_000;

const post = (body: string, accept = GRAPHQL) =>
  worker.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });

describe('a flood of unique comment-padded documents', () => {
  it(`answers ${DOCUMENTS} documents just under the body limit with 200 or a 4xx, and the isolate keeps its state`, {
    timeout: 120_000,
  }, async () => {
    // A document registered by hash (APQ) lives in this isolate's memory only: it survives the
    // flood only if the isolate does.
    const query = '{ company(slug: "mistral-ai") { name } } # registered before the flood';
    const hash = await sha256Hex(query);
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const registered = await post(JSON.stringify({ query, extensions }));
    expect(registered.status).toBe(200);
    const byHash = `http://localhost/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const before = await worker.fetch(byHash, { headers: { accept: GRAPHQL } });
    expect(await before.json()).toMatchObject({ data: { company: { name: 'Mistral AI' } } });

    const statuses = new Map<number, number>();
    const CONCURRENCY = 8;
    for (let start = 0; start < DOCUMENTS; start += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, DOCUMENTS - start) }, async (_, k) => {
          const res = await post(paddedBody(start + k));
          const text = await res.text();
          if (res.status >= 500 || (res.status !== 200 && res.status < 400))
            throw new Error(`document ${start + k}: HTTP ${res.status} ${text.slice(0, 200)}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }),
      );
    }
    // Every kind was answered as itself: valid documents ran, the others were refused.
    expect(statuses.get(200)).toBe(DOCUMENTS / FLOOD_HEADS.length);
    expect(statuses.get(400)).toBe(DOCUMENTS - DOCUMENTS / FLOOD_HEADS.length);

    const after = await worker.fetch(byHash, { headers: { accept: GRAPHQL } });
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ data: { company: { name: 'Mistral AI' } } });
  });
});
