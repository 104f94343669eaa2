import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { d1Rows } from '../../src/data/d1/rows';
import { seedStatements } from '../../src/data/d1/seed';
import { embeddedArticles } from '../../src/data/embedded/served';
import { cite, compileArticles, defineArticle } from '../../src/data/sources/authoring';
import { buildDataset } from '../../src/data/sources/dataset';
import { servedReference } from '../../src/data/sources/served-reference';
import { examples } from '../../src/documents/examples';
import { explorerDocuments } from '../../src/documents/explorer';
import app from '../../src/index';
import { type CountedBinding, roundTrips } from '../fixtures/d1-round-trips';
import { graphQueries } from '../fixtures/graph-queries';
import { syntheticDataset } from '../fixtures/synthetic';

// Round trips to the database, counted through the real Worker with its D1 binding wrapped
// (tests/fixtures/d1-round-trips.ts defines what counts as one).
const { DB } = env as { DB: D1Database };
/** Most sequential round trips a request may make once its isolate knows the dataset version. */
const BUDGET = 3;

/** POSTs a query through the app on `counted` (a fresh wrapper when omitted), with `vars` added to the bindings. */
async function post(query: string, variables: Record<string, unknown> = {}, vars: Record<string, string> = {}, counted = roundTrips(DB)) {
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    }),
    { ...env, ...vars, DB: counted.binding },
    createExecutionContext(),
  );
  const text = await res.text();
  return { res, text, body: JSON.parse(text), stats: counted.stats };
}

const seed = async (articles: Parameters<typeof buildDataset>[0], reference: Parameters<typeof buildDataset>[1], version: string) => {
  await DB.batch(seedStatements(DB, d1Rows(buildDataset(articles, reference), version)));
};
const health = async (vars: Record<string, string>) =>
  (await (await app.fetch(new Request('http://localhost/health'), { ...env, ...vars }, createExecutionContext())).json<any>()).dataset
    .version;

/** Asserts a request answered with data and no error, and returns its round trips. */
function answered(result: Awaited<ReturnType<typeof post>>, name: string): number {
  expect(result.res.status, name).toBe(200);
  expect(result.body.errors, name).toBeUndefined();
  return result.stats.roundTrips;
}

describe('the round-trip counter', () => {
  it('counts calls in flight together as one round trip, and calls awaited one after another as one each', async () => {
    const counted = roundTrips(DB);
    const one = 'SELECT 1 AS n';
    await Promise.all([counted.binding.prepare(one).all(), counted.binding.prepare(one).first()]);
    expect(counted.stats).toMatchObject({ calls: 2, statements: 2, roundTrips: 1 });
    await counted.binding.prepare(one).all();
    await counted.binding.batch([counted.binding.prepare(one), counted.binding.prepare(one)]);
    const session = counted.binding.withSession('first-unconstrained');
    await session.prepare(one).bind().all();
    expect(counted.stats).toMatchObject({ calls: 5, statements: 6, roundTrips: 4 });
  });
});

