import os from 'node:os';
import autocannon from 'autocannon';
import { examples } from '../src/documents/examples';
import { startWranglerDev } from './wrangler-dev';

/**
 * `npm run load`: starts `wrangler dev` on 127.0.0.1, then 50 connections send the example
 * queries (src/documents/examples.ts) round-robin for 30 s. Prints requests/s and p50/p99 latency; exits 1
 * on any error, timeout, non-2xx response or GraphQL error.
 * `npm run load -- --uncached` makes every request unique (a trailing comment) so that the
 * response cache cannot answer it: every request is parsed, validated, costed and executed.
 * Requests come from LOAD_ADDRESSES (default 4,096) client addresses in turn (`CF-Connecting-IP`,
 * which wrangler dev passes through), so the per-client rate limit does not stand between the
 * load and the Worker. `npm run load -- --single-address` sends everything from one address
 * instead: the rate limiter must then answer the excess with 429 (the run fails otherwise).
 * LOAD_PORT, LOAD_INSPECTOR_PORT, LOAD_CONNECTIONS and LOAD_DURATION (seconds) override the defaults.
 */
const port = Number(process.env.LOAD_PORT ?? 8789);
const inspectorPort = Number(process.env.LOAD_INSPECTOR_PORT ?? 9232);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const duration = Number(process.env.LOAD_DURATION ?? 30);
const uncached = process.argv.includes('--uncached');
const singleAddress = process.argv.includes('--single-address');
const addresses = singleAddress ? 1 : Number(process.env.LOAD_ADDRESSES ?? 4096);
/** The n-th client address: 10.0.0.0/8 in turn, or 192.0.2.1 alone (outside that pool, so runs do not share counts). */
const addressOf = (n: number) => (singleAddress ? '192.0.2.1' : `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`);

const bodies = examples.map((e) => JSON.stringify({ query: e.query, variables: e.variables }));
let sequence = 0;
let sent = 0;
let graphqlErrors = 0;

const server = await startWranglerDev(port, inspectorPort);
let result: autocannon.Result;
try {
  result = await autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
      setupRequest: (request: autocannon.Request) => {
        const headers = { ...request.headers, 'cf-connecting-ip': addressOf(sent++ % addresses) };
        if (!uncached) return { ...request, headers };
        const params = JSON.parse(String(request.body)) as { query: string };
        return { ...request, headers, body: JSON.stringify({ ...params, query: `${params.query}\n# ${sequence++}` }) };
      },
      onResponse: (status: number, body: string) => {
        if (status === 200 && !body.startsWith('{"data"')) graphqlErrors++;
      },
    })),
  });
} finally {
  await server.stop();
}

const cpu = os.cpus();
console.log(
  `machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
);
console.log(
  `target: wrangler dev on ${server.url}/graphql, ${connections} connections, ${duration} s, ${examples.length} example queries round-robin${uncached ? ', every request unique (response cache bypassed)' : ''}`,
);
console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
console.log(`client addresses: ${addresses}`);
console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}, GraphQL errors: ${graphqlErrors}`);
const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}: ${count}`);
console.log(`statuses: ${statuses.join(', ')}`);
if (singleAddress) {
  // One address must be limited: some 429s, and nothing else that is not a 2xx.
  const limited = result.statusCodeStats?.['429']?.count ?? 0;
  process.exit(result.errors || result.timeouts || graphqlErrors || limited === 0 || result.non2xx !== limited ? 1 : 0);
}
process.exit(result.errors || result.timeouts || result.non2xx || graphqlErrors ? 1 : 0);
