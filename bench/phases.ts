/**
 * Where a response-cache miss spends its time: one request of the benchmark mix split into the
 * phases Yoga runs (parse, validate, context, cost, execute, serialize) and the layers around them
 * (Yoga's params hooks, its HTTP handling, the result processing), µs per request, for unique
 * documents and for known documents with new variables. Each request is answered both ways side
 * by side: through `yoga.fetch` and by the direct path (src/server/graphql-handler.ts).
 * Run by bench/run.ts; `node --import tsx bench/phases.ts` prints the table alone.
 */
import { pathToFileURL } from 'node:url';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import type { GraphQLParams } from 'graphql-yoga';
import { schema } from '../src/graphql';
import { serverParts, yoga as serverYoga } from '../src/server';
import { graphqlHandler } from '../src/server/graphql-handler';
import { operationCost } from '../src/server/plugins/limits';
import { bodyOf, mix, type Novelty } from './mix';

const yoga = serverYoga();
const ROUNDS = Number(process.env.PHASES_ROUNDS ?? 7);
const WINDOW_MS = Number(process.env.PHASES_WINDOW_MS ?? 200);
const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const settle = async <T>(value: T | PromiseLike<T>): Promise<T> => value;

type Missing = Exclude<Novelty, 'repeat'>;

let counter = 0;
/** The params and body of the next request: a new document, or a known one with new variables. */
function next(novelty: Missing, i: number) {
  const body = bodyOf(mix[i % mix.length]!, ++counter, novelty);
  return { body, params: JSON.parse(body) as GraphQLParams };
}
const request = (body: string) =>
  new Request('http://bench/graphql', { method: 'POST', headers: { ...HEADERS, 'content-length': String(Buffer.byteLength(body)) }, body });

/** The phase steps of one request, timed one by one through Yoga's envelop (every plugin hook included). */
const STEPS = [
  'envelop setup (getEnveloped)',
  'parse',
  'validate',
  'context',
  'cost (operationCost alone, uncached)',
  'execute (cost included)',
  'serialize (JSON.stringify)',
] as const;

async function stepsOnce(novelty: Missing, i: number, totals: number[]) {
  const { body, params } = next(novelty, i);
  const req = request(body);
  const t0 = performance.now();
  const enveloped = yoga.getEnveloped({ request: req, params });
  const t1 = performance.now();
  const document = enveloped.parse(params.query!) as DocumentNode;
  const t2 = performance.now();
  const errors = enveloped.validate(enveloped.schema, document);
  const t3 = performance.now();
  const contextValue = await settle(enveloped.contextFactory());
  const t4 = performance.now();
  operationCost(schema, document, getOperationAST(document, params.operationName)!, params.variables ?? {});
  const t5 = performance.now();
  const result = (await settle(
    enveloped.execute({ schema: enveloped.schema, document, contextValue, variableValues: params.variables }),
  )) as ExecutionResult;
  const t6 = performance.now();
  JSON.stringify(result);
  const t7 = performance.now();
  if (errors.length || result.errors) throw new Error(`bench/phases.ts: ${JSON.stringify(errors.length ? errors : result.errors)}`);
  const times = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6];
  for (let k = 0; k < times.length; k++) totals[k]! += times[k]!;
}

/** The whole paths, each measured as a loop of complete requests. */
const direct = graphqlHandler(
  () => ({ direct: serverParts().direct, cache: { paramsOf: (r: Request) => paramsByRequest.get(r) } }),
  () => yoga,
);
const paramsByRequest = new WeakMap<Request, GraphQLParams>();
type Path = (novelty: Missing, i: number) => Promise<unknown>;
const paths = (): Record<string, Path> => ({
  "Yoga's params hooks + the steps (getResultForParams)": async (novelty, i) => {
    const { body, params } = next(novelty, i);
    return yoga.getResultForParams({ params, request: request(body) }, {});
  },
  'direct path: the same + result hooks + Response (graphql-handler.ts)': async (novelty, i) => {
    const { body, params } = next(novelty, i);
    const req = request(body);
    paramsByRequest.set(req, params);
    const res = (await direct({ req: { raw: req }, env: {} } as never, async () => {})) as Response;
    return res.text();
  },
  'yoga.fetch: the same request through all of Yoga': async (novelty, i) => {
    const { body } = next(novelty, i);
    return (await yoga.fetch(request(body), {})).text();
  },
});

