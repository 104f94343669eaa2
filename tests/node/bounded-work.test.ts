import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tsImport } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSyntheticD1, SYNTHETIC, SYNTHETIC_STATE } from '../../scripts/synthetic-d1';
import { type DevServer, startWranglerDev } from '../../scripts/wrangler-dev';
import { syntheticDataset } from '../fixtures/synthetic';
import type { EmbeddedStore } from './server-modules';

// Loaded as Node loads them (as tests/node/schema-check.test.ts does), so the schema, graphql-js
// and Pothos share one copy of graphql-js.
const { execute, getOperationAST, parse, schema, LIMIT_CODES, LIMITS, operationCost, createStore, buildDataset, Lexer, Source, TokenKind } =
  (await tsImport('./server-modules.ts', import.meta.url)) as typeof import('./server-modules');

// No operation under the cost limit does unbounded work: on the synthetic ~100,000-entity dataset
// (five prolific investors among them), as many aliases of each worst-case field as the aliases
// limit allows are either refused for their cost, or answered within SERVER_TIME_MS, on D1 (the
// real Worker under `wrangler dev`) and on the embedded store (its getters under the real schema,
// after the same cost check). The bound is generous: these answers take a fraction of it.
const SERVER_TIME_MS = 1_000;
const PORT = Number(process.env.BOUNDED_WORK_PORT ?? 8830);
const INSPECTOR_PORT = Number(process.env.BOUNDED_WORK_INSPECTOR_PORT ?? 9330);

/**
 * A worst-case field, aliased: `field(i)` is the i-th alias, `fragments` what the aliases share.
 * Fragments and a shared variable keep 50 aliases within the token limit, so what refuses them is
 * the cost; neither store shares work between aliases with the same arguments.
 */
interface WorstCase {
  readonly name: string;
  readonly field: (i: number) => string;
  readonly fragments?: string;
  readonly variables?: { readonly declaration: string; readonly values: Record<string, unknown> };
}

const HUBS = Array.from({ length: SYNTHETIC.hubs }, (_, i) => `c-${i}`);
const SUMMARY = 'fragment S on FundingSummary { roundCount companyCount investorCount totals { amount currency } }';
const filter = (values: Record<string, unknown>) => ({ declaration: '$f: FundingRoundFilter', values: { f: values } });
const worstCases: WorstCase[] = [
  {
    name: 'funding over a currency with a minimum',
    field: () => 'funding(filter: $f) { ...S }',
    fragments: SUMMARY,
    variables: filter({ currency: 'USD', minAmount: '1000000' }),
  },
  {
    name: 'funding over a continent in one currency with a minimum',
    field: () => 'funding(filter: $f) { ...S }',
    fragments: SUMMARY,
    variables: filter({ region: 'r-0', currency: 'USD', minAmount: '1' }),
  },
  {
    name: 'funding over round types and announcement dates',
    field: () => 'funding(filter: $f) { ...S }',
    fragments: SUMMARY,
    variables: filter({ types: ['SEED', 'SERIES_A', 'SERIES_B'], announcedOn: { from: '2010-01-01', to: '2025-12-31' } }),
  },
  {
    name: "fundingRounds of some types among a prolific investor's, in amount order",
    field: () => 'fundingRounds(filter: $f, orderBy: $o) { ...R }',
    fragments: 'fragment R on FundingRoundConnection { totalCount nodes { id } }',
    variables: {
      declaration: '$f: FundingRoundFilter, $o: FundingRoundOrder',
      values: { f: { investor: HUBS[0], types: ['SEED', 'SERIES_C'] }, o: { field: 'AMOUNT', direction: 'DESC' } },
    },
  },
  {
    name: 'funding over two large conditions with a minimum',
    field: () => 'funding(filter: $f) { ...S }',
    fragments: SUMMARY,
    variables: filter({ currency: 'USD', instrument: 'EQUITY', minAmount: '1' }),
  },
  {
    name: "funding over a prolific investor's rounds in a continent",
    field: (i) => `funding(filter: { investor: "${HUBS[i % HUBS.length]}", region: "r-${i % 10}" }) { ...S }`,
    fragments: SUMMARY,
  },
  {
    name: 'fundingRounds over two large conditions in amount order',
    field: () => 'fundingRounds(filter: $f, orderBy: $o) { ...R }',
    fragments: 'fragment R on FundingRoundConnection { totalCount nodes { id } }',
    variables: {
      declaration: '$f: FundingRoundFilter, $o: FundingRoundOrder',
      values: { f: { currency: 'USD', instrument: 'EQUITY' }, o: { field: 'AMOUNT', direction: 'ASC' } },
    },
  },
  {
    name: "a prolific investor's co-investors with their shared rounds",
    field: (i) => `company(slug: "${HUBS[i % HUBS.length]}") { ...C }`,
    fragments: 'fragment C on Company { coInvestors(first: 100) { totalCount edges { node { slug } sharedRounds { id label } } } }',
  },
  {
    name: 'search for one letter',
    field: (i) => `search(query: "${'aeiou'[i % 5]}", first: 100) { ...Q }`,
    fragments: 'fragment Q on SearchResultConnection { totalCount nodes { __typename } }',
  },
];

