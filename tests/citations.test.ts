import { describe, expect, it } from 'vitest';
import { embeddedArticles } from '../src/data/embedded/served';
import type { CitationRecord } from '../src/data/sources/records';
import { servedReference } from '../src/data/sources/served-reference';
import { globalId, gql } from './helpers';

// Invariants that hold for any set of articles, then facts about the seed article's citations.

const CITE = 'sources { quote start end article { slug } }';
const SEED = 'mistral-ai-450-million-round';
const key = (c: { start: number; end: number; article: string | { slug: string } }) =>
  `${typeof c.article === 'string' ? c.article : c.article.slug}:${c.start}:${c.end}`;

/** Every node of a root connection, page by page. */
async function everyNode(field: string, selection: string, first = 50): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const page: any = (
      await gql(
        `query ($after: String) { ${field}(first: ${first}, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      )
    )[field];
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** Every cited object the API serves. */
async function servedObjects() {
  const data = {
    articles: { nodes: await everyNode('articles', 'slug text') },
    companies: { nodes: await everyNode('companies', `slug ${CITE}`) },
    fundingRounds: {
      nodes: await everyNode(
        'fundingRounds',
        `id label ${CITE} tranches { ${CITE} } investments(first: 20) { totalCount nodes { ${CITE} } }`,
        10,
      ),
    },
    models: { nodes: await everyNode('models', `slug ${CITE}`) },
    regions: { nodes: await everyNode('regions', `slug ${CITE}`) },
  };
  for (const round of data.fundingRounds.nodes) expect(round.investments.nodes.length).toBe(round.investments.totalCount);
  return data;
}

describe('citations served by the API', () => {
  it('quote exactly article.text.slice(start, end), for every cited object', async () => {
    const data = await servedObjects();
    const text = new Map<string, string>(data.articles.nodes.map((a: any) => [a.slug, a.text]));
    const cited = [
      ...data.companies.nodes,
      ...data.fundingRounds.nodes,
      ...data.fundingRounds.nodes.flatMap((r: any) => [...r.tranches, ...r.investments.nodes]),
      ...data.models.nodes,
      ...data.regions.nodes,
    ];
    const citations = cited.flatMap((o) => o.sources);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.start).toBeLessThan(c.end);
      expect(text.get(c.article.slug)?.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('cite every company, round, tranche, investment and model at least once', async () => {
    const data = await servedObjects();
    const objects = [
      ...data.companies.nodes,
      ...data.fundingRounds.nodes,
      ...data.fundingRounds.nodes.flatMap((r: any) => [...r.tranches, ...r.investments.nodes]),
      ...data.models.nodes,
    ];
    expect(objects.filter((o) => o.sources.length === 0)).toEqual([]);
  });

  it('leave out nothing an article states: every record of every article is served with all its citations', async () => {
    const data = await servedObjects();
    const served = (list: any[], id: (o: any) => string) => new Map(list.map((o) => [id(o), new Set<string>(o.sources.map(key))]));
    const companies = served(data.companies.nodes, (c) => c.slug);
    const rounds = served(data.fundingRounds.nodes, (r) => r.id);
    const models = served(data.models.nodes, (m) => m.slug);
    const regions = served(data.regions.nodes, (r) => r.slug);
    const missing: string[] = [];
    const expectAll = (map: Map<string, Set<string>>, id: string, sources: readonly CitationRecord[], what: string) => {
      const have = map.get(id);
      if (!have) missing.push(`${what} ${id}`);
      else for (const c of sources) if (!have.has(key(c))) missing.push(`${what} ${id} citation ${key(c)}`);
    };
    for (const a of embeddedArticles()) {
      expect(data.articles.nodes.map((n: any) => n.slug)).toContain(a.article.slug);
      for (const c of a.companies) expectAll(companies, c.slug, c.sources, 'company');
      for (const r of a.fundingRounds) expectAll(rounds, globalId('FundingRound', r.id), r.sources, 'round');
      for (const m of a.models) expectAll(models, m.slug, m.sources, 'model');
      // Article files name places as they write them ("Paris, FR"); the API serves their region slugs.
      for (const m of a.regionMentions) expectAll(regions, servedReference.places[m.region] ?? m.region, m.sources, 'region');
    }
    expect(missing).toEqual([]);
  });
});

describe('the embedded articles', () => {
  it('have citations that match their own article, in every article file', () => {
    for (const { article, companies, fundingRounds, models, regionMentions } of embeddedArticles()) {
      const all: CitationRecord[] = [
        ...companies.flatMap((c) => c.sources),
        ...fundingRounds.flatMap((r) => [
          ...r.sources,
          ...r.tranches.flatMap((t) => t.sources),
          ...r.investments.flatMap((i) => i.sources),
        ]),
        ...models.flatMap((m) => m.sources),
        ...regionMentions.flatMap((m) => m.sources),
      ];
      expect(all.length).toBeGreaterThan(0);
      for (const c of all) {
        expect(c.article).toBe(article.slug);
        expect(c.start).toBeLessThan(c.end);
        expect(article.text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });
});

describe("the seed article's citations", () => {
  const seed = embeddedArticles().find((a) => a.article.slug === SEED)!;

  it('point at whole sentences that state the fact', async () => {
    const { company } = await gql(`{ company(slug: "nvidia") { investments(first: 100) { nodes { round { id } ${CITE} } } } }`);
    const mistral = company.investments.nodes.find((i: any) => i.round.id === globalId('FundingRound', 'mistral-ai-eur-450m'));
    const [citation] = mistral.sources.filter((c: any) => c.article.slug === SEED);
    expect(citation.quote).toBe(
      'Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.',
    );
    expect(citation.start).toBe(652);
    expect(citation.end).toBe(773);
  });

  it('keep the offsets they had when typed by hand', () => {
    const offsets = new Map<string, number>();
    for (const c of [...seed.companies, ...seed.models, ...seed.fundingRounds].flatMap((o) => o.sources))
      offsets.set(c.quote.slice(0, 40), c.start);
    expect(Object.fromEntries(offsets)).toEqual({
      'In a significant development for the Eur': 0,
      'The company has successfully secured a s': 146,
      'Leading the charge in this investment ro': 468,
      'Joining the fray are tech giants Nvidia ': 652,
      'Mistral AI stands at the forefront of in': 1529,
      'Released under the open-source Apache 2.': 1701,
      'The successful deployment of Mistral 7B ': 2230,
      'Its impact extends across various indust': 2357,
      'In the competitive arena of generative A': 3123,
      'This strategy sets it apart from establi': 3281,
    });
    expect(seed.regionMentions.flatMap((m) => m.sources.map((c) => c.start))).toEqual([0, 0, 2703, 2822, 2822, 2822]);
  });

  it('use the stable slugs frontends link by', async () => {
    expect(seed.companies.map((c) => c.slug).sort()).toEqual([
      'andreessen-horowitz',
      'deepmind',
      'google-ai',
      'mistral-ai',
      'nvidia',
      'openai',
      'salesforce',
    ]);
    expect(seed.models.map((m) => m.slug)).toEqual(['mistral-7b']);
    expect(seed.fundingRounds.map((r) => r.id)).toEqual(['mistral-ai-eur-450m']);
    const served = ['paris', 'france', 'europe', 'united-states', 'asia', 'north-america'];
    const { nodes } = await gql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Region { slug } } }', {
      ids: served.map((slug) => globalId('Region', slug)),
    });
    expect(nodes).toEqual(served.map((slug) => ({ slug })));
  });

  it('leave what the article does not state null rather than guessed', () => {
    for (const r of seed.fundingRounds) {
      expect([r.type, r.announcedOn]).toEqual([null, null]);
      for (const i of r.investments) expect(i.amount).toBeNull();
    }
    for (const m of seed.models) expect(m.parameterCount).toBeNull();
    for (const c of seed.companies.filter((c) => c.slug !== 'mistral-ai')) expect(c.headquarters).toBeNull();
  });
});
