/**
 * `npm run bench`: the project against a static floor and two peer servers, side by side in one
 * run, in-process and over HTTP (workerd serving the built bundles), plus startup CPU and the
 * data layer's scale table, and the D1 store's rows (bench/d1.ts). Writes BENCHMARKS.md. Needs nothing but this checkout and npm ci.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, type as osType, release, totalmem } from 'node:os';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { pairedColdDifference, runCold } from './cold';
import { runD1 } from './d1';
import { bodyOf, mix, type Novelty, searchOf } from './mix';
import { runPhases } from './phases';
import { runScale } from './scale';

const OUT = 'bench/.out';
const QUICK = process.argv.includes('--quick');
// Many short interleaved rounds rather than a few long ones: this machine's speed drifts, and
// ratios are taken round by round between rows measured moments apart.
const ROUNDS_IN_PROCESS = QUICK ? 2 : 7;
const WINDOW_MS = QUICK ? 150 : 250;
const ROUNDS_HTTP = QUICK ? 1 : 5;
const HTTP_SECONDS = QUICK ? 2 : 2;
const CONNECTIONS = 10;
// Another bench may run on the same machine: BENCH_PORT_BASE moves all seven ports together.
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 8811);
const PORTS = {
  project: PORT_BASE,
  floor: PORT_BASE + 1,
  'hono-graphql': PORT_BASE + 2,
  apollo: PORT_BASE + 3,
  'floor-middleware': PORT_BASE + 4,
  'floor-read': PORT_BASE + 5,
  'bare-yoga': PORT_BASE + 6,
} as const;
type Server = keyof typeof PORTS;
/**
 * Built for `wrangler check startup` and the cold request only: the hello-world reference Worker,
 * this project's schema with and without its build, and the peer with graphql-yoga bundled.
 */
type Bundle = Server | 'hello' | 'types-only' | 'schema-only' | 'stack-floor';
/** Startup samples per bundle (median reported): more for the two the budget compares. */
const STARTUP_SAMPLES: Partial<Record<Bundle, number>> = {
  project: 7,
  hello: 7,
  'types-only': 3,
  'schema-only': 3,
  floor: 1,
  'hono-graphql': 1,
  apollo: 1,
  'bare-yoga': 1,
  'stack-floor': 1,
};

/** The cold table's row for the peer with graphql-yoga bundled: the floor this project's stack sets. */
const STACK_FLOOR = "@hono/graphql-server with graphql-yoga bundled (reference: the stack's floor)";
/** Fresh processes per cold-request target: each sample is one, and its first-use costs swing by tens of ms. */
const COLD_ROUNDS = QUICK ? 3 : 31;

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const env = {};
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
type FetchHandler = { fetch: (req: Request, env: unknown, ctx: unknown) => Promise<Response> | Response };

/** A load the servers are measured under: which server, which path, which bodies. */
interface Target {
  readonly label: string;
  readonly server: Server;
  /** The mix repeated, new documents (every cache misses) or new variables (documents reused). */
  readonly novelty: Novelty;
  /** Sent as GET with the query in the URL, the way browsers and CDNs can cache it (repeats only). */
  readonly get?: boolean;
}
const targets: readonly Target[] = [
  { label: 'floor: Hono route returning the pre-serialized result', server: 'floor', novelty: 'repeat' },
  { label: 'floor reading the request: the same, looked up by the body it receives', server: 'floor-read', novelty: 'repeat' },
  { label: "floor + this API's request-id and CORS middleware", server: 'floor-middleware', novelty: 'repeat' },
  { label: 'this project, hot (repeat queries)', server: 'project', novelty: 'repeat' },
  {
    label: 'floor reading the request, GET: the same, looked up by the URL it receives',
    server: 'floor-read',
    novelty: 'repeat',
    get: true,
  },
  { label: 'this project, hot, GET (repeat queries in cacheable GET URLs)', server: 'project', novelty: 'repeat', get: true },
  { label: 'this project, cold (unique queries: a new comment each)', server: 'project', novelty: 'document' },
  { label: 'this project, structurally new documents (a fresh alias each)', server: 'project', novelty: 'structure' },
  { label: 'this project, new variables (response cache misses, parsed documents reused)', server: 'project', novelty: 'variables' },
  { label: 'reference: graphql-yoga as createYoga({ schema }) makes it, unique queries', server: 'bare-yoga', novelty: 'document' },
  { label: '@hono/graphql-server, repeat queries', server: 'hono-graphql', novelty: 'repeat' },
  { label: '@hono/graphql-server, unique queries (a new comment each)', server: 'hono-graphql', novelty: 'document' },
  { label: '@hono/graphql-server, structurally new documents (a fresh alias each)', server: 'hono-graphql', novelty: 'structure' },
  { label: 'Apollo Server 4 (Workers integration), repeat queries', server: 'apollo', novelty: 'repeat' },
  { label: 'Apollo Server 4 (Workers integration), unique queries (a new comment each)', server: 'apollo', novelty: 'document' },
  {
    label: 'Apollo Server 4 (Workers integration), structurally new documents (a fresh alias each)',
    server: 'apollo',
    novelty: 'structure',
  },
];
/** The static floors are told which answer to give by `?i=`; every other server reads the request. */
const pathOf = (server: Server, i: number) => (server === 'floor' || server === 'floor-middleware' ? `/graphql?i=${i}` : '/graphql');

