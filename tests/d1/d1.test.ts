import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import seedArticle from '../../src/data/articles/mistral-ai-450m';
import { d1Rows } from '../../src/data/d1/rows';
import { seedSql, seedStatements } from '../../src/data/d1/seed';
import { datasetVersion, embeddedArticles, embeddedDataset } from '../../src/data/embedded/served';
import { createStore } from '../../src/data/embedded/store';
import { cite, compileArticles, defineArticle } from '../../src/data/sources/authoring';
import { buildDataset } from '../../src/data/sources/dataset';
import { servedReference } from '../../src/data/sources/served-reference';
import { examples } from '../../src/documents/examples';
import app from '../../src/index';
import { fingerprint } from '../../src/lib/hash';
import fictional from '../fixtures/articles/fictional-two-rounds';
import { roundTrips } from '../fixtures/d1-round-trips';
import { syntheticDataset } from '../fixtures/synthetic';

// What only the D1 store has: statements batched per query level, database faults, re-seeding.
// Requests go through the Worker's fetch (the Hono app), with the D1 binding wrapped or replaced.
const { DB } = env as { DB: D1Database };
/** The bindings with the dataset version read on every request, as a re-seeded database needs here (its caching: round-trips.test.ts). */
const fresh = { ...env, D1_VERSION_TTL_SECONDS: '0' };

/** A D1 binding or session whose every statement fails the way a missing table does. */
function failingDatabase<D extends object>(target: D): D {
  return new Proxy(target, {
    get(t, prop) {
      if (prop === 'prepare' || prop === 'batch' || prop === 'exec') {
        return () => {
          throw new Error('D1_ERROR: no such table: companies: SQLITE_ERROR');
        };
      }
      if (prop === 'withSession') return () => failingDatabase((t as unknown as D1Database).withSession());
      const value = Reflect.get(t, prop);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}
const failing = failingDatabase(DB);

/** POST /graphql through the app with `bindings` as its env. */
async function post(bindings: Record<string, unknown>, query: string, variables?: Record<string, unknown>) {
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    }),
    bindings,
    createExecutionContext(),
  );
  return { res, text: await res.text() };
}

/** An article no dataset holds yet, for re-seeding with one article more. */
const oneMoreArticle = defineArticle({
  file: 'tests/d1/d1.test.ts',
  slug: 'fictional-re-seed',
  text: 'Quarrystone Labs, an invented company, exists only in this test.',
  companies: [
    {
      slug: 'quarrystone-labs',
      name: 'Quarrystone Labs',
      sources: [cite('Quarrystone Labs, an invented company, exists only in this test.')],
    },
  ],
});

const seed = async (articles: Parameters<typeof buildDataset>[0], reference: Parameters<typeof buildDataset>[1], version: string) => {
  await DB.batch(seedStatements(DB, d1Rows(buildDataset(articles, reference), version)));
};

const PAGE = (tag: string) => `query Page_${tag}($n: Int!) {
  companies(first: $n) {
    totalCount
    nodes {
      name
      headquarters { name ancestors { name } }
      fundingRounds(first: 5) { totalCount nodes { label amount { amount currency } leadInvestors { name } investments { nodes { investor { name } lead } } } }
      investors(first: 5) { nodes { name } }
      totalRaised { amount currency }
    }
  }
}`;

