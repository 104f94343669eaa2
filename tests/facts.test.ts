import { describe, expect, it } from 'vitest';
import { globalId, gql, gqlErrors } from './helpers';

// Facts the Mistral AI article states, asserted about that article's records, so they hold
// whatever other articles add.

const SEED = 'mistral-ai-450-million-round';
const ROUND = globalId('FundingRound', 'mistral-ai-eur-450m');
const seedRound = async (selection: string) =>
  (await gql(`query ($id: ID!) { node(id: $id) { ... on FundingRound { ${selection} } } }`, { id: ROUND })).node;

const round = `
  label type announcedOn
  company { slug }
  amount { amount currency display }
  valuation { amount currency display }
  leadInvestors { slug }
  tranches { instrument amount { amount currency display } investors { slug } sources { quote } }
  investments { totalCount nodes { investor { slug } lead instrument amount { amount } round { label } sources { article { slug } } } }
`;

describe("Mistral AI's round, exactly as the article states it", () => {
  it('is a round of €450 million at a $2 billion valuation, type and date unstated', async () => {
    const { company } = await gql('{ company(slug: "mistral-ai") { fundingRounds(first: 100) { nodes { id } } } }');
    expect(company.fundingRounds.nodes).toContainEqual({ id: ROUND });
    const r = await seedRound(round);
    expect(r.label).toBe('Mistral AI · €450 million');
    expect(r.company).toEqual({ slug: 'mistral-ai' });
    expect(r.amount).toEqual({ amount: '450000000', currency: 'EUR', display: '€450 million' });
    expect(r.valuation).toEqual({ amount: '2000000000', currency: 'USD', display: '$2 billion' });
    expect(r.type).toBeNull();
    expect(r.announcedOn).toBeNull();
  });

  it('was led by Andreessen Horowitz alone', async () => {
    const r = await seedRound('leadInvestors { slug name kind }');
    expect(r.leadInvestors).toEqual([{ slug: 'andreessen-horowitz', name: 'Andreessen Horowitz', kind: 'VENTURE_CAPITAL' }]);
  });

  it('has one €120 million convertible-debt tranche from Nvidia and Salesforce, not split and not added to the €450 million', async () => {
    const r = await seedRound(round);
    expect(r.tranches).toEqual([
      {
        instrument: 'CONVERTIBLE_DEBT',
        amount: { amount: '120000000', currency: 'EUR', display: '€120 million' },
        investors: [{ slug: 'nvidia' }, { slug: 'salesforce' }],
        sources: [
          {
            quote:
              'Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.',
          },
        ],
      },
    ]);
    expect(r.amount.amount).toBe('450000000');
  });

  it('records each participation as an investment, with no invented per-investor amounts', async () => {
    const { investments } = await seedRound(round);
    const stated = investments.nodes.filter((i: any) => i.sources.some((c: any) => c.article.slug === SEED));
    expect(stated.map((i: any) => [i.investor.slug, i.lead, i.instrument, i.amount])).toEqual([
      ['andreessen-horowitz', true, 'UNSPECIFIED', null],
      ['nvidia', false, 'CONVERTIBLE_DEBT', null],
      ['salesforce', false, 'CONVERTIBLE_DEBT', null],
    ]);
  });

  it('lists Nvidia\'s part in Mistral AI\'s round under company(slug: "nvidia").investments', async () => {
    const { company } = await gql(
      '{ company(slug: "nvidia") { investments(first: 100) { nodes { lead instrument round { label company { slug } } } } } }',
    );
    expect(company.investments.nodes).toContainEqual({
      lead: false,
      instrument: 'CONVERTIBLE_DEBT',
      round: { label: 'Mistral AI · €450 million', company: { slug: 'mistral-ai' } },
    });
  });
});