/** The GET URL path of mix item `i`: its query and variables in the URL, the same for every server. */
const getPathOf = (i: number) => `/graphql?${searchOf(mix[i]!)}`;

/** Builds a server as `wrangler deploy` would: the module for workerd and the upload bundle for `check startup`. */
function wranglerBuild(server: Bundle): string {
  let config = 'wrangler.toml';
  if (server !== 'project') {
    config = `${OUT}/wrangler.${server}.toml`;
    writeFileSync(
      config,
      [
        `name = "bench-${server}"`,
        `main = ${JSON.stringify(resolve(`bench/servers/${server}.ts`))}`,
        `compatibility_date = "${compatibilityDate}"`,
        // Apollo Server 4 imports Node built-ins (os, zlib, crypto).
        server === 'apollo' ? 'compatibility_flags = ["nodejs_compat"]' : '',
        // Built as wrangler.toml builds this project, so build flags do not decide the comparison.
        'minify = true',
        'keep_names = false',
      ].join('\n'),
    );
  }
  execFileSync(
    'npx',
    [
      'wrangler',
      'deploy',
      '--dry-run',
      '--config',
      config,
      '--outdir',
      resolve(`${OUT}/${server}`),
      '--outfile',
      resolve(`${OUT}/${server}.bundle`),
    ],
    {
      stdio: 'pipe',
    },
  );
  return `${OUT}/${server}/${server === 'project' ? 'index' : server}.js`;
}

async function buildBundles(): Promise<Record<Server, string>> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const project = wranglerBuild('project');
  const handler = (await import(pathToFileURL(resolve(project)).href)).default as FetchHandler;
  const results: string[] = [];
  for (const item of mix) {
    const res = await handler.fetch(
      new Request('http://bench/graphql', { method: 'POST', headers: HEADERS, body: bodyOf(item) }),
      env,
      ctx,
    );
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`mix item "${item.name}" fails: ${res.status} ${text}`);
    results.push(text);
  }
  writeFileSync(`${OUT}/results.json`, JSON.stringify(results));
  for (const reference of ['hello', 'types-only', 'schema-only', 'stack-floor'] as const) wranglerBuild(reference);
  return {
    project,
    floor: wranglerBuild('floor'),
    'floor-middleware': wranglerBuild('floor-middleware'),
    'floor-read': wranglerBuild('floor-read'),
    'hono-graphql': wranglerBuild('hono-graphql'),
    apollo: wranglerBuild('apollo'),
    'bare-yoga': wranglerBuild('bare-yoga'),
  };
}

