/**
 * Round trips to D1, made visible: every request of the bench mix (on the seed data) and every
 * funding-graph query (tests/fixtures/graph-queries.ts, on ~1,000 and ~100,000 entities) sent to
 * the Worker with its D1 binding wrapped by the round-trip counter (bench/servers/d1-round-trips.ts,
 * tests/fixtures/d1-round-trips.ts), each database call waiting a simulated network round trip of
 * 0, 5 or 20 ms. Reports the statements each request sends, its sequential round trips, and its
 * median latency at each simulated round trip. Run by bench/d1.ts on the databases it seeded.
 */
import { resolve } from 'node:path';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { type GraphQuery, graphQueries } from '../tests/fixtures/graph-queries';
import { mix } from './mix';

/** Simulated round trips per database call, in ms. */
export const RTTS = [0, 5, 20] as const;
/** Most sequential round trips a request may make (docs/d1.md). */
export const ROUND_TRIP_BUDGET = 3;
const SAMPLES = process.argv.includes('--quick') ? 3 : 9;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** What one request costs: the statements and round trips it made (the most seen over its samples), its median ms per RTT. */
interface Measured {
  statements: number;
  roundTrips: number;
  readonly ms: number[][];
}

let counter = 0;
/** Sends `q` with a new, undeclared variable (the response cache misses) and the simulated `rtt`; its stats and ms. */
async function send(server: DevServer, q: Pick<GraphQuery, 'query' | 'variables'>, rtt: number, repeat = false) {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-simulated-rtt-ms': String(rtt) },
    body: JSON.stringify({ query: q.query, variables: repeat ? q.variables : { ...q.variables, n: ++counter } }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${q.query.slice(0, 60)}: ${res.status} ${text.slice(0, 300)}`);
  return { ms, statements: Number(res.headers.get('x-d1-statements')), roundTrips: Number(res.headers.get('x-d1-round-trips')) };
}

/** Measures each of `targets` (a request and the server it goes to), samples interleaved so drift hits them alike. */
async function measure(targets: readonly { server: DevServer; q: Pick<GraphQuery, 'query' | 'variables'> }[]): Promise<Measured[]> {
  const out: Measured[] = targets.map(() => ({ statements: 0, roundTrips: 0, ms: RTTS.map(() => [] as number[]) }));
  for (const t of targets) await send(t.server, t.q, 0); // warm-up
  for (const [r, rtt] of RTTS.entries()) {
    for (let i = 0; i < SAMPLES; i++) {
      for (const [j, t] of targets.entries()) {
        const sample = await send(t.server, t.q, rtt);
        out[j]!.statements = Math.max(out[j]!.statements, sample.statements);
        out[j]!.roundTrips = Math.max(out[j]!.roundTrips, sample.roundTrips);
        out[j]!.ms[r]!.push(sample.ms);
      }
    }
  }
  return out;
}

const cells = (m: Measured) => `${m.statements} | ${m.roundTrips} | ${m.ms.map((xs) => fmt(median(xs))).join(' | ')}`;
const within = (m: Measured) => m.roundTrips <= ROUND_TRIP_BUDGET;

/** The databases bench/d1.ts seeded: the article files, and the synthetic datasets with their entity counts. */
export interface RoundTripStates {
  readonly seed: string;
  readonly small: { readonly dir: string; readonly entities: number };
  readonly large: { readonly dir: string; readonly entities: number };
}

/** Measures round trips on the three databases (ports from `port`, inspectors from `inspectorPort`); the markdown section. */
export async function runRoundTrips(states: RoundTripStates, port: number, inspectorPort: number): Promise<string> {
  const servers: DevServer[] = [];
  const start = async (i: number, dir: string) => {
    const server = await startWranglerDev(
      port + i,
      inspectorPort + i,
      180_000,
      // The dataset version is read once per D1_VERSION_TTL_SECONDS: the rows show the requests in between.
      ['--env', 'd1', '--persist-to', dir, '--var', 'D1_VERSION_TTL_SECONDS:3600'],
      ['npx', 'wrangler', 'dev', resolve('bench/servers/d1-round-trips.ts')],
    );
    servers.push(server);
    return server;
  };
  try {
    const seed = await start(0, states.seed);
    const small = await start(1, states.small.dir);
    const large = await start(2, states.large.dir);

    const hitQuery = { query: mix[0]!.query, variables: mix[0]!.variables ?? {} };
    await send(seed, hitQuery, 0, true);
    const hit = await send(seed, hitQuery, 20, true);
    const mixed = await measure(mix.map((item) => ({ server: seed, q: { query: item.query, variables: item.variables ?? {} } })));
    const queries = graphQueries({ company: 'c-7', continent: 'r-0' });
    const graph = await measure(queries.flatMap((q) => [small, large].map((server) => ({ server, q }))));

    const mixRows = mix.map((item, i) => `| ${item.name} | ${cells(mixed[i]!)} |`);
    const graphRows = queries.flatMap((q, i) => {
      const [s, l] = [graph[2 * i]!, graph[2 * i + 1]!];
      const ratios = s.ms.map((xs, r) => median(l.ms[r]!) / median(xs));
      const verdict = ratios.every((x) => x <= 2) && within(s) && within(l) ? 'within both' : '**over**';
      return [
        `| ${q.name} | ${fmt(states.small.entities, 0)} | ${cells(s)} | |`,
        `| | ${fmt(states.large.entities, 0)} | ${cells(l)} | ${ratios.map((x) => `${fmt(x, 2)}×`).join(', ')}: ${verdict} |`,
      ];
    });
    const all = [...mixed, ...graph];
    const overBudget = all.filter((m) => !within(m)).length;
    const overRatio = queries.filter((_, i) => graph[2 * i]!.ms.some((xs, r) => median(graph[2 * i + 1]!.ms[r]!) / median(xs) > 2)).length;
    return `### Round trips to D1

bench/d1-round-trips.ts: the same Workers with their D1 binding wrapped by the round-trip counter
(bench/servers/d1-round-trips.ts, tests/fixtures/d1-round-trips.ts; tests and benchmarks only), every call to the
database (a statement, or a batch of them) waiting a simulated network round trip of ${RTTS.join(', ')} ms before it runs.
*Statements* counts every SQL statement a request sends; *round trips* counts its sequential round trips: the
periods during which at least one of its calls is in flight (calls in flight together are one round trip, calls
awaited one after another one each), so a request spends at least round trips × RTT waiting on its database.
Each request with new variables (the response cache misses), after a warm-up, ${SAMPLES} samples per RTT,
interleaved; median ms over HTTP through \`wrangler dev\` (ports ${port}-${port + 2}). The dataset version is read once
per \`D1_VERSION_TTL_SECONDS\` per isolate (one more round trip then, once a minute by default), not shown here.
Budget (docs/d1.md): at most ${ROUND_TRIP_BUDGET} sequential round trips per request; on ~100,000 entities within 2× of ~1,000.

A response the isolate has cached: ${hit.statements} statements, ${hit.roundTrips} round trips (${fmt(hit.ms)} ms at a simulated 20 ms RTT).

The bench mix on the seed data (\`npm run db:seed\`):

| request | statements | round trips | ms, 0 ms RTT | ms, 5 ms RTT | ms, 20 ms RTT |
|---|---:|---:|---:|---:|---:|
${mixRows.join('\n')}

The funding-graph queries on the synthetic datasets (company c-7, continent r-0):

| query | entities | statements | round trips | ms, 0 ms RTT | ms, 5 ms RTT | ms, 20 ms RTT | large ÷ small at 0, 5, 20 ms |
|---|---:|---:|---:|---:|---:|---:|---|
${graphRows.join('\n')}

${overBudget === 0 ? `Every request within ${ROUND_TRIP_BUDGET} sequential round trips: met.` : `**${overBudget} requests over ${ROUND_TRIP_BUDGET} sequential round trips: not met.**`} ${overRatio === 0 ? 'Every graph query on ~100,000 entities within 2× of ~1,000 at every RTT: met.' : `**${overRatio} graph queries over 2× at some RTT: not met.**`}
`;
  } finally {
    for (const s of servers) await s.stop();
  }
}