describe('the D1 store, with the synthetic dataset of 100 companies', () => {
  it('answers a page of 20 companies with nested headquarters, rounds and investors in the same statements as a page of one', async () => {
    const synthetic = syntheticDataset(100, 20);
    await seed(synthetic.articles, synthetic.reference, 'synthetic-100');
    const counts: number[] = [];
    for (const n of [1, 5, 20]) {
      const { binding, stats } = roundTrips(DB);
      const { res, text } = await post({ ...fresh, DB: binding }, PAGE(`n${n}`), { n });
      expect(res.status).toBe(200);
      const body = JSON.parse(text);
      expect(body.errors).toBeUndefined();
      expect(body.data.companies.totalCount).toBe(100);
      expect(body.data.companies.nodes).toHaveLength(n);
      // Three rounds each, two investments each: the nested levels really were read.
      for (const company of body.data.companies.nodes) {
        expect(company.fundingRounds.nodes).toHaveLength(3);
        expect(company.fundingRounds.nodes[0].investments.nodes).toHaveLength(2);
        expect(company.headquarters.ancestors).toHaveLength(2);
      }
      // The dataset version (read on every request here), then three levels: the page and its
      // count; headquarters, rounds, investor lists and totals; ancestors, lead investors and
      // investments with their investors.
      expect(stats.roundTrips).toBe(4);
      counts.push(stats.statements);
    }
    // One statement per kind of lookup and level, whatever the page size.
    expect(counts[2]).toBe(counts[0]);
    expect(counts[1]).toBe(counts[0]);
  });

  it("answers the embedded store's way for filters, orders, cursors both ways, search and node on the same data", async () => {
    const synthetic = syntheticDataset(100, 20);
    // A fixed set of articles (not the served list, which grows), so the parity queries mean the same on any dataset.
    const articles = [...compileArticles([seedArticle, fictional]), ...synthetic.articles];
    const reference = { ...servedReference, regions: [...servedReference.regions, ...synthetic.reference.regions] };
    await seed(articles, reference, 'parity');
    const embedded = createStore(buildDataset(articles, reference));
    const { schema } = await import('../../src/graphql');
    const { createD1Store } = await import('../../src/data/d1/store');
    const { execute, parse } = await import('graphql');
    const run = async (store: object, query: string) =>
      JSON.stringify(await execute({ schema, document: parse(query), contextValue: { store } }));
    const end = (await run(embedded, '{ companies(first: 100) { pageInfo { endCursor } } }')).match(/"endCursor":"([^"]+)"/)![1];
    const queries = [
      `{ companies(first: 7, after: "${end}") { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage } } }`,
      `{ companies(last: 9, before: "${end}") { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage startCursor } } }`,
      `{ companies(first: 30, orderBy: { field: NAME, direction: DESC }, filter: { region: "r-0" }) { totalCount nodes { slug name } } }`,
      '{ companies(first: 50, filter: { kind: VENTURE_CAPITAL, region: "europe" }) { totalCount nodes { slug } } }',
      '{ a: fundingRounds(first: 25, orderBy: { field: AMOUNT, direction: DESC }) { totalCount nodes { id amount { amount currency } } } }',
      '{ a: fundingRounds(last: 25, orderBy: { field: ANNOUNCED_ON, direction: ASC }, filter: { currency: "USD", minAmount: "450000000.5" }) { totalCount nodes { id announcedOn } } }',
      '{ fundingRounds(first: 40, filter: { investor: "c-7", instrument: EQUITY }, orderBy: { field: LABEL, direction: DESC }) { totalCount nodes { id label } } }',
      '{ fundingRounds(first: 10, filter: { region: "europe" }) { totalCount nodes { id company { slug } tranches { amount { amount } investors { slug } } } } }',
      '{ funding { roundCount companyCount investorCount totals { amount currency } } }',
      '{ funding(filter: { currency: "USD", minAmount: "12500000", leadInvestor: "c-3" }) { roundCount companyCount investorCount totals { amount currency } } }',
      '{ fundingRounds(first: 30, filter: { types: [SEED, SERIES_B], announcedOn: { from: "2014-01-01", to: "2019-06-30" } }, orderBy: { field: ANNOUNCED_ON, direction: DESC }) { totalCount nodes { id type announcedOn } } }',
      '{ fundingRounds(last: 5, filter: { region: "r-0", types: [CORPORATE_ROUND], currency: "USD", minAmount: "300000000" }, orderBy: { field: AMOUNT, direction: ASC }) { totalCount nodes { id amount { amount } } pageInfo { hasPreviousPage startCursor } } }',
      '{ a: funding(filter: { types: [UNDISCLOSED, SERIES_C], announcedOn: { to: "2015-12-31" } }) { roundCount companyCount investorCount totals { amount currency } } b: funding(filter: { valuationCurrency: "USD", minValuation: "1" }) { roundCount } }',
      '{ a: models(first: 5, filter: { kind: LARGE_LANGUAGE_MODEL }) { totalCount nodes { slug } } b: models(filter: { openSource: true }) { totalCount nodes { slug } } c: models(filter: { license: "Apache-2.0", openSource: false }) { totalCount } }',
      '{ region(slug: "r-0") { funding { roundCount totals { amount } } children { slug } companies(first: 3) { totalCount nodes { slug } } } }',
      // A currency and a minimum: running summaries (long lists) or an aggregate (with other conditions).
      '{ a: funding(filter: { currency: "USD", minAmount: "450000000.5" }) { roundCount companyCount investorCount totals { amount currency } } b: funding(filter: { currency: "EUR", minAmount: "100000000" }) { roundCount companyCount investorCount totals { amount currency } } c: funding(filter: { region: "r-0", currency: "USD", minAmount: "1" }) { roundCount investorCount totals { amount } } d: funding(filter: { currency: "USD", minAmount: "900000000000" }) { roundCount totals { amount } } e: funding(filter: { investor: "c-7", currency: "USD", minAmount: "300000000" }) { roundCount companyCount investorCount totals { amount } } }',
      '{ a: fundingRounds(first: 3, filter: { currency: "USD", minAmount: "500000000" }, orderBy: { field: AMOUNT, direction: DESC }) { totalCount nodes { id } } b: fundingRounds(first: 3, filter: { region: "r-0", currency: "USD", minAmount: "800000000" }) { totalCount nodes { id } } }',
      // Conditions no stored summary holds, on one key and with a minimum: aggregated in SQL.
      '{ a: funding(filter: { currency: "USD", minAmount: "200000000", types: [SEED, SERIES_A] }) { roundCount companyCount investorCount totals { amount currency } } b: funding(filter: { investor: "c-7", announcedOn: { from: "2016-01-01" } }) { roundCount investorCount totals { amount } } c: fundingRounds(first: 4, filter: { currency: "USD", minAmount: "300000000", types: [SERIES_C] }, orderBy: { field: AMOUNT, direction: DESC }) { totalCount nodes { id type } } }',
      '{ a: funding(filter: { currency: "USD", instrument: EQUITY, minAmount: "600000000" }) { roundCount companyCount investorCount totals { amount currency } } b: funding(filter: { region: "europe", currency: "EUR" }) { roundCount totals { amount currency } } }',
      // Windows of long per-parent lists, paged in SQL.
      `{ company(slug: "c-7") { a: coInvestors(first: 2, after: "${btoa('cursor:v1:0')}") { totalCount pageInfo { hasNextPage } edges { cursor node { slug } sharedRounds { id } } } b: coInvestors(last: 3) { edges { cursor node { slug } } } c: investments(first: 1, after: "${btoa('cursor:v1:1')}") { totalCount nodes { id round { id } } } d: investments(last: 2) { nodes { id investor { slug } } } } }`,
      '{ company(slug: "c-7") { coInvestors(first: 10) { totalCount edges { node { slug } sharedRounds { id } } } investors { nodes { slug } } totalRaised { amount } competitors { nodes { slug } } investments(last: 2) { nodes { id round { id } } } } }',
      '{ search(query: "labs", first: 20, after: "Y3Vyc29yOnYxOjU=") { totalCount nodes { __typename ... on Company { slug } ... on Region { slug } } } }',
      '{ s1: search(query: "ai") { totalCount nodes { __typename } } s2: search(query: "mistral") { totalCount nodes { __typename ... on Company { slug } ... on AIModel { slug } ... on Article { slug } } } s3: search(query: "a") { totalCount } s4: search(query: "LUMEN harbor") { nodes { __typename } } }',
      '{ nul: search(query: "\\u0000abc") { totalCount } quote: search(query: "a\\"b") { totalCount } star: search(query: "mis*") { totalCount } }',
      '{ models(first: 3) { totalCount nodes { slug developer { slug } license { spdxId } } } articles { totalCount nodes { slug } } regions(kind: CITY, first: 3) { totalCount nodes { slug parent { slug } } } }',
      `{ nodes(ids: ["${btoa('Company:c-1')}", "${btoa('FundingRound:f-2-1')}", "${btoa('Investment:f-2-1-0')}", "${btoa('Region:paris')}", "${btoa('Company:nope')}"]) { id __typename } }`,
    ];
    const d1 = createD1Store(DB);
    for (const query of queries) {
      const expected = await run(embedded, query);
      expect(expected).not.toContain('"errors"');
      expect(await run(d1, query)).toBe(expected);
    }
  });
});

