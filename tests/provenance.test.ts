import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { articleSources } from '../src/data/articles';
import { schema } from '../src/graphql';
import { LIMITS, operationCost } from '../src/server/plugins/limits';
import { globalId, gql, post, worker } from './helpers';

// Article.citations and Query.dataset, on whatever dataset the Worker serves: asserted as
// invariants (every citation found where it says, every count equal to its connection's total)
// and as facts about the seed article's own records.

const SEED = 'mistral-ai-450-million-round';
const CITATIONS = `query ($slug: String!, $after: String) {
  article(slug: $slug) {
    text
    citations(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { quote start end field subject { __typename id } }
    }
  }
}`;

/** Every citation of an article, page by page. */
async function citationsOf(slug: string) {
  const nodes: any[] = [];
  let after: string | null = null;
  let text = '';
  let total = 0;
  do {
    const { article }: any = await gql(CITATIONS, { slug, after });
    text = article.text;
    total = article.citations.totalCount;
    nodes.push(...article.citations.nodes);
    after = article.citations.pageInfo.hasNextPage ? article.citations.pageInfo.endCursor : null;
  } while (after);
  return { text, total, nodes };
}

/** The `sources` (or a tranche's) of a node, by global ID and field. */
async function sourcesAt(id: string, field: string): Promise<{ start: number; end: number; article: { slug: string } }[]> {
  const cite = 'sources { start end article { slug } }';
  const { node } = await gql(
    `query ($id: ID!) { node(id: $id) {
      ... on Company { ${cite} } ... on AIModel { ${cite} } ... on Region { ${cite} } ... on Investment { ${cite} }
      ... on FundingRound { ${cite} tranches { ${cite} } }
    } }`,
    { id },
  );
  const tranche = /^tranches\.(\d+)\.sources$/.exec(field);
  return tranche ? node.tranches[Number(tranche[1])].sources : node.sources;
}

describe('Article.citations', () => {
  it('lists every passage of the seed article a fact cites, each found in the text and in the field it names', async () => {
    const { text, total, nodes } = await citationsOf(SEED);
    expect(nodes).toHaveLength(total);
    expect(total).toBeGreaterThan(20);
    for (const c of nodes) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      const sources = await sourcesAt(c.subject.id, c.field);
      expect(sources).toContainEqual({ start: c.start, end: c.end, article: { slug: SEED } });
    }
    const starts = nodes.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('names the objects and fields of the seed article: a company, a round, its tranche, an investment, a model, a region', async () => {
    const { nodes } = await citationsOf(SEED);
    const at = (typename: string, id: string, field = 'sources') =>
      nodes.filter((c) => c.subject.__typename === typename && c.subject.id === globalId(typename, id) && c.field === field);
    const debt =
      'Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.';
    expect(at('FundingRound', 'mistral-ai-eur-450m', 'tranches.0.sources').map((c) => c.quote)).toEqual([debt]);
    expect(at('Investment', 'mistral-ai-eur-450m/nvidia').map((c) => c.quote)).toContain(debt);
    expect(at('Company', 'nvidia').map((c) => c.quote)).toContain(debt);
    expect(at('AIModel', 'mistral-7b')).toHaveLength(2);
    expect(at('Region', 'europe').length).toBeGreaterThanOrEqual(3);
    expect(at('Company', 'mistral-ai').length).toBeGreaterThanOrEqual(7);
  });

  it('counts every citation of every record that cites the article, and nothing else', async () => {
    const { total } = await citationsOf(SEED);
    const cite = 'sources { article { slug } }';
    const data = await gql(`{
      companies(first: 100) { totalCount nodes { ${cite} } }
      models(first: 100) { totalCount nodes { ${cite} } }
      regions(first: 100) { totalCount nodes { ${cite} } }
    }`);
    const rounds: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await gql(
          `query ($after: String) { fundingRounds(first: 10, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { ${cite} tranches { ${cite} } investments(first: 50) { totalCount nodes { ${cite} } } }
          } }`,
          { after },
        )
      ).fundingRounds;
      rounds.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    for (const list of [data.companies, data.models, data.regions, ...rounds.map((r) => r.investments)]) {
      expect(list.nodes).toHaveLength(list.totalCount);
    }
    const cited = [
      ...data.companies.nodes,
      ...data.models.nodes,
      ...data.regions.nodes,
      ...rounds,
      ...rounds.flatMap((r) => [...r.tranches, ...r.investments.nodes]),
    ];
    const fromSeed = cited.flatMap((o) => o.sources).filter((s: any) => s.article.slug === SEED);
    expect(total).toBe(fromSeed.length);
  });

  it('pages with cursors both ways', async () => {
    const query = `query ($first: Int, $after: String, $last: Int, $before: String) {
      article(slug: "${SEED}") { citations(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { start field subject { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      } }
    }`;
    const all = (await gql(query, { first: 100 })).article.citations;
    const first = (await gql(query, { first: 3 })).article.citations;
    const next = (await gql(query, { first: 3, after: first.pageInfo.endCursor })).article.citations;
    expect([...first.edges, ...next.edges].map((e: any) => e.node)).toEqual(all.edges.slice(0, 6).map((e: any) => e.node));
    const last = (await gql(query, { last: 2 })).article.citations;
    expect(last.edges.map((e: any) => e.node)).toEqual(all.edges.slice(-2).map((e: any) => e.node));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: all.totalCount > 2 });
  });

  it('costs what the cost model says: one query for 100 citations with their objects stays far below the limit', async () => {
    const query = `{ article(slug: "${SEED}") { citations(first: 100) { totalCount nodes { quote start end field subject { __typename id } } } } }`;
    const document = parse(query);
    const cost = operationCost(schema, document, getOperationAST(document)!, {});
    // article 1, citations 1 + 100 × (totalCount 1, nodes 1, four scalars, subject 1 + its two fields).
    expect(cost).toBe(1 + 1 + 100 * (1 + 1 + 4 + 1 + 2));
    expect(cost).toBeLessThan(LIMITS.maxCost / 20);
    const { body } = await post(query);
    expect(body.errors).toBeUndefined();
    expect((body as any).extensions.cost).toEqual({ requested: cost, limit: LIMITS.maxCost });
  });

  it('gives null for an unknown article, without errors', async () => {
    expect(await gql('{ article(slug: "nope") { citations { totalCount } } }')).toEqual({ article: null });
  });
});

