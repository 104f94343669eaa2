/**
 * `npm run bench:flood`: starts `wrangler dev`, then sends FLOOD_ROUNDS (default 3) rounds of
 * 2,000 unique documents, each one line of query padded with comment lines to just under the
 * body limit, and after each round reads the Worker's V8 heap (Runtime.getHeapUsage through the
 * inspector). A document registered by hash before the flood must still run by hash after it.
 * Exits 1 on any 5xx, any failed request, or a lost registration. FLOOD_PORT and
 * FLOOD_INSPECTOR_PORT override the defaults (8791, 9234).
 */
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { startWranglerDev } from '../scripts/wrangler-dev';
import { FLOOD_HEADS, paddedBody } from '../tests/fixtures/flood-documents';

const port = Number(process.env.FLOOD_PORT ?? 8791);
const inspectorPort = Number(process.env.FLOOD_INSPECTOR_PORT ?? 9234);
const rounds = Number(process.env.FLOOD_ROUNDS ?? 3);
const DOCUMENTS = 2_000;
const CONCURRENCY = 8;
/** The Worker's V8 heap as the inspector reports it, in MiB. */
async function heapUsage(): Promise<{ used: number; total: number }> {
  const ws = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`);
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    // The inspector may send events first: wait for the answer to this call.
    const reply = new Promise<{ result: { usedSize: number; totalSize: number } }>((resolve) =>
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { id?: number; result: { usedSize: number; totalSize: number } };
        if (message.id === 1) resolve(message);
      }),
    );
    ws.send(JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }));
    const { result } = await reply;
    return { used: result.usedSize / 2 ** 20, total: result.totalSize / 2 ** 20 };
  } finally {
    ws.close();
  }
}

const server = await startWranglerDev(port, inspectorPort);
let failed = false;
try {
  const url = `${server.url}/graphql`;
  const post = (body: string) =>
    fetch(url, {
      method: 'POST',
      // A fresh client address per request, so the rate limit does not stand in the way.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'cf-connecting-ip': `10.${(Math.random() * 2 ** 24) >>> 16}.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}`,
      },
      body,
      // A request the runtime never answers (it crashed) counts as failed instead of hanging the run.
      signal: AbortSignal.timeout(30_000),
    });
  const query = `{ company(slug: "mistral-ai") { name } } # registered before the flood, ${Date.now()}`;
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
  const registered = await post(JSON.stringify({ query, extensions }));
  console.log(`registered a document by hash: HTTP ${registered.status}`);
  const fmt = (h: { used: number; total: number }) => `${h.used.toFixed(1)} MiB used, ${h.total.toFixed(1)} MiB allocated`;
  console.log(`heap before the flood: ${fmt(await heapUsage())}`);

  for (let round = 1; round <= rounds; round++) {
    const statuses = new Map<number | string, number>();
    const started = Date.now();
    for (let start = 0; start < DOCUMENTS; start += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, k) => {
          const status = await post(paddedBody(round * DOCUMENTS + start + k)).then(
            async (res) => (await res.arrayBuffer(), res.status),
            () => 'failed',
          );
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `round ${round}: ${DOCUMENTS} documents in ${seconds} s, ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}; heap ${fmt(await heapUsage())}`,
    );
    if ([...statuses.keys()].some((s) => s === 'failed' || Number(s) >= 500)) failed = true;
  }

  const after = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, {
    headers: { accept: 'application/graphql-response+json' },
  });
  const text = await after.text();
  console.log(`the registered hash after the flood: HTTP ${after.status} ${text}`);
  if (after.status !== 200 || !text.includes('Mistral AI')) failed = true;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