describe('the D1 store, seeded from the article files', () => {
  it('answers every example exactly as the embedded store does, under the same dataset version', async () => {
    await seed(embeddedArticles(), servedReference, datasetVersion());
    for (const example of examples) {
      const onD1 = await post(fresh, `${example.query}\n# on D1`, example.variables);
      const embedded = await post({ ...fresh, DB: undefined }, `${example.query}\n# embedded`, example.variables);
      expect(onD1.res.status, example.name).toBe(200);
      expect([onD1.res.headers.get('x-cache'), embedded.res.headers.get('x-cache')]).toEqual(['MISS', 'MISS']);
      expect(onD1.text, example.name).toBe(embedded.text);
    }
    // The same data, the same version: ETags agree between the two stores.
    const health = async (bindings: Record<string, unknown>) =>
      (await (await app.fetch(new Request('http://localhost/health'), bindings, createExecutionContext())).json<any>()).dataset;
    expect(await health(fresh)).toEqual(await health({ ...fresh, DB: undefined }));
  });

  it('changes every ETag and empties the response cache when the database is re-seeded', async () => {
    const query = '{ companies(first: 100) { totalCount } } # re-seed';
    const first = await post(fresh, query);
    const repeat = await post(fresh, query);
    expect(repeat.res.headers.get('x-cache')).toBe('HIT');
    const articles = [...embeddedArticles(), ...compileArticles([oneMoreArticle])];
    await seed(articles, servedReference, fingerprint(JSON.stringify(articles)));
    const after = await post(fresh, query);
    expect(after.res.headers.get('x-cache')).toBe('MISS');
    expect(after.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'));
    expect(JSON.parse(after.text).data.companies.totalCount).toBeGreaterThan(JSON.parse(first.text).data.companies.totalCount);
    const health = await (await app.fetch(new Request('http://localhost/health'), fresh, createExecutionContext())).json<any>();
    expect(health.dataset).toEqual({ version: fingerprint(JSON.stringify(articles)), articles: embeddedArticles().length + 1 });
  });
});

describe('a seed under way', () => {
  it('writes the version row last, so responses computed meanwhile are neither cached nor validated', async () => {
    const sql = seedSql(d1Rows(embeddedDataset(), 'v'));
    const statements = sql.split(/;\n(?=DELETE|INSERT)/);
    expect(statements[0]).toBe('DELETE FROM meta');
    expect(statements.at(-1)).toMatch(/^INSERT INTO meta /);
    // As the seed's first statement leaves it: data still readable, no version.
    await DB.prepare('DELETE FROM meta').run();
    const query = '{ company(slug: "mistral-ai") { name } } # seeding';
    for (let i = 0; i < 2; i++) {
      const { res, text } = await post(fresh, query);
      expect(JSON.parse(text)).toMatchObject({ data: { company: { name: 'Mistral AI' } } });
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-cache')).toBeNull();
    }
    const health = await app.fetch(new Request('http://localhost/health'), fresh, createExecutionContext());
    expect(health.status).toBe(503);
  });
});

describe('database faults', () => {
  it('answers a failing database with a masked INTERNAL_SERVER_ERROR, nothing leaked and nothing cached', async () => {
    const query = '{ company(slug: "mistral-ai") { name } } # fault';
    for (let i = 0; i < 2; i++) {
      const { res, text } = await post({ ...fresh, DB: failing }, query);
      const body = JSON.parse(text);
      expect(body.data).toEqual({ company: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/D1_ERROR|SQLITE|no such table|stack/i);
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-cache')).toBeNull();
    }
    const health = await app.fetch(new Request('http://localhost/health'), { ...fresh, DB: failing }, createExecutionContext());
    expect(health.status).toBe(503);
    const text = await health.text();
    expect(JSON.parse(text).status).toBe('degraded');
    expect(text).not.toMatch(/D1_ERROR|SQLITE|no such table/i);
  });

  it('answers a query reading a dropped table with a masked error on that field only, and never caches it', async () => {
    await DB.prepare('DROP TABLE investments').run();
    const query = '{ company(slug: "mistral-ai") { name investments { totalCount } } }';
    for (let i = 0; i < 2; i++) {
      const { res, text } = await post(fresh, query);
      const body = JSON.parse(text);
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].path).toEqual(['company', 'investments']);
      expect(text).not.toMatch(/D1_ERROR|SQLITE|no such table/i);
      expect(res.headers.get('x-cache')).toBeNull();
    }
    // What does not read the table still answers.
    const { text } = await post(fresh, '{ company(slug: "mistral-ai") { name } }');
    expect(JSON.parse(text)).toMatchObject({ data: { company: { name: 'Mistral AI' } } });
  });
});