describe('the served list of articles', () => {
  it('is what the Worker serves: every article of the list it was built from, and no other', async () => {
    const { articles } = await gql('{ articles(first: 100) { totalCount nodes { slug } } }');
    expect(articles.nodes.map((a: any) => a.slug).sort()).toEqual(articleSources.map((a) => a.slug).sort());
  });
});

describe('Query.dataset', () => {
  it("counts what every root connection holds, and carries /health's dataset version", async () => {
    const { dataset, articles, companies, fundingRounds, models, regions } = await gql(`{
      dataset { version articleCount companyCount fundingRoundCount investmentCount modelCount regionCount licenseCount citationCount }
      articles(first: 100) { totalCount nodes { slug citations(first: 0) { totalCount } } }
      companies(first: 0) { totalCount }
      fundingRounds(first: 100) { totalCount nodes { investments(first: 0) { totalCount } } }
      models(first: 100) { totalCount nodes { license { spdxId } } }
      regions(first: 0) { totalCount }
    }`);
    expect(articles.nodes).toHaveLength(articles.totalCount);
    expect(fundingRounds.nodes).toHaveLength(fundingRounds.totalCount);
    expect(dataset).toEqual({
      version: expect.stringMatching(/^[0-9a-f]{16}$/),
      articleCount: articles.totalCount,
      companyCount: companies.totalCount,
      fundingRoundCount: fundingRounds.totalCount,
      investmentCount: fundingRounds.nodes.reduce((n: number, r: any) => n + r.investments.totalCount, 0),
      modelCount: models.totalCount,
      regionCount: regions.totalCount,
      licenseCount: expect.any(Number),
      citationCount: articles.nodes.reduce((n: number, a: any) => n + a.citations.totalCount, 0),
    });
    const licensed = new Set(models.nodes.flatMap((m: any) => (m.license ? [m.license.spdxId] : [])));
    expect(dataset.licenseCount).toBeGreaterThanOrEqual(licensed.size);
    const health = (await (await worker.fetch('http://localhost/health')).json()) as any;
    expect(health.dataset).toEqual({ version: dataset.version, articles: dataset.articleCount });
  });

  it('costs one per field', async () => {
    const query = '{ dataset { version articleCount citationCount } }';
    const document = parse(query);
    expect(operationCost(schema, document, getOperationAST(document)!, {})).toBe(4);
  });
});