const document = (c: WorstCase, aliases: number) => {
  const head = c.variables ? `query Worst(${c.variables.declaration}) ` : '';
  return `${head}{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${c.field(i)}`).join(' ')} } ${c.fragments ?? ''}`;
};
const costOf = (c: WorstCase, aliases: number) => {
  const parsed = parse(document(c, aliases));
  return operationCost(schema, parsed, getOperationAST(parsed)!, c.variables?.values ?? {});
};
/** The most aliases of `c`, up to the aliases limit, that the cost limit admits. */
const admitted = (c: WorstCase) => {
  let n = LIMITS.maxAliases;
  while (n > 0 && costOf(c, n) > LIMITS.maxCost) n--;
  return n;
};
/** Lexical tokens of a document, as the token limit counts them. */
function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** Node's garbage collector, reached without a command-line flag. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let server: DevServer | undefined;
let embedded: EmbeddedStore;

beforeAll(async () => {
  ensureSyntheticD1(SYNTHETIC_STATE, console.log);
  const data = syntheticDataset(SYNTHETIC.companies, SYNTHETIC.regions, { hubs: SYNTHETIC.hubs });
  embedded = createStore(buildDataset(data.articles, data.reference));
  // Built once per isolate, not per request: the search index (at the first search), every
  // round's position in each order (at the first list in that order), graphql-js' first run.
  embedded.search('warm');
  for (const field of ['AMOUNT', 'ANNOUNCED_ON'] as const)
    for (const direction of ['ASC', 'DESC'] as const) embedded.roundsMatching({}, { field, direction });
  await execute({ schema, document: parse('{ company(slug: "c-9") { name } }'), contextValue: { store: embedded } });
  server = await startWranglerDev(PORT, INSPECTOR_PORT, 180_000, ['--env', 'd1', '--persist-to', SYNTHETIC_STATE]);
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

/** POSTs `query` to the D1 Worker; its status, body and milliseconds. */
async function onD1(query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const res = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, body, ms: performance.now() - started };
}

describe.each(worstCases)('$name, aliased up to the limit on ~100,000 entities', (c) => {
  it('is refused for its cost past what the cost limit admits', async () => {
    const n = admitted(c);
    console.log(`${c.name}: cost ${costOf(c, 1)} each, ${n} of ${LIMITS.maxAliases} aliases admitted`);
    expect(tokens(document(c, LIMITS.maxAliases))).toBeLessThanOrEqual(LIMITS.maxTokens);
    if (n === LIMITS.maxAliases) return;
    const refused = await onD1(document(c, LIMITS.maxAliases), c.variables?.values);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe(LIMIT_CODES.cost);
  });

  it(`answers as many as it admits within ${SERVER_TIME_MS} ms on D1`, async () => {
    const n = admitted(c);
    expect(n).toBeGreaterThan(0);
    const answer = await onD1(document(c, n), c.variables?.values);
    console.log(`${c.name}: ${n} aliases on D1 in ${answer.ms.toFixed(0)} ms`);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.ms).toBeLessThan(SERVER_TIME_MS);
  });

  it(`answers as many as it admits within ${SERVER_TIME_MS} ms on the embedded store`, async () => {
    const n = admitted(c);
    // The time of this request's work, not of the garbage the test's setup left behind.
    collectGarbage();
    const started = performance.now();
    const result = await execute({
      schema,
      document: parse(document(c, n)),
      variableValues: c.variables?.values,
      contextValue: { store: embedded },
    });
    const ms = performance.now() - started;
    console.log(`${c.name}: ${n} aliases embedded in ${ms.toFixed(0)} ms`);
    expect(result.errors).toBeUndefined();
    expect(ms).toBeLessThan(SERVER_TIME_MS);
  });
});
