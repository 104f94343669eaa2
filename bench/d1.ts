/**
 * The D1 store at two dataset sizes and against the embedded store, through the Worker over HTTP
 * (`wrangler dev`, local D1). The synthetic ~1,000 and ~100,000-entity datasets of bench/scale.ts
 * are seeded into local databases of their own; the scale table's operations are sent as GraphQL
 * requests, each with new variables so the response cache misses and the store answers. Also the
 * seed data on both stores side by side: the bench mix, startup CPU and the first request.
 * Run by bench/run.ts; `npx tsx bench/d1.ts` prints the section alone.
 * Ports: D1_BENCH_PORT (default 8820) and D1_BENCH_INSPECTOR_PORT (default 9320), seven of each from there.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleRows, seed } from '../scripts/d1';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { d1Rows } from '../src/data/d1/rows';
import { buildDataset } from '../src/data/sources/dataset';
import { graphQueries } from '../tests/fixtures/graph-queries';
import { companyName, syntheticDataset } from '../tests/fixtures/synthetic';
import { runRoundTrips } from './d1-round-trips';
import { mix } from './mix';

const OUT = resolve('bench/.out/d1');
const SMALL = { companies: 100, regions: 10 };
const LARGE = { companies: 10_000, regions: 1_000 };
const ROUNDS = process.argv.includes('--quick') ? 2 : 5;
const PER_ROUND = 8;
const PORT = Number(process.env.D1_BENCH_PORT ?? 8820);
const INSPECTOR_PORT = Number(process.env.D1_BENCH_INSPECTOR_PORT ?? 9320);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const log = (message: string) => console.log(`[bench d1] ${message}`);

let counter = 0;
/** POSTs a query with a new, undeclared variable `n` (the response cache misses; parsed documents are reused; GraphQL ignores it); its data, and ms taken. */
async function timed(server: DevServer, query: string, variables: Record<string, unknown> = {}) {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables: { ...variables, n: ++counter } }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  const ms = performance.now() - t0;
  if (res.status !== 200 || body.errors) throw new Error(`${query.slice(0, 60)}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { data: body.data, ms };
}

interface Operation {
  readonly name: string;
  /** One operation; resolves to the ms it took (several requests for the walk). */
  run(server: DevServer): Promise<number>;
}

function operations(companies: number): Operation[] {
  const walkStart = btoa(`cursor:v1:${Math.floor(companies * 0.9) - 1}`);
  return [
    {
      name: 'companies(first: 20, filter: {region: <continent>})',
      run: async (s) => (await timed(s, '{ companies(first: 20, filter: { region: "r-0" }) { totalCount nodes { slug name } } }')).ms,
    },
    {
      name: 'search(query: "<name of company 7>", first: 10)',
      run: async (s) =>
        (await timed(s, 'query ($q: String!) { search(query: $q, first: 10) { totalCount nodes { __typename } } }', { q: companyName(7) }))
          .ms,
    },
    {
      name: 'node(id:) of a company',
      run: async (s) =>
        (
          await timed(s, 'query ($id: ID!) { node(id: $id) { id ... on Company { name } } }', {
            id: btoa(`Company:c-${7 + (counter % 3)}`),
          })
        ).ms,
    },
    {
      name: 'deep cursor walk: 5 pages of 20 from 90% into companies',
      run: async (s) => {
        let after = walkStart;
        let ms = 0;
        for (let page = 0; page < 5; page++) {
          const r = await timed(
            s,
            'query ($after: String) { companies(first: 20, after: $after) { nodes { slug } pageInfo { endCursor } } }',
            { after },
          );
          after = r.data.companies.pageInfo.endCursor;
          ms += r.ms;
        }
        return ms;
      },
    },
    {
      name: 'search(query: "labs", first: 10) (informative: matches grow with the data)',
      run: async (s) => (await timed(s, '{ search(query: "labs", first: 10) { totalCount nodes { __typename } } }')).ms,
    },
    // The funding graph: derived lists, summaries over many rounds, rounds in amount order.
    ...graphQueries({ company: 'c-7', continent: 'r-0' }).map(
      (q): Operation => ({ name: q.name, run: async (s) => (await timed(s, q.query, q.variables)).ms }),
    ),
  ];
}

/** Median ms of each operation on each server: interleaved rounds, PER_ROUND calls each. */
async function measure(servers: readonly DevServer[], ops: readonly Operation[]): Promise<number[][]> {
  const samples = ops.map(() => servers.map(() => [] as number[]));
  for (const op of ops) for (const s of servers) await op.run(s); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, op] of ops.entries()) {
      for (const [j, s] of servers.entries()) for (let k = 0; k < PER_ROUND; k++) samples[i]![j]!.push(await op.run(s));
    }
  }
  return samples.map((perServer) => perServer.map(median));
}

/** Builds the Worker for an environment as `wrangler deploy` would, for `wrangler check startup`; the bundle's path. */
function buildFor(envName: string): string {
  const dir = resolve(OUT, `build-${envName || 'default'}`);
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--env', envName, '--outdir', dir, '--outfile', `${dir}.bundle`], {
    stdio: 'pipe',
  });
  return `${dir}.bundle`;
}

const STARTUP_SAMPLES = 5;
/** `wrangler check startup` active CPU ms of each bundle, samples interleaved so drift hits both alike. */
function startups(bundles: readonly string[]): { ms: number; samples: number[] }[] {
  const samples = bundles.map(() => [] as number[]);
  for (let i = 0; i < STARTUP_SAMPLES; i++) {
    bundles.forEach((bundle, j) => {
      const out = execFileSync(
        'npx',
        ['wrangler', 'check', 'startup', '--worker', bundle, '--outfile', resolve(OUT, 'startup.cpuprofile')],
        { encoding: 'utf8', stdio: 'pipe' },
      );
      samples[j]!.push(Number(/Active:\s*([\d.]+)\s*ms/.exec(out)?.[1] ?? Number.NaN));
    });
  }
  return samples.map((xs) => ({ ms: median(xs), samples: xs }));
}

/** Runs every D1 measurement and returns BENCHMARKS.md's D1 section. */
export async function runD1(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const persist = (name: string) => ['--local', '--persist-to', resolve(OUT, name)];

  const sizes = [SMALL, LARGE].map((size) => {
    const t0 = performance.now();
    const dataset = syntheticDataset(size.companies, size.regions);
    const tables = d1Rows(buildDataset(dataset.articles, dataset.reference), `synthetic-${size.companies}`);
    seed(tables, persist(`state-${size.companies}`));
    const entities =
      dataset.counts.companies + dataset.counts.rounds + dataset.counts.investments + dataset.counts.regions + dataset.counts.models;
    log(`seeded ${entities} entities (${tables.reduce((n, t) => n + t.rows.length, 0)} rows) in ${fmt((performance.now() - t0) / 1000)} s`);
    return { size, entities, rows: tables.reduce((n, t) => n + t.rows.length, 0), seedS: (performance.now() - t0) / 1000 };
  });
  seed(articleRows(), persist('state-seed'));

  const servers: DevServer[] = [];
  let section = '';
  try {
    const start = async (i: number, args: string[]) => {
      const server = await startWranglerDev(PORT + i, INSPECTOR_PORT + i, 180_000, args);
      servers.push(server);
      return server;
    };
    const small = await start(0, ['--env', 'd1', '--persist-to', resolve(OUT, `state-${SMALL.companies}`)]);
    const large = await start(1, ['--env', 'd1', '--persist-to', resolve(OUT, `state-${LARGE.companies}`)]);
    const embedded = await start(2, []);
    const d1Seed = await start(3, ['--env', 'd1', '--persist-to', resolve(OUT, 'state-seed')]);

    // The first request that reads data, on each store's fresh isolate (the embedded store builds its indexes then).
    const first = await Promise.all([embedded, d1Seed].map(async (s) => (await timed(s, '{ companies(first: 1) { totalCount } }')).ms));

    log(`scale: ${ROUNDS} interleaved rounds of ${PER_ROUND} calls per operation`);
    const ops = operations(SMALL.companies);
    const opsLarge = operations(LARGE.companies);
    // The walk starts 90% into each dataset: one operation object per size, measured side by side.
    const scale = ops.map((op, i) => ({ name: op.name, small: op, large: opsLarge[i]! }));
    const scaleMs: number[][] = [];
    for (const row of scale) {
      const [[s], [l]] = [await measure([small], [row.small]), await measure([large], [row.large])];
      scaleMs.push([s![0]!, l![0]!]);
    }

    log('seed data: the bench mix on the embedded store and on D1');
    const mixOps: Operation[] = mix.map((item) => ({
      name: item.name,
      run: async (s) => (await timed(s, item.query, item.variables ?? {})).ms,
    }));
    const mixMs = await measure([embedded, d1Seed], mixOps);

    log('startup: wrangler check startup of both builds');
    const [startEmbedded, startD1] = startups([buildFor(''), buildFor('d1')]) as [
      ReturnType<typeof startups>[number],
      ReturnType<typeof startups>[number],
    ];

    const scaleRows = scale.map((row, i) => {
      const [s, l] = scaleMs[i]!;
      const informative = row.name.includes('informative');
      return `| ${row.name} | ${fmt(s!, 2)} | ${fmt(l!, 2)} | ${fmt(l! / s!, 2)}×${informative ? ' (no target)' : l! / s! <= 2 ? ' within 2×' : ' **over 2×**'} |`;
    });
    const mixRows = mix.map((item, i) => {
      const [e, d] = mixMs[i]!;
      return `| ${item.name} | ${fmt(e!, 2)} | ${fmt(d!, 2)} | ${fmt(d! / e!, 2)}× |`;
    });
    const ratio = startD1.ms / startEmbedded.ms;
    section = `## D1: the same API on a database

bench/d1.ts: each Worker served by \`wrangler dev\` (local D1 in workerd's SQLite; ports ${PORT}-${PORT + 3}), each request a
GraphQL POST over HTTP with new variables (the response cache misses, parsed documents are reused), sent one at a time;
${ROUNDS} interleaved rounds of ${PER_ROUND} requests per operation after a warm-up, median ms per operation (the walk: its five
requests together). Client and server share the machine, so these are latencies of the whole local stack, not of D1 alone:
the fixed cost of a request through \`wrangler dev\` (the embedded column below) is most of each figure.

### Scale: ~1,000 vs ~100,000 entities on D1

The synthetic datasets of the scale table above (${sizes.map((s) => `${fmt(s.entities, 0)} entities, ${fmt(s.rows, 0)} rows, seeded in ${fmt(s.seedS, 0)} s`).join('; ')}),
each in a local database of its own. Target: large ≤ 2× small.

| operation | ${fmt(SMALL.companies, 0)} companies ms | ${fmt(LARGE.companies, 0)} companies ms | large ÷ small |
|---|---:|---:|---:|
${scaleRows.join('\n')}

### Seed data: embedded and D1 side by side

The bench mix (${mix.length} requests) on the embedded store (\`wrangler dev\`) and on D1 (\`wrangler dev --env d1\`, seeded by \`npm run db:seed\`), same run:

| request | embedded ms | D1 ms | D1 ÷ embedded |
|---|---:|---:|---:|
${mixRows.join('\n')}

Startup (\`wrangler check startup\` of \`wrangler deploy --dry-run\` for each environment, median of ${STARTUP_SAMPLES} interleaved samples): embedded ${fmt(startEmbedded.ms)} ms
(${startEmbedded.samples.map((x) => fmt(x)).join(', ')}), D1 ${fmt(startD1.ms)} ms (${startD1.samples.map((x) => fmt(x)).join(', ')}): D1 ÷ embedded ${fmt(ratio, 2)}×,
${ratio <= 1.2 ? 'within' : '**over**'} the 1.2× target. The embedded build compiles the articles and builds its store's indexes at startup; the D1 build
does neither and reads nothing until a request comes. The first request that reads data took ${fmt(first[0]!)} ms on a fresh embedded Worker and ${fmt(first[1]!)} ms on a
fresh D1 Worker (one sample each).

What a local run cannot show: in production each call from the Worker to D1 is a network round trip to the database's
primary or, with the Sessions API the store reads through, a read replica, typically milliseconds rather than the fraction
of a millisecond here. The D1 store sends every read of a query level in one batch and reads a selected link's far end with
the entities it starts from, so a request costs one round trip per level it needs, at most three; the isolate reads the
dataset version once per \`D1_VERSION_TTL_SECONDS\`, so a response it has cached costs none. The round-trip table below
counts them and simulates the network's delay.
`;
  } finally {
    for (const s of servers) await s.stop();
  }
  log('round trips: the mix and the graph queries with simulated round trips of 0, 5 and 20 ms');
  const [small, large] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];
  const roundTrips = await runRoundTrips(
    {
      seed: resolve(OUT, 'state-seed'),
      small: { dir: resolve(OUT, `state-${SMALL.companies}`), entities: small.entities },
      large: { dir: resolve(OUT, `state-${LARGE.companies}`), entities: large.entities },
    },
    PORT + 4,
    INSPECTOR_PORT + 4,
  );
  return `${section}\n${roundTrips}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runD1().then(
    (markdown) => console.log(markdown),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