/** Every server must give the same data for the whole mix, or the comparison means nothing. */
async function checkAnswers(handlers: Record<Server, FetchHandler>, results: string[]) {
  for (const server of Object.keys(handlers) as Server[]) {
    for (const [i, item] of mix.entries()) {
      // The floors only know the mix itself.
      for (const novelty of server.startsWith('floor')
        ? (['repeat'] as const)
        : (['repeat', 'document', 'structure', 'variables'] as const)) {
        const req = new Request(`http://bench${pathOf(server, i)}`, { method: 'POST', headers: HEADERS, body: bodyOf(item, 1, novelty) });
        const got = JSON.parse(await (await handlers[server].fetch(req, env, ctx)).text());
        // The structural row's alias answers the root type's name beside the mix item's own data.
        if (novelty === 'structure' && got.data?.u1 === 'Query') delete got.data.u1;
        if (JSON.stringify(got.data) !== JSON.stringify(JSON.parse(results[i]!).data)) {
          throw new Error(`${server} answers "${item.name}" differently: ${JSON.stringify(got).slice(0, 300)}`);
        }
      }
    }
  }
  for (const t of targets.filter((t) => t.get)) {
    for (const [i, item] of mix.entries()) {
      const res = await handlers[t.server].fetch(
        new Request(`http://bench${getPathOf(i)}`, { headers: { accept: HEADERS.accept } }),
        env,
        ctx,
      );
      if (JSON.stringify(JSON.parse(await res.text()).data) !== JSON.stringify(JSON.parse(results[i]!).data)) {
        throw new Error(`${t.server} answers "${item.name}" differently as GET`);
      }
    }
  }
}

let counter = 0;
/** µs per request for `target`, calling its Worker's fetch in a loop for WINDOW_MS. */
async function measureInProcess(handler: FetchHandler, target: Target): Promise<number> {
  const bodies = mix.map((item) => bodyOf(item));
  const urls = mix.map((_, i) => `http://bench${target.get ? getPathOf(i) : pathOf(target.server, i)}`);
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < WINDOW_MS) {
    for (let k = 0; k < 50; k++, n++) {
      const i = n % mix.length;
      if (target.get) {
        await (await handler.fetch(new Request(urls[i]!, { headers: { accept: HEADERS.accept } }), env, ctx)).arrayBuffer();
        continue;
      }
      const body = target.novelty === 'repeat' ? bodies[i]! : bodyOf(mix[i]!, ++counter, target.novelty);
      // As over HTTP, the body comes with its Content-Length.
      const headers = { ...HEADERS, 'content-length': String(Buffer.byteLength(body)) };
      const res = await handler.fetch(new Request(urls[i]!, { method: 'POST', headers, body }), env, ctx);
      await res.arrayBuffer();
    }
    elapsed = performance.now() - t0;
  }
  return (elapsed * 1000) / n;
}

/** requests/s and median latency for `target` over HTTP with autocannon. */
async function measureHttp(target: Target, seconds: number) {
  const port = PORTS[target.server];
  const requests = mix.map((item, i) =>
    target.get
      ? { method: 'GET' as const, path: getPathOf(i), headers: { accept: HEADERS.accept } }
      : {
          method: 'POST' as const,
          path: pathOf(target.server, i),
          headers: HEADERS,
          body: bodyOf(item),
          ...(target.novelty === 'repeat'
            ? {}
            : { setupRequest: (req: autocannon.Request) => ({ ...req, body: bodyOf(item, ++counter, target.novelty) }) }),
        },
  );
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: seconds, requests });
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${target.label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50 };
}

function workerdBinary() {
  for (const p of [
    'node_modules/wrangler/node_modules/@cloudflare/workerd-linux-64/bin/workerd',
    'node_modules/@cloudflare/workerd-linux-64/bin/workerd',
  ]) {
    if (existsSync(p)) return p;
  }
  throw new Error('workerd binary not found under node_modules');
}

const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync('wrangler.toml', 'utf8'))![1]!;

