import { describe, expect, it } from 'vitest';
import article from '../src/data/articles/mistral-ai-450m';
import { compareDecimal } from '../src/data/money';
import { examples } from '../src/documents/examples';
import { post } from './helpers';

const MISTRAL_ROUND = 'Mistral AI · €450 million';
/** A money total of `currency` in a list of totals is at least `amount`. */
const atLeast = (totals: { amount: string; currency: string }[], amount: string, currency: string) => {
  const total = totals.find((t) => t.currency === currency);
  return total !== undefined && compareDecimal(total.amount, amount) >= 0;
};

/** What each example must return: real facts from the article, so a broken query fails here. */
const expectations: Record<string, (data: any) => void> = {
  "Mistral AI's round": (data) => {
    const company = data.company;
    expect(company.name).toBe('Mistral AI');
    expect(company.headquarters.name).toBe('Paris');
    expect(company.headquarters.ancestors.map((region: any) => region.name)).toEqual(['France', 'Europe']);
    const round = company.fundingRounds.nodes.find((r: any) => r.label === MISTRAL_ROUND);
    expect(round.amount).toEqual({ amount: '450000000', currency: 'EUR', display: '€450 million' });
    expect(round.valuation.display).toBe('$2 billion');
    expect(round.leadInvestors).toEqual([{ name: 'Andreessen Horowitz', kind: 'VENTURE_CAPITAL' }]);
    expect(round.tranches).toContainEqual({
      instrument: 'CONVERTIBLE_DEBT',
      amount: { display: '€120 million' },
      investors: [{ name: 'Nvidia' }, { name: 'Salesforce' }],
    });
    expect(round.investments.nodes.map((investment: any) => [investment.investor.name, investment.lead])).toEqual(
      expect.arrayContaining([
        ['Andreessen Horowitz', true],
        ['Nvidia', false],
        ['Salesforce', false],
      ]),
    );
  },
  'Model and license': (data) => {
    expect(data.model).toMatchObject({
      name: 'Mistral 7B',
      kind: 'LARGE_LANGUAGE_MODEL',
      developer: { name: 'Mistral AI' },
      license: { spdxId: 'Apache-2.0', openSource: true },
    });
  },
  'Companies in Europe': (data) => {
    expect(data.companies.totalCount).toBe(data.companies.nodes.length);
    expect(data.companies.nodes).toContainEqual({ name: 'Mistral AI', kind: 'STARTUP', headquarters: { name: 'Paris' } });
    expect(data.companies.nodes.map((company: any) => company.name)).not.toContain('OpenAI');
  },
  Search: (data) => {
    const [first] = data.search.nodes;
    expect(first).toEqual({ __typename: 'Company', name: 'Mistral AI', slug: 'mistral-ai' });
    expect(data.search.nodes).toContainEqual({ __typename: 'AIModel', name: 'Mistral 7B', slug: 'mistral-7b' });
    expect(data.search.nodes.map((node: any) => node.__typename)).toEqual(expect.arrayContaining(['FundingRound', 'Article']));
  },
  Citations: (data) => {
    expect(data.company.name).toBe('Nvidia');
    const investment = data.company.investments.nodes.find((i: any) => i.round.label === MISTRAL_ROUND);
    expect(investment.instrument).toBe('CONVERTIBLE_DEBT');
    expect(investment.round.label).toContain('€450 million');
    const source = investment.sources.find((s: any) => s.article.slug === article.slug);
    expect(source.quote).toContain('€120 million in convertible debt');
    expect(article.text.slice(source.start, source.end)).toBe(source.quote);
    expect(source.article).toEqual({ slug: article.slug, author: 'Alex McFarland' });
  },
  'Investors and co-investors': (data) => {
    expect(data.company.investors.nodes.map((c: any) => c.name)).toEqual(
      expect.arrayContaining(['Andreessen Horowitz', 'Nvidia', 'Salesforce']),
    );
    expect(atLeast(data.company.totalRaised, '450000000', 'EUR')).toBe(true);
    expect(data.investor.coInvestors.totalCount).toBeGreaterThanOrEqual(2);
    for (const name of ['Nvidia', 'Salesforce']) {
      const edge = data.investor.coInvestors.edges.find((e: any) => e.node.name === name);
      expect(edge.sharedRounds).toContainEqual({ label: MISTRAL_ROUND });
    }
  },
  'Funding by region': (data) => {
    expect(data.region.name).toBe('Europe');
    expect(data.region.funding.roundCount).toBeGreaterThanOrEqual(1);
    expect(data.region.funding.investorCount).toBeGreaterThanOrEqual(3);
    expect(atLeast(data.region.funding.totals, '450000000', 'EUR')).toBe(true);
  },
  'Largest rounds': (data) => {
    expect(data.fundingRounds.totalCount).toBe(data.funding.roundCount);
    expect(data.fundingRounds.nodes).toContainEqual({
      label: MISTRAL_ROUND,
      amount: { display: '€450 million' },
      leadInvestors: [{ name: 'Andreessen Horowitz' }],
      tranches: [{ instrument: 'CONVERTIBLE_DEBT', amount: { display: '€120 million' } }],
    });
    expect(data.funding.totals).toHaveLength(1);
  },
};

describe('example queries', () => {
  it('has an expectation for every example, and an example for every expectation', () => {
    expect(examples.map((example) => example.name).sort()).toEqual(Object.keys(expectations).sort());
  });

  it('names every operation, so GraphiQL tabs have titles', () => {
    for (const example of examples) expect(example.query).toMatch(/^query \w+/m);
  });

  for (const example of examples) {
    it(`answers "${example.name}" with real data and no errors`, async () => {
      const { res, body } = await post(example.query, example.variables);
      expect(res.status).toBe(200);
      expect(body.errors).toBeUndefined();
      expectations[example.name]!(body.data);
    });
  }
});