describe('round trips per request on D1', () => {
  it('answers a cache hit without a single statement', async () => {
    const query = '{ company(slug: "mistral-ai") { name fundingRounds { nodes { label } } } } # hit';
    const miss = await post(query);
    expect(miss.res.headers.get('x-cache')).toBe('MISS');
    expect(miss.stats.statements).toBeGreaterThan(0);
    const hit = await post(query);
    expect(hit.res.headers.get('x-cache')).toBe('HIT');
    expect(hit.text).toBe(miss.text);
    expect(hit.stats).toMatchObject({ calls: 0, statements: 0, roundTrips: 0 });
  });

  it('reads the links the operation selects together with the entities they start from', async () => {
    // Company → round → investment → investor is four levels: the investors come with the investments.
    const deep = `{ company(slug: "mistral-ai") { fundingRounds { nodes { investments { nodes { investor { name } } } } } } } # deep`;
    const result = await post(deep);
    expect(answered(result, 'deep')).toBe(BUDGET);
    expect(JSON.stringify(result.body.data)).toContain('Andreessen Horowitz');
  });

  it(`answers every example and every explorer document in at most ${BUDGET} sequential round trips`, async () => {
    await post('{ __typename }'); // the isolate reads the dataset version once
    const explorer = Object.entries(explorerDocuments).map(([name, query]) => ({
      name,
      query,
      variables: {
        id: btoa('Company:mistral-ai'),
        ids: [btoa('Region:paris'), btoa('Region:france')],
        query: 'a16z',
        filter: { region: 'europe' },
      },
    }));
    for (const { name, query, variables } of [...examples, ...explorer]) {
      const result = await post(`${query}\n# ${name}`, variables ?? {});
      expect(result.res.headers.get('x-cache'), name).toBe('MISS');
      expect(answered(result, name), name).toBeLessThanOrEqual(BUDGET);
    }
  });

  it(`answers every funding-graph query over 100 synthetic companies in at most ${BUDGET} sequential round trips`, async () => {
    const synthetic = syntheticDataset(100, 20);
    await seed(synthetic.articles, synthetic.reference, 'round-trips');
    await post('{ __typename }', {}, { D1_VERSION_TTL_SECONDS: '0' });
    for (const q of graphQueries({ company: 'c-7', continent: 'r-0' })) {
      const result = await post(q.query, q.variables);
      expect(answered(result, q.name), q.name).toBeLessThanOrEqual(BUDGET);
    }
  });
});

describe('the dataset version on D1', () => {
  const query = '{ companies(first: 1) { totalCount } } # version';
  /** An article no dataset holds, for re-seeding with one article more. */
  const extraArticle = defineArticle({
    file: 'tests/d1/round-trips.test.ts',
    slug: 'fictional-version-ttl',
    text: 'Marlowe Fenwick Robotics, a made-up company, is named only here.',
    companies: [
      {
        slug: 'marlowe-fenwick-robotics',
        name: 'Marlowe Fenwick Robotics',
        sources: [cite('Marlowe Fenwick Robotics, a made-up company')],
      },
    ],
  });
  const reseed = (extra: boolean, version: string) => {
    const articles = extra ? [...embeddedArticles(), ...compileArticles([extraArticle])] : embeddedArticles();
    return seed(articles, servedReference, version);
  };
  const counted = (): CountedBinding => roundTrips(DB);

  it('is read again only after D1_VERSION_TTL_SECONDS: until then a re-seed leaves the isolate answering under the old one', async () => {
    await reseed(false, 'v-before');
    const first = await post(query, {}, { D1_VERSION_TTL_SECONDS: '0' });
    expect(first.res.headers.get('x-cache')).toBe('MISS');
    await reseed(true, 'v-after');

    // Within the time: the version is not read, the kept response and its ETag are still served.
    const stale = await post(query, {}, { D1_VERSION_TTL_SECONDS: '2' }, counted());
    expect(stale.res.headers.get('x-cache')).toBe('HIT');
    expect(stale.res.headers.get('etag')).toBe(first.res.headers.get('etag'));
    expect(stale.stats.statements).toBe(0);
    expect(await health({ D1_VERSION_TTL_SECONDS: '2' })).toBe('v-before');

    // Past it: the version is read again, the kept responses go, and the new data answers.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const after = await post(query, {}, { D1_VERSION_TTL_SECONDS: '2' }, counted());
    expect(after.res.headers.get('x-cache')).toBe('MISS');
    expect(after.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'));
    expect(after.body.data.companies.totalCount).toBeGreaterThan(first.body.data.companies.totalCount);
    expect(after.stats.sql[0]).toContain('FROM meta');
    expect(await health({ D1_VERSION_TTL_SECONDS: '2' })).toBe('v-after');
  });

  it('is read on every request when D1_VERSION_TTL_SECONDS is 0, so a re-seed is seen at once', async () => {
    await reseed(false, 'v-zero-before');
    const before = await post(query, {}, { D1_VERSION_TTL_SECONDS: '0' });
    await reseed(true, 'v-zero-after');
    const after = await post(query, {}, { D1_VERSION_TTL_SECONDS: '0' }, counted());
    expect(after.res.headers.get('x-cache')).toBe('MISS');
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    expect(after.stats.sql[0]).toContain('FROM meta');
  });
});