describe('companies', () => {
  it("has the article's seven companies with their kinds, in name order", async () => {
    const { companies } = await gql('{ companies(first: 100) { nodes { slug name kind } } }');
    const names = companies.nodes.map((c: any) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const seven = ['andreessen-horowitz', 'deepmind', 'google-ai', 'mistral-ai', 'nvidia', 'openai', 'salesforce'];
    expect(companies.nodes.filter((c: any) => seven.includes(c.slug))).toEqual([
      { slug: 'andreessen-horowitz', name: 'Andreessen Horowitz', kind: 'VENTURE_CAPITAL' },
      { slug: 'deepmind', name: 'DeepMind', kind: 'RESEARCH_LAB' },
      { slug: 'google-ai', name: 'Google AI', kind: 'CORPORATION' },
      { slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP' },
      { slug: 'nvidia', name: 'Nvidia', kind: 'CORPORATION' },
      { slug: 'openai', name: 'OpenAI', kind: 'RESEARCH_LAB' },
      { slug: 'salesforce', name: 'Salesforce', kind: 'CORPORATION' },
    ]);
  });

  it('places Mistral AI in Paris, and leaves unstated headquarters null', async () => {
    const data = await gql(
      '{ m: company(slug: "mistral-ai") { headquarters { slug } } n: company(slug: "nvidia") { headquarters { slug } } }',
    );
    expect(data).toEqual({ m: { headquarters: { slug: 'paris' } }, n: { headquarters: null } });
  });

  it('names OpenAI, Google AI and DeepMind as Mistral AI competitors, and Mistral AI as theirs', async () => {
    const data = await gql(`{
      m: company(slug: "mistral-ai") { competitors { totalCount nodes { slug } } }
      o: company(slug: "openai") { competitors { nodes { slug } } }
    }`);
    expect(data.m.competitors.nodes).toEqual(expect.arrayContaining([{ slug: 'deepmind' }, { slug: 'google-ai' }, { slug: 'openai' }]));
    expect(data.o.competitors.nodes).toContainEqual({ slug: 'mistral-ai' });
  });

  it('lists the industries Mistral AI impact extends to', async () => {
    const { company } = await gql('{ company(slug: "mistral-ai") { industries aliases } }');
    expect(company.industries).toEqual(expect.arrayContaining(['healthcare', 'education', 'finance', 'manufacturing']));
  });

  it('knows Andreessen Horowitz as a16z (reference alias)', async () => {
    const { company } = await gql(
      '{ company(slug: "andreessen-horowitz") { aliases investments(first: 100) { nodes { lead instrument round { id } } } } }',
    );
    expect(company.aliases).toContain('a16z');
    expect(company.investments.nodes).toContainEqual({ lead: true, instrument: 'UNSPECIFIED', round: { id: ROUND } });
  });

  it('filters by kind', async () => {
    const { companies } = await gql('{ companies(first: 100, filter: { kind: CORPORATION }) { nodes { slug kind } } }');
    expect(companies.nodes.every((c: any) => c.kind === 'CORPORATION')).toBe(true);
    expect(companies.nodes.map((c: any) => c.slug)).toEqual(expect.arrayContaining(['google-ai', 'nvidia', 'salesforce']));
    expect(companies.nodes.map((c: any) => c.slug)).not.toContain('mistral-ai');
  });

  it('orders by name descending', async () => {
    const data = await gql(`{
      asc: companies(first: 100) { nodes { slug } }
      desc: companies(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { slug } }
    }`);
    expect(data.desc.nodes.length).toBeGreaterThan(1);
    expect(data.desc.nodes).toEqual([...data.asc.nodes].reverse());
  });
});

describe('Mistral 7B', () => {
  it('is a large language model by Mistral AI under Apache 2.0, parameter count unstated', async () => {
    const data = await gql(`{
      model(slug: "mistral-7b") { slug name kind developer { slug } license { spdxId name openSource } parameterCount }
      company(slug: "mistral-ai") { models(first: 100) { nodes { slug } } }
    }`);
    expect(data.model).toEqual({
      slug: 'mistral-7b',
      name: 'Mistral 7B',
      kind: 'LARGE_LANGUAGE_MODEL',
      developer: { slug: 'mistral-ai' },
      license: { spdxId: 'Apache-2.0', name: 'Apache License 2.0', openSource: true },
      parameterCount: null,
    });
    expect(data.company.models.nodes).toContainEqual({ slug: 'mistral-7b' });
  });
});

describe('the article', () => {
  it('has the byline author and no title or date', async () => {
    const { article, articles } = await gql(`{
      article(slug: "${SEED}") { slug title author publishedOn url }
      articles(first: 100) { nodes { slug } }
    }`);
    expect(article).toEqual({ slug: SEED, title: null, author: 'Alex McFarland', publishedOn: null, url: null });
    expect(articles.nodes).toContainEqual({ slug: SEED });
  });

  it('holds the full text verbatim, from its first sentence to the byline', async () => {
    const { article } = await gql('{ article(slug: "mistral-ai-450-million-round") { text } }');
    expect(article.text).toMatch(
      /^In a significant development for the European artificial intelligence sector, Paris-based startup Mistral AI/,
    );
    expect(article.text).toMatch(
      /Alex McFarland is an AI journalist and writer exploring the latest developments in artificial intelligence\.$/,
    );
    expect(article.text.length).toBe(4054);
  });
});

describe('unknown slugs', () => {
  it('returns null for an unknown slug, without errors', async () => {
    const data = await gql(
      '{ company(slug: "nope") { name } model(slug: "nope") { name } region(slug: "nope") { name } article(slug: "nope") { slug } }',
    );
    expect(data).toEqual({ company: null, model: null, region: null, article: null });
  });

  it.each([
    ['companies(filter: { region: "atlantis" }) { totalCount nodes { slug } }', 'companies', 'region'],
    ['fundingRounds(filter: { investor: "nobody" }) { totalCount }', 'fundingRounds', 'investor'],
  ])('refuses %s with BAD_USER_INPUT, never an empty list', async (field, path, argument) => {
    const { errors, data } = await gqlErrors(`{ ${field} }`);
    expect(data).toBeNull();
    expect(errors.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([[[path], 'BAD_USER_INPUT', argument]]);
  });
});
