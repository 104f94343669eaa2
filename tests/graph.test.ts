import { describe, expect, it } from 'vitest';
import { compareDecimal, sumByCurrency } from '../src/data/money';
import { gql, gqlErrors } from './helpers';

// The funding-graph fields through the Worker's fetch: facts the Mistral AI article states about
// its own records, and invariants (a total equals the sum of the rounds it covers) that hold
// whatever other articles add. The same fields over a fixed set of several rounds are in
// tests/fixture-store.test.ts.

const MISTRAL_ROUND = 'Mistral AI · €450 million';
const EUR_450M = { amount: '450000000', currency: 'EUR', display: '€450 million' };

/** Every round matching `filter` with its company and investors, page by page. */
async function roundsWhere(filter: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const page: any = (
      await gql(
        `query ($filter: FundingRoundFilter, $after: String) { fundingRounds(first: 50, after: $after, filter: $filter) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { label company { slug } amount { amount currency } investments(first: 100) { nodes { investor { slug } } } }
        } }`,
        { filter, after },
      )
    ).fundingRounds;
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** The funding summary a pass over `rounds` gives. */
const summaryOf = (rounds: any[]) => ({
  roundCount: rounds.length,
  companyCount: new Set(rounds.map((r) => r.company.slug)).size,
  investorCount: new Set(rounds.flatMap((r) => r.investments.nodes.map((i: any) => i.investor.slug))).size,
  totals: sumByCurrency(rounds.flatMap((r) => (r.amount ? [r.amount] : []))),
});

const SUMMARY = 'roundCount companyCount investorCount totals { amount currency }';

describe("Company.investors, totalRaised and coInvestors on the Mistral AI article's facts", () => {
  it('lists Andreessen Horowitz (lead), Nvidia and Salesforce among Mistral AI investors, leads first', async () => {
    const { company } = await gql(`{ company(slug: "mistral-ai") {
      investors(first: 100) { totalCount nodes { slug } }
      fundingRounds(first: 100) { nodes { leadInvestors { slug } } }
    } }`);
    const slugs = company.investors.nodes.map((n: any) => n.slug);
    expect(slugs).toEqual(expect.arrayContaining(['andreessen-horowitz', 'nvidia', 'salesforce']));
    expect(slugs).toHaveLength(company.investors.totalCount);
    const leads = new Set(company.fundingRounds.nodes.flatMap((r: any) => r.leadInvestors.map((l: any) => l.slug)));
    const firstNonLead = slugs.findIndex((s: string) => !leads.has(s));
    if (firstNonLead >= 0) expect(slugs.slice(firstNonLead).filter((s: string) => leads.has(s))).toEqual([]);
  });

  it('sums Mistral AI rounds per currency, the €120 million tranche not added again', async () => {
    const { company } = await gql(`{ company(slug: "mistral-ai") {
      totalRaised { amount currency display }
      fundingRounds(first: 100) { nodes { label amount { amount currency } } }
    } }`);
    const amounts = company.fundingRounds.nodes.flatMap((r: any) => (r.amount ? [r.amount] : []));
    expect(company.totalRaised.map(({ amount, currency }: any) => ({ amount, currency }))).toEqual(sumByCurrency(amounts));
    const seedRound = company.fundingRounds.nodes.find((r: any) => r.label === MISTRAL_ROUND);
    expect(seedRound.amount).toEqual({ amount: EUR_450M.amount, currency: 'EUR' });
    const eur = company.totalRaised.find((m: any) => m.currency === 'EUR');
    expect(compareDecimal(eur.amount, '450000000')).toBeGreaterThanOrEqual(0);
  });

  it('gives a company that raised nothing no investors and no totals', async () => {
    const { companies } = await gql(
      '{ companies(first: 100) { nodes { slug fundingRounds { totalCount } investors { totalCount } totalRaised { amount } } } }',
    );
    const raisedNothing = companies.nodes.filter((c: any) => c.fundingRounds.totalCount === 0);
    expect(raisedNothing.length).toBeGreaterThan(0);
    for (const c of raisedNothing) expect([c.slug, c.investors.totalCount, c.totalRaised]).toEqual([c.slug, 0, []]);
  });

  it("names Nvidia and Salesforce among Andreessen Horowitz's co-investors, each sharing Mistral AI's round", async () => {
    const { company } = await gql(`{ company(slug: "andreessen-horowitz") {
      coInvestors(first: 100) { totalCount nodes { slug } edges { cursor node { slug } sharedRounds { label company { slug } } } }
    } }`);
    expect(company.coInvestors.edges).toHaveLength(company.coInvestors.totalCount);
    for (const slug of ['nvidia', 'salesforce']) {
      const edge = company.coInvestors.edges.find((e: any) => e.node.slug === slug);
      expect(edge.sharedRounds).toContainEqual({ label: MISTRAL_ROUND, company: { slug: 'mistral-ai' } });
    }
    // Most shared rounds first.
    const shared = company.coInvestors.edges.map((e: any) => e.sharedRounds.length);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  it('pages co-investors with cursors', async () => {
    const all = (await gql('{ company(slug: "andreessen-horowitz") { coInvestors(first: 100) { nodes { slug } } } }')).company.coInvestors;
    const first = await gql(
      '{ company(slug: "andreessen-horowitz") { coInvestors(first: 1) { nodes { slug } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(first.company.coInvestors.nodes).toEqual(all.nodes.slice(0, 1));
    expect(first.company.coInvestors.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      `{ company(slug: "andreessen-horowitz") { coInvestors(first: 1, after: "${first.company.coInvestors.pageInfo.endCursor}") { nodes { slug } pageInfo { hasNextPage } } } }`,
    );
    expect(next.company.coInvestors).toEqual({ nodes: all.nodes.slice(1, 2), pageInfo: { hasNextPage: all.nodes.length > 2 } });
  });
});

describe('Region.funding', () => {
  it.each(['europe', 'france', 'united-states', 'asia'])(
    'sums the rounds of companies in %s, as a pass over those rounds would',
    async (slug) => {
      const { region } = await gql(`query ($slug: String!) { region(slug: $slug) { funding { ${SUMMARY} } } }`, { slug });
      const rounds = await roundsWhere({ region: slug });
      expect(region.funding).toEqual(summaryOf(rounds));
    },
  );

  it("counts Mistral AI's €450 million round in Europe", async () => {
    const rounds = await roundsWhere({ region: 'europe' });
    expect(rounds.map((r) => r.label)).toContain(MISTRAL_ROUND);
    const { region } = await gql('{ region(slug: "europe") { funding { totals { amount currency } } } }');
    const eur = region.funding.totals.find((m: any) => m.currency === 'EUR');
    expect(compareDecimal(eur.amount, '450000000')).toBeGreaterThanOrEqual(0);
  });
});

describe('fundingRounds filters and order, and Query.funding', () => {
  const labels = async (args: string) =>
    (await gql(`{ fundingRounds(first: 100 ${args}) { nodes { label } } }`)).fundingRounds.nodes.map((n: any) => n.label);

  it("finds Mistral AI's round by the convertible-debt instrument, its lead and its currency", async () => {
    expect(await labels(', filter: { instrument: CONVERTIBLE_DEBT }')).toContain(MISTRAL_ROUND);
    expect(await labels(', filter: { leadInvestor: "andreessen-horowitz" }')).toContain(MISTRAL_ROUND);
    expect(await labels(', filter: { currency: "EUR", minAmount: "450000000" }')).toContain(MISTRAL_ROUND);
    expect(
      await labels(', filter: { currency: "EUR", minAmount: "450000000.01" }, orderBy: { field: AMOUNT, direction: DESC }'),
    ).not.toContain(MISTRAL_ROUND);
  });

  it("leaves Mistral AI's round out for a lead that only joined, an instrument nobody in it used, or another currency", async () => {
    expect(await labels(', filter: { leadInvestor: "nvidia" }')).not.toContain(MISTRAL_ROUND);
    expect(await labels(', filter: { instrument: EQUITY }')).not.toContain(MISTRAL_ROUND);
    expect(await labels(', filter: { currency: "USD" }')).not.toContain(MISTRAL_ROUND);
  });

  it('orders the same rounds every way', async () => {
    const byLabel = await labels('');
    expect(byLabel).toContain(MISTRAL_ROUND);
    for (const field of ['AMOUNT', 'ANNOUNCED_ON', 'LABEL']) {
      for (const direction of ['ASC', 'DESC']) {
        expect((await labels(`, orderBy: { field: ${field}, direction: ${direction} }`)).sort()).toEqual([...byLabel].sort());
      }
    }
    expect(await labels(', orderBy: { field: LABEL, direction: DESC }')).toEqual([...byLabel].reverse());
  });

  it('sums the matching rounds in Query.funding, all rounds without a filter', async () => {
    const data = await gql(`{
      all: funding { ${SUMMARY} }
      jpy: funding(filter: { currency: "JPY" }) { ${SUMMARY} }
    }`);
    expect(data.all).toEqual(summaryOf(await roundsWhere({})));
    expect(data.jpy).toEqual(summaryOf(await roundsWhere({ currency: 'JPY' })));
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
