import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from './helpers';

// The funding-graph fields on the served (seed) data, through the Worker's fetch. The same fields
// over several rounds are in tests/fixture-store.test.ts.

const EUR_450M = { amount: '450000000', currency: 'EUR', display: '€450 million' };

describe("Company.investors, totalRaised and coInvestors on the Mistral AI article's facts", () => {
  it('lists Mistral AI investors: Andreessen Horowitz (lead) first, then Nvidia and Salesforce', async () => {
    const { company } = await gql('{ company(slug: "mistral-ai") { investors { totalCount nodes { slug } } } }');
    expect(company.investors).toEqual({
      totalCount: 3,
      nodes: [{ slug: 'andreessen-horowitz' }, { slug: 'nvidia' }, { slug: 'salesforce' }],
    });
  });

  it('gives Mistral AI one total, €450 million, with the €120 million tranche not added again', async () => {
    const { company } = await gql('{ company(slug: "mistral-ai") { totalRaised { amount currency display } } }');
    expect(company.totalRaised).toEqual([EUR_450M]);
  });

  it('gives a company that raised nothing no investors and no totals', async () => {
    const { company } = await gql('{ company(slug: "nvidia") { investors { totalCount } totalRaised { amount } } }');
    expect(company).toEqual({ investors: { totalCount: 0 }, totalRaised: [] });
  });

  it("names Nvidia and Salesforce as Andreessen Horowitz's co-investors, each sharing Mistral AI's round", async () => {
    const { company } = await gql(`{ company(slug: "andreessen-horowitz") {
      coInvestors { totalCount nodes { slug } edges { cursor node { slug } sharedRounds { label company { slug } } } }
    } }`);
    expect(company.coInvestors.totalCount).toBe(2);
    expect(company.coInvestors.nodes).toEqual([{ slug: 'nvidia' }, { slug: 'salesforce' }]);
    for (const edge of company.coInvestors.edges) {
      expect(edge.sharedRounds).toEqual([{ label: 'Mistral AI · €450 million', company: { slug: 'mistral-ai' } }]);
    }
  });

  it('pages co-investors with cursors', async () => {
    const first = await gql(
      '{ company(slug: "andreessen-horowitz") { coInvestors(first: 1) { nodes { slug } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(first.company.coInvestors.nodes).toEqual([{ slug: 'nvidia' }]);
    expect(first.company.coInvestors.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      `{ company(slug: "andreessen-horowitz") { coInvestors(first: 1, after: "${first.company.coInvestors.pageInfo.endCursor}") { nodes { slug } pageInfo { hasNextPage } } } }`,
    );
    expect(next.company.coInvestors).toEqual({ nodes: [{ slug: 'salesforce' }], pageInfo: { hasNextPage: false } });
  });
});

describe('Region.funding', () => {
  it('counts Europe: 1 round, 1 company, 3 investors, €450 million', async () => {
    const { region } = await gql(
      '{ region(slug: "europe") { funding { roundCount companyCount investorCount totals { amount currency display } } } }',
    );
    expect(region.funding).toEqual({ roundCount: 1, companyCount: 1, investorCount: 3, totals: [EUR_450M] });
  });

  it('counts nothing for the United States and Asia', async () => {
    const data = await gql(`{
      us: region(slug: "united-states") { funding { roundCount companyCount investorCount totals { amount } } }
      asia: region(slug: "asia") { funding { roundCount companyCount investorCount totals { amount } } }
    }`);
    const none = { roundCount: 0, companyCount: 0, investorCount: 0, totals: [] };
    expect(data).toEqual({ us: { funding: none }, asia: { funding: none } });
  });
});

describe('fundingRounds filters and order, and Query.funding', () => {
  const labels = async (args: string) =>
    (await gql(`{ fundingRounds(${args}) { nodes { label } } }`)).fundingRounds.nodes.map((n: any) => n.label);

  it("returns Mistral AI's round for the convertible-debt instrument, its lead and its currency", async () => {
    expect(await labels('filter: { instrument: CONVERTIBLE_DEBT }')).toEqual(['Mistral AI · €450 million']);
    expect(await labels('filter: { leadInvestor: "andreessen-horowitz" }')).toEqual(['Mistral AI · €450 million']);
    expect(await labels('filter: { currency: "EUR", minAmount: "450000000" }')).toEqual(['Mistral AI · €450 million']);
    expect(await labels('filter: { currency: "EUR", minAmount: "450000000.01" }, orderBy: { field: AMOUNT, direction: DESC }')).toEqual([]);
  });

  it('finds no round for a lead that only joined, an instrument nobody used, or a currency nobody raised in', async () => {
    expect(await labels('filter: { leadInvestor: "nvidia" }')).toEqual([]);
    expect(await labels('filter: { instrument: EQUITY }')).toEqual([]);
    expect(await labels('filter: { currency: "USD" }')).toEqual([]);
  });

  it('accepts every order', async () => {
    for (const field of ['AMOUNT', 'ANNOUNCED_ON', 'LABEL']) {
      for (const direction of ['ASC', 'DESC']) {
        expect(await labels(`orderBy: { field: ${field}, direction: ${direction} }`)).toEqual(['Mistral AI · €450 million']);
      }
    }
  });

  it('sums the matching rounds in Query.funding, all rounds without a filter', async () => {
    const data = await gql(`{
      all: funding { roundCount companyCount investorCount totals { amount currency } }
      none: funding(filter: { currency: "JPY" }) { roundCount totals { amount } }
    }`);
    expect(data.all).toEqual({ roundCount: 1, companyCount: 1, investorCount: 3, totals: [{ amount: '450000000', currency: 'EUR' }] });
    expect(data.none).toEqual({ roundCount: 0, totals: [] });
  });

  it.each([
    ['an unknown currency code', 'filter: { currency: "XYZ" }', 'currency'],
    ['a lower-case currency code', 'filter: { currency: "eur" }', 'currency'],
    ['a negative minAmount', 'filter: { minAmount: "-1" }', 'minAmount'],
  ])('rejects %s with BAD_USER_INPUT, in fundingRounds and in funding', async (_name, args, argument) => {
    for (const query of [`{ fundingRounds(${args}) { totalCount } }`, `{ funding(${args}) { roundCount } }`]) {
      const { status, errors } = await gqlErrors(query);
      expect(status).toBe(200);
      expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('rejects a non-numeric minAmount with BAD_USER_INPUT', async () => {
    const { errors } = await gqlErrors('{ fundingRounds(filter: { minAmount: "lots" }) { totalCount } }');
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const viaVariable = await gqlErrors('query ($m: Decimal) { funding(filter: { minAmount: $m }) { roundCount } }', { m: 1e9 });
    expect(viaVariable.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