async function timeLoop(fn: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < WINDOW_MS) {
    for (let k = 0; k < 20; k++, n++) await fn();
    elapsed = performance.now() - t0;
  }
  return (elapsed * 1000) / n;
}

/** The per-phase table as Markdown. */
export async function runPhases(): Promise<string> {
  const novelties: Missing[] = ['document', 'variables'];
  const allPaths = paths();
  const stepRuns = new Map<Missing, number[][]>(novelties.map((n) => [n, []]));
  const pathRuns = new Map<string, number[]>();
  // Warm-up: JIT and the document caches (known documents are parsed once here).
  for (const novelty of novelties) {
    for (let i = 0; i < 400; i++) await stepsOnce(novelty, i, new Array(STEPS.length).fill(0));
    for (const fn of Object.values(allPaths)) for (let i = 0; i < 100; i++) await fn(novelty, i);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const novelty of novelties) {
      const totals = new Array<number>(STEPS.length).fill(0);
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < WINDOW_MS) await stepsOnce(novelty, n++, totals);
      stepRuns.get(novelty)!.push(totals.map((t) => (t * 1000) / n));
      for (const [name, fn] of Object.entries(allPaths)) {
        let i = 0;
        const key = `${novelty}\n${name}`;
        pathRuns.set(key, [...(pathRuns.get(key) ?? []), await timeLoop(() => fn(novelty, i++))]);
      }
    }
  }
  const step = (novelty: Missing, k: number) => median(stepRuns.get(novelty)!.map((r) => r[k]!));
  const path = (novelty: Missing, name: string) => median(pathRuns.get(`${novelty}\n${name}`)!);
  const names = Object.keys(allPaths);
  const [hooks, directName, fetchName] = names as [string, string, string];
  const rows = [
    ...STEPS.map((s, k) => `| ${s} | ${fmt(step('document', k))} | ${fmt(step('variables', k))} |`),
    `| **sum of the steps** | ${fmt(STEPS.reduce((a, _, k) => a + (k === 4 ? 0 : step('document', k)), 0))} | ${fmt(STEPS.reduce((a, _, k) => a + (k === 4 ? 0 : step('variables', k)), 0))} |`,
    ...names.map((name) => `| ${name} | ${fmt(path('document', name))} | ${fmt(path('variables', name))} |`),
    `| Yoga's HTTP handling (yoga.fetch − direct path): what the direct path skips | ${fmt(path('document', fetchName) - path('document', directName))} | ${fmt(path('variables', fetchName) - path('variables', directName))} |`,
    `| result hooks + Response + reading it (direct path − getResultForParams) | ${fmt(path('document', directName) - path('document', hooks))} | ${fmt(path('variables', directName) - path('variables', hooks))} |`,
  ];
  return `## Per phase: where a response-cache miss spends its time

bench/phases.ts, in-process in Node ${process.version}: the mix's requests one at a time, ${ROUNDS} interleaved rounds of ${WINDOW_MS} ms per row,
median µs per request. The steps are timed one by one through Yoga's envelop (\`yoga.getEnveloped\`), with every plugin of this
project (the lean parse, the token and shape limits, the operation rules, the error policy, the document caches); *cost* is
\`operationCost\` alone, uncached; *execute* includes the limits plugin's \`onExecute\`, which costs each operation once per
document and values of its declared variables (then remembers it), so the sum counts *execute* only. The rows below
the sum are whole requests: Yoga's params hooks with the steps, the direct path the Worker takes for a request the response
cache parsed (src/server/graphql-handler.ts), and the same request through \`yoga.fetch\` (the path every miss took before it);
the whole Worker's figures are the table above. Unique documents miss every cache; known documents with new variables hit
the parse and validation caches.

| phase | unique µs | new variables µs |
|---|---:|---:|
${rows.join('\n')}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runPhases().then((markdown) => console.log(markdown));
}