/** Serves every bundle with workerd directly: wrangler dev's proxy would cap them all alike. */
async function startWorkerd(bundles: Record<Server, string>) {
  const services = (Object.keys(PORTS) as Server[]).map(
    (s) =>
      `(name = "${s}", worker = (modules = [(name = "index.js", esModule = embed "${relative(OUT, bundles[s])}")], compatibilityDate = "${compatibilityDate}"${
        s === 'apollo' ? ', compatibilityFlags = ["nodejs_compat"]' : ''
      }))`,
  );
  const sockets = (Object.keys(PORTS) as Server[]).map(
    (s) => `(name = "${s}", address = "127.0.0.1:${PORTS[s]}", http = (), service = "${s}")`,
  );
  writeFileSync(
    `${OUT}/workerd.capnp`,
    `using Workerd = import "/workerd/workerd.capnp";\nconst config :Workerd.Config = (\n  services = [\n    ${services.join(',\n    ')}\n  ],\n  sockets = [\n    ${sockets.join(',\n    ')}\n  ],\n);\n`,
  );
  const child = spawn(workerdBinary(), ['serve', `${OUT}/workerd.capnp`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  for (let attempt = 0; ; attempt++) {
    try {
      await Promise.all(
        (Object.keys(PORTS) as Server[]).map(async (s) => {
          const res = await fetch(`http://127.0.0.1:${PORTS[s]}${pathOf(s, 0)}`, {
            method: 'POST',
            headers: HEADERS,
            body: bodyOf(mix[0]!),
          });
          if (res.status !== 200) throw new Error(`${s}: HTTP ${res.status}`);
          await res.text();
        }),
      );
      return child;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null) {
        child.kill();
        throw new Error(`workerd did not come up: ${error}\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** `wrangler check startup` of a bundle: its gzip size and startup CPU as wrangler prints them. */
function startupOf(bundle: Bundle, samples: number) {
  const active: number[] = [];
  let gzipKiB = Number.NaN;
  for (let i = 0; i < samples; i++) {
    const output = execFileSync(
      'npx',
      ['wrangler', 'check', 'startup', '--worker', `${OUT}/${bundle}.bundle`, '--outfile', `${OUT}/startup.cpuprofile`],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    active.push(Number(/Active:\s*([\d.]+)\s*ms/.exec(output)?.[1] ?? Number.NaN));
    gzipKiB = Number(/gzip:\s*([\d.]+)\s*KiB/.exec(output)?.[1] ?? Number.NaN);
  }
  return { activeMs: median(active), samples: active, gzipKiB };
}

const versionOf = (pkg: string) => {
  for (const base of ['node_modules', 'node_modules/wrangler/node_modules']) {
    const file = `${base}/${pkg}/package.json`;
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version as string;
  }
  return '?';
};
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  log(`building bundles${QUICK ? ' (quick run)' : ''}`);
  const bundles = await buildBundles();
  const results = JSON.parse(readFileSync(`${OUT}/results.json`, 'utf8')) as string[];
  const handlers = {} as Record<Server, FetchHandler>;
  for (const s of Object.keys(PORTS) as Server[]) handlers[s] = (await import(pathToFileURL(resolve(bundles[s])).href)).default;
  await checkAnswers(handlers, results);
  log('all servers give the same data for the mix');

  log(`in-process: ${ROUNDS_IN_PROCESS} interleaved rounds of ${WINDOW_MS} ms per target`);
  const inProcess = new Map<Target, number[]>(targets.map((t) => [t, []]));
  for (const t of targets) await measureInProcess(handlers[t.server], t); // warm-up (JIT, caches)
  for (let round = 0; round < ROUNDS_IN_PROCESS; round++) {
    for (const t of targets) inProcess.get(t)!.push(await measureInProcess(handlers[t.server], t));
  }

  log(`HTTP: workerd serving the bundles, autocannon -c ${CONNECTIONS}, ${ROUNDS_HTTP} interleaved rounds of ${HTTP_SECONDS} s`);
  const http = new Map<Target, { rps: number; p50: number }[]>(targets.map((t) => [t, []]));
  const workerd = await startWorkerd(bundles);
  try {
    for (const t of targets) await measureHttp(t, 1); // warm-up
    for (let round = 0; round < ROUNDS_HTTP; round++) {
      for (const t of targets) {
        http.get(t)!.push(await measureHttp(t, HTTP_SECONDS));
        log(`  ${t.label}: ${fmt(http.get(t)!.at(-1)!.rps)} req/s`);
      }
    }
  } finally {
    workerd.kill();
  }

  log('per phase: a response-cache miss through yoga.fetch and through the direct path');
  const phases = await runPhases();

  log('startup CPU: wrangler check startup for each bundle');
  const startup = {} as Record<Bundle, ReturnType<typeof startupOf>>;
  const sampled = (Object.entries(STARTUP_SAMPLES) as [Bundle, number][])
    .filter(([b]) => !QUICK || b === 'project' || b === 'hello')
    .map(([b, n]) => [b, QUICK ? 1 : n] as const);
  // Round by round, so the machine's drift falls on every bundle alike.
  const startupSamples = new Map<Bundle, ReturnType<typeof startupOf>[]>(sampled.map(([b]) => [b, []]));
  for (let round = 0; round < Math.max(...sampled.map(([, n]) => n)); round++) {
    for (const [b, n] of sampled) if (round < n) startupSamples.get(b)!.push(startupOf(b, 1));
  }
  for (const [b, runs] of startupSamples) {
    const active = runs.flatMap((r) => r.samples);
    startup[b] = { activeMs: median(active), samples: active, gzipKiB: runs[0]!.gzipKiB };
  }
  rmSync(`${OUT}/startup.cpuprofile`, { force: true });

  log('cold request: startup plus the first response, each bundle in a fresh process');
  const first = bodyOf(mix[0]!);
  const coldRequests = runCold(
    [
      { label: 'this project', module: bundles.project, body: first },
      { label: '@hono/graphql-server', module: bundles['hono-graphql'], body: first },
      { label: 'Apollo Server 4', module: bundles.apollo, body: first },
      {
        label: 'hello-world Yoga + Pothos + Hono (reference)',
        module: `${OUT}/hello/hello.js`,
        body: JSON.stringify({ query: '{ hello }' }),
      },
      { label: STACK_FLOOR, module: `${OUT}/stack-floor/stack-floor.js`, body: first },
    ],
    COLD_ROUNDS,
  );

  log('scale: data layer on synthetic datasets');
  const scale = await runScale();
  log('D1: local databases through wrangler dev (bench/d1.ts)');
  const d1 = await runD1();

  const target = (label: string) => targets.find((t) => t.label.startsWith(label))!;
  /** Median over rounds of `a`'s time ÷ `b`'s time, each pair measured in the same round. */
  const timeRatio = (a: Target, b: Target) => median(inProcess.get(a)!.map((x, r) => x / inProcess.get(b)![r]!));
  /** Median over rounds of `b`'s req/s ÷ `a`'s req/s (how many times slower `a` is), paired by round. */
  const rpsRatio = (a: Target, b: Target) => median(http.get(a)!.map((x, r) => http.get(b)![r]!.rps / x.rps));
  const floor = targets[0]!;
  const rows = targets.map((t) => {
    const us = median(inProcess.get(t)!);
    const rps = median(http.get(t)!.map((r) => r.rps));
    const p50 = median(http.get(t)!.map((r) => r.p50));
    return `| ${t.label} | ${fmt(us, 1)} | ${fmt(1e6 / us)} | ${fmt(timeRatio(t, floor), 2)}× | ${fmt(rps)} | ${fmt(p50, 1)} | ${fmt(rpsRatio(t, floor), 2)}× |`;
  });
  const us = (label: string) => median(inProcess.get(target(label))!);
  const rpsOf = (label: string) => median(http.get(target(label))!.map((r) => r.rps));
  /** `a` against `b` in both measurements, as paired ratios: [in-process time ratio, HTTP slowdown]. */
  const vs = (a: string, b: string) => [timeRatio(target(a), target(b)), rpsRatio(target(a), target(b))] as const;
  const hot = 'this project, hot';
  const cold = 'this project, cold';
  const structural = 'this project, structurally new documents';
  const peersStructural = ['@hono/graphql-server, structurally new', 'Apollo Server 4 (Workers integration), structurally new'];
  const structuralVs = peersStructural.map((p) => vs(structural, p));
  const ratio = (x: number) => `${fmt(x, 2)}×`;
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const peersUnique = ['@hono/graphql-server, unique', 'Apollo Server 4 (Workers integration), unique'];
  const coldFaster = peersUnique.every((p) => us(cold) < us(p) && rpsOf(cold) > rpsOf(p));
  const bareYoga = 'reference: graphql-yoga';
  const newVariables = 'this project, new variables';
  const apolloRepeat = 'Apollo Server 4 (Workers integration), repeat';
  const variablesVsApollo = vs(newVariables, apolloRepeat);
  const hotFloor = vs(hot, 'floor:');
  const hotRead = vs(hot, 'floor reading the request:');
  const hotMiddleware = vs(hot, 'floor +');
  const hotGet = vs('this project, hot, GET', 'floor reading the request, GET');
  const within = ([a, b]: readonly [number, number]) => a <= 1.3 && b <= 1.3;
  const verdicts = [
    `- Budget (docs/performance.md) hot ≤ 1.3× the floor: in-process ${ratio(hotFloor[0])}, HTTP ${ratio(hotFloor[1])}: ${verdict(within(hotFloor))}. ` +
      `The floor never reads the request (it is told the answer by \`?i=\`). Against the floor that reads the request body to find its answer, ` +
      `as any server answering the same POST must: in-process ${ratio(hotRead[0])}, HTTP ${ratio(hotRead[1])}: ${verdict(within(hotRead))}. ` +
      `Against the floor with the request-id and CORS middleware every response here passes through: in-process ${ratio(hotMiddleware[0])}, ` +
      `HTTP ${ratio(hotMiddleware[1])}. The same repeats as GET requests (no body to read; the form browsers and CDNs cache) against ` +
      `the floor reading the same GET URLs: in-process ${ratio(hotGet[0])}, HTTP ${ratio(hotGet[1])}: ${verdict(within(hotGet))}.`,
    `- Budget (docs/performance.md) cold faster than both peers (unique queries): this project ${fmt(us(cold), 0)} µs / ${fmt(rpsOf(cold))} req/s; ` +
      peersUnique.map((p) => `${p.split(',')[0]} ${fmt(us(p), 0)} µs / ${fmt(rpsOf(p))} req/s`).join('; ') +
      `: ${verdict(coldFaster)}. The stack itself sets this: graphql-yoga with no plugins at all, on the same schema, answers the same ` +
      `unique queries in ${fmt(us(bareYoga), 0)} µs / ${fmt(rpsOf(bareYoga))} req/s (this project: ${ratio(vs(cold, bareYoga)[0])} its time in-process, ` +
      `${ratio(1 / vs(cold, bareYoga)[1])} its throughput over HTTP), against @hono/graphql-server's ${fmt(us(peersUnique[0]!), 0)} µs. ` +
      `With new variables but known documents (the response cache misses, Yoga's parse and ` +
      `validation caches hit): ${fmt(us('this project, new variables'), 0)} µs / ${fmt(rpsOf('this project, new variables'))} req/s, against the peers' ` +
      `repeat queries ${fmt(us('@hono/graphql-server, repeat'), 0)} µs / ${fmt(rpsOf('@hono/graphql-server, repeat'))} req/s and ` +
      `${fmt(us('Apollo Server 4 (Workers integration), repeat'), 0)} µs / ${fmt(rpsOf('Apollo Server 4 (Workers integration), repeat'))} req/s.`,
    `- Budget (docs/performance.md) known documents with new variables faster than Apollo Server 4's repeats: this project ${fmt(us(newVariables), 0)} µs / ` +
      `${fmt(rpsOf(newVariables))} req/s against ${fmt(us(apolloRepeat), 0)} µs / ${fmt(rpsOf(apolloRepeat))} req/s (paired: ${ratio(variablesVsApollo[0])} its time ` +
      `in-process, ${ratio(1 / variablesVsApollo[1])} its throughput over HTTP): ${verdict(variablesVsApollo[0] < 1 && variablesVsApollo[1] < 1)}.`,
    `- Budget (docs/performance.md) unique documents faster than both peers, paired: ` +
      peersUnique
        .map(
          (p) => `${p.split(',')[0]} ${ratio(vs(cold, p)[0])} its time in-process, ${ratio(1 / vs(cold, p)[1])} its throughput over HTTP`,
        )
        .join('; ') +
      `: ${verdict(peersUnique.every((p) => vs(cold, p)[0] < 1 && vs(cold, p)[1] < 1))}. Where the time goes: the per-phase table below.`,
    `- Budget (docs/performance.md) structurally new documents (a fresh alias per request, so no cache of any kind can hit) at least as fast ` +
      `as the best peer, paired: ` +
      peersStructural
        .map(
          (p, k) =>
            `${p.split(',')[0]} ${ratio(structuralVs[k]![0])} its time in-process, ${ratio(1 / structuralVs[k]![1])} its throughput over HTTP`,
        )
        .join('; ') +
      `: ${verdict(structuralVs.every(([t, h]) => t <= 1 && h <= 1))}.`,
    `- Budget (docs/performance.md) repeats no slower against the floor that reads the request: held by the hot ≤ 1.3× budget above ` +
      `(in-process ${ratio(hotRead[0])}, HTTP ${ratio(hotRead[1])}).`,
  ];
  const startupNames: Record<Bundle, string> = {
    project: 'this project (deployed bundle)',
    hello: 'hello-world Yoga + Pothos + Hono (reference)',
    floor: 'floor',
    'floor-read': 'floor reading the request',
    'floor-middleware': 'floor + middleware',
    'hono-graphql': '@hono/graphql-server, same schema and data',
    apollo: 'Apollo Server 4, same schema and data',
    'bare-yoga': 'createYoga({ schema }), same schema and data',
    'types-only': "this project's type files, no schema built",
    'schema-only': "this project's schema built (builder.toSchema()), no server",
    'stack-floor': '@hono/graphql-server with graphql-yoga bundled, same schema and data',
  };
  const startupRows = (Object.keys(startup) as Bundle[]).map(
    (b) =>
      `| ${startupNames[b]} | ${fmt(startup[b].gzipKiB, 1)} | ${fmt(startup[b].activeMs, 1)} | ${startup[b].samples.map((x) => fmt(x, 1)).join(', ')} |`,
  );
  const hello = startup.hello;
  const project = startup.project;
  const startupVerdict =
    (hello
      ? `Budget (docs/performance.md): this project's startup at most 1.5× the hello-world Worker's, measured in the same run: ` +
        `${fmt(project.activeMs, 1)} ms against ${fmt(hello.activeMs, 1)} ms, ${ratio(project.activeMs / hello.activeMs)}: ${verdict(project.activeMs <= 1.5 * hello.activeMs)}. `
      : '') +
    (startup['schema-only'] && startup['types-only']
      ? `The project's startup evaluates its code only: the schema and the embedded store are built by an isolate's first GraphQL ` +
        `request (the cold request below includes them). Built at startup instead, the Pothos schema (\`builder.toSchema()\`) would ` +
        `add about ${fmt(startup['schema-only'].activeMs - startup['types-only'].activeMs, 0)} ms (the schema built, no server: ` +
        `${fmt(startup['schema-only'].activeMs, 1)} ms; the same type files without the build: ${fmt(startup['types-only'].activeMs, 1)} ms).`
      : '');
  const coldRows = coldRequests.map(
    (c) =>
      `| ${c.label} | ${fmt(c.startupMs, 1)} | ${fmt(c.firstMs, 1)} | ${fmt(c.totalMs, 1)} | ${c.totals.map((x) => fmt(x, 1)).join(', ')} |`,
  );
  const aboveOrBelow = (ms: number) => (ms >= 0 ? `${fmt(ms, 1)} ms above` : `${fmt(-ms, 1)} ms below`);
  const coldResult = (label: string) => coldRequests.find((c) => c.label === label)!;
  const coldOf = (label: string) => coldResult(label).totalMs;
  const bestPeer = coldOf('@hono/graphql-server') <= coldOf('Apollo Server 4') ? '@hono/graphql-server' : 'Apollo Server 4';
  /** `a` minus `b`, median over paired rounds. */
  const coldAbove = (a: string, b: string) => pairedColdDifference(coldResult(a), coldResult(b));
  const coldVerdict =
    `Budget (docs/performance.md): a cold request (startup plus the first response) no slower than the best peer's: ` +
    `${fmt(coldOf('this project'), 1)} ms against ${fmt(coldOf(bestPeer), 1)} ms (${bestPeer}; paired by round, this project is ` +
    `${aboveOrBelow(coldAbove('this project', bestPeer))} it): ${verdict(coldOf('this project') <= coldOf(bestPeer))}. ` +
    `The floor the stack sets: the @hono/graphql-server peer with graphql-yoga in its bundle, created on first use as this project ` +
    `creates its own, answers cold in ${fmt(coldOf(STACK_FLOOR), 1)} ms, ${aboveOrBelow(coldAbove(STACK_FLOOR, '@hono/graphql-server'))} ` +
    `the peer (paired by round); this project is ${aboveOrBelow(coldAbove('this project', STACK_FLOOR))} that floor.`;
  const cpu = cpus();
  const versions = [
    'wrangler',
    '@cloudflare/workerd-linux-64',
    'graphql',
    'graphql-yoga',
    '@pothos/core',
    'hono',
    '@hono/graphql-server',
    '@apollo/server',
    '@as-integrations/cloudflare-workers',
    'autocannon',
    'esbuild',
  ]
    .map((p) => `${p} ${versionOf(p)}`)
    .join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(0);

  const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); every figure below comes from its latest run.
Reproduce: \`npm ci && npm run bench\` (about ${seconds} s here${QUICK ? ', **quick run: fewer, shorter rounds**' : ''}).

- Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, ${osType()} ${release()}; Node ${process.version}.
- Versions: ${versions}.
- Run: ${new Date().toISOString()}.

## Requests: the project against the floor and two peers

All servers answer the same mix of ${mix.length} POST requests (${mix.map((m) => m.name).join('; ')}) with the same
Pothos schema and the same data; the run first checks that every server returns identical \`data\` for each.
*Unique* requests prefix each document with a new comment (\`# n\`), so every cache keyed on the text (this project's response
cache, Yoga's and Apollo's document caches) misses and each request is parsed, validated and executed; a cache that
normalised documents (dropping comments) could still hit them. *Structurally new documents* add a field with a fresh
alias (\`u<n>: __typename\`) to each document instead, so no cache of any kind, normalising or not, can have seen it.
*New variables* send the same documents with an extra, unused variable, so only the response cache misses.
The floor is a plain Hono route returning the project's pre-serialized result for the same query; it is told which
result by \`?i=\` in the URL and never reads the body. The floor reading the request finds the result by the body it
receives (or, for GET, by the URL), as a server that answers the same request must. The reference row is graphql-yoga exactly as
\`createYoga({ schema })\` makes it, on the same schema, with none of this project's plugins, limits or cache.

- **In-process**: the bundle's \`fetch\` called in a loop in Node ${process.version}, ${ROUNDS_IN_PROCESS} interleaved rounds of ${WINDOW_MS} ms per row after a warm-up; median µs per request. Node's Request, Response and Headers (undici) cost more than workerd's native ones, so fixed per-request work (headers, bodies) weighs more here than in the HTTP figures, which are workerd's.
- **HTTP**: the built bundles served by \`workerd\` directly (one process, ports ${Math.min(...Object.values(PORTS))}-${Math.max(...Object.values(PORTS))}; \`wrangler dev\`'s proxy caps every server near the same rate), loaded by autocannon with ${CONNECTIONS} connections, ${ROUNDS_HTTP} interleaved round(s) of ${HTTP_SECONDS} s per row after a 1 s warm-up; median requests/s and median latency. Load generator and server share the machine.

| server | in-process µs/req | in-process req/s | × floor (time) | HTTP req/s | HTTP p50 ms | × floor (HTTP) |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Ratios are to the floor, taken round by round (each row's round against the floor's round of the same pass) and
reported as the median over rounds: time per request in-process; floor req/s ÷ row req/s over HTTP.

${verdicts.join('\n')}

## Startup and size

\`npx wrangler check startup --worker <bundle>\` for each bundle, in interleaved rounds (the median of the samples listed; startup CPU is noisy
here). Gzip size as wrangler prints it; the deployed bundle's ≤ 150 KiB budget is asserted by tests/node/budget.test.ts.

| bundle | gzip KiB | startup active CPU ms | samples ms |
|---|---:|---:|---|
${startupRows.join('\n')}

${startupVerdict}

### Cold request

Each bundle imported by a fresh Node ${process.version} process that then answers one request: the mix's first
(${mix[0]!.name}) for this project, the peers and the stack's floor, \`{ hello }\` for the hello-world Worker. Module evaluation and the
first response timed separately; ${COLD_ROUNDS} interleaved rounds after one warm-up round, medians. Node's own fetch classes
(which workerd builds in) are loaded and the request is built before the clock starts, so neither lands on whichever bundle
touches them first.

| bundle | module evaluation ms | first response ms | cold request ms | samples (total) ms |
|---|---:|---:|---:|---|
${coldRows.join('\n')}

${coldVerdict}

${phases}
${scale}
${d1}`;
  writeFileSync('BENCHMARKS.md', markdown);
  log(`wrote BENCHMARKS.md in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
