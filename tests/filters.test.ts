import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/data';
import { embeddedArticles } from '../src/data/embedded/served';
import { compileArticle } from '../src/data/sources/authoring';
import { servedReference } from '../src/data/sources/served-reference';
import { LIMITS } from '../src/server/plugins/limits';
import fixture, { LICENSES } from './fixtures/articles/fictional-filters';
import { executeOn, gql, gqlErrors, gqlOn, post, storeOf } from './helpers';

// Filters on rounds and models. The refusals go through the Worker's fetch on the served data;
// what each filter selects is asserted on the served articles plus a fictional one
// (tests/fixtures/articles/fictional-filters.ts), in the store of the running project's kind
// (embedded on workerd, D1 on workerd-d1), about that article's own companies and models.

const TIDEWATER_SEED = 'Tidewater Labs · $8 million';
const TIDEWATER_B = 'Tidewater Labs · €60 million';
const KESTREL_GRANT = 'Kestrel Grid · $2 million';
const KESTREL_C = 'Kestrel Grid · $150 million';
const MISTRAL = 'Mistral AI · €450 million';

/** The BAD_USER_INPUT a query must fail with: its HTTP status, `extensions.argument` and message. */
async function refusal(query: string, variables?: Record<string, unknown>) {
  const { status, errors, data } = await gqlErrors(query, variables);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  return { status, data, argument: errors[0]!.extensions?.argument, message: errors[0]!.message };
}

describe('filter values that name nothing, or cannot be compared, are refused', () => {
  it.each([
    ['fundingRounds', 'company', 'mistral-a', 'mistral-ai'],
    ['fundingRounds', 'investor', 'nvdia', 'nvidia'],
    ['fundingRounds', 'leadInvestor', 'Andreessen Horowitz', 'andreessen-horowitz'],
    ['fundingRounds', 'region', 'eurpe', 'europe'],
    ['funding', 'investor', 'salesfroce', 'salesforce'],
    ['funding', 'region', 'Paris', 'paris'],
    ['companies', 'region', 'frnace', 'france'],
  ])('%s(filter: { %s: %j }): BAD_USER_INPUT naming the field and suggesting %j', async (field, argument, value, suggestion) => {
    const selection = field === 'funding' ? 'roundCount' : 'totalCount';
    const type = field === 'companies' ? 'CompanyFilter' : 'FundingRoundFilter';
    const literal = await refusal(`{ ${field}(filter: { ${argument}: ${JSON.stringify(value)} }) { ${selection} } }`);
    expect(literal).toMatchObject({ status: 200, data: null, argument });
    expect(literal.message).toContain(`names no ${argument === 'region' ? 'region' : 'company'}`);
    expect(literal.message).toContain(`slugs: "${suggestion}"`);
    // The same refusal whether the value comes in the document or in a variable.
    const variable = await refusal(`query ($f: ${type}) { ${field}(filter: $f) { ${selection} } }`, { f: { [argument]: value } });
    expect(variable).toEqual(literal);
  });

  it('says where to find slugs when no known one is close', async () => {
    const { argument, message } = await refusal('{ companies(filter: { region: "atlantis-under-the-sea" }) { totalCount } }');
    expect(argument).toBe('region');
    expect(message).toBe(
      '"region" names no region: no region(slug:) has the slug "atlantis-under-the-sea". Find region slugs with search(query:).',
    );
  });

  it.each([
    ['currency', 'usd', 'USD'],
    ['valuationCurrency', 'EURO', 'EUR'],
    ['valuationCurrency', 'XQZ', null],
  ])('refuses %s %j as no ISO 4217 code', async (argument, value, suggestion) => {
    const { argument: named, message } = await refusal(`{ fundingRounds(filter: { ${argument}: "${value}" }) { totalCount } }`);
    expect(named).toBe(argument);
    expect(message).toContain(`"${argument}" must be an ISO 4217 currency code such as "EUR", got "${value}".`);
    if (suggestion) expect(message).toContain(`Nearest valid values: "${suggestion}".`);
    else expect(message).not.toContain('Nearest');
  });

  it.each([
    ['minAmount: "1000000"', 'minAmount', 'currency'],
    ['minValuation: "1000000000"', 'minValuation', 'valuationCurrency'],
    ['currency: "EUR", minValuation: "1"', 'minValuation', 'valuationCurrency'],
    ['valuationCurrency: "EUR", minAmount: "1"', 'minAmount', 'currency'],
  ])('refuses { %s }: a minimum needs its currency, in fundingRounds and in funding', async (args, argument, currency) => {
    for (const query of [`{ fundingRounds(filter: { ${args} }) { totalCount } }`, `{ funding(filter: { ${args} }) { roundCount } }`]) {
      const { argument: named, message } = await refusal(query);
      expect(named).toBe(argument);
      expect(message).toContain(`"${argument}" needs "${currency}"`);
    }
  });

  it.each([
    ['types: []', 'types'],
    ['announcedOn: {}', 'announcedOn'],
    ['announcedOn: { from: "2025-06-01", to: "2025-05-31" }', 'announcedOn'],
    ['valuationCurrency: "USD", minValuation: "-5"', 'minValuation'],
  ])('refuses { %s }', async (args, argument) => {
    expect((await refusal(`{ fundingRounds(filter: { ${args} }) { totalCount } }`)).argument).toBe(argument);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-05', '05/01/2025', '2025-05-01T00:00:00Z'])(
    'refuses the date %j, in the document and in a variable',
    async (date) => {
      const literal = await gqlErrors(`{ fundingRounds(filter: { announcedOn: { from: "${date}" } }) { totalCount } }`);
      expect(literal.errors[0]!.message).toContain('Date must be an ISO 8601 calendar date "YYYY-MM-DD"');
      expect(literal.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
      const variable = await gqlErrors('query ($d: Date) { funding(filter: { announcedOn: { to: $d } }) { roundCount } }', { d: date });
      expect(variable.errors[0]!.message).toContain('Date must be an ISO 8601 calendar date "YYYY-MM-DD"');
      expect(variable.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it.each([
    ['apache-2.0', 'Apache-2.0'],
    ['Apache 2.0', 'Apache-2.0'],
    ['MIT License', null],
    ['not-a-license', null],
  ])('refuses the license %j, which no served model is released under', async (value, suggestion) => {
    const { argument, message } = await refusal(`{ models(filter: { license: "${value}" }) { totalCount } }`);
    expect(argument).toBe('license');
    expect(message).toContain(`"license" names no license the dataset holds: no model is released under "${value}".`);
    if (suggestion) expect(message).toContain(`Nearest licenses: "${suggestion}"`);
  });

  it.each(['a\u0000b', '\u0007', 'x'.repeat(300)])('refuses the company slug %j without reading it', async (slug) => {
    const { argument, message } = await refusal('query ($f: FundingRoundFilter) { funding(filter: $f) { roundCount } }', {
      f: { company: slug },
    });
    expect(argument).toBe('company');
    expect(message).toContain('"company" names no company');
  });

  it('answers a long bad value without repeating it whole', async () => {
    const long = `x${'-y'.repeat(5000)}`;
    const { message } = await refusal('query ($f: FundingRoundFilter) { fundingRounds(filter: $f) { totalCount } }', {
      f: { company: long },
    });
    expect(message.length).toBeLessThan(300);
  });
});

describe('filters on the served data', () => {
  const labels = async (filter: string) =>
    (await gql(`{ fundingRounds(first: 100, filter: { ${filter} }) { nodes { label } } }`)).fundingRounds.nodes.map((n: any) => n.label);
  const models = async (filter: string) =>
    (await gql(`{ models(first: 100, filter: { ${filter} }) { nodes { slug } } }`)).models.nodes.map((n: any) => n.slug);

  it("never matches Mistral AI's round on its type or date, which the article does not state", async () => {
    for (const filter of [
      'types: [SEED, SERIES_A, SERIES_B, SERIES_C, SERIES_D, SERIES_UNKNOWN, UNDISCLOSED]',
      'announcedOn: { from: "1900-01-01" }',
      'announcedOn: { to: "2999-12-31" }',
    ]) {
      expect(await labels(filter), filter).not.toContain(MISTRAL);
    }
    expect(await labels('company: "mistral-ai", currency: "EUR", minAmount: "450000000"')).toEqual([MISTRAL]);
  });

  it("matches Mistral AI's $2 billion valuation in dollars only, though the round's amount is in euros", async () => {
    expect(await labels('valuationCurrency: "USD"')).toContain(MISTRAL);
    expect(await labels('valuationCurrency: "USD", minValuation: "2000000000"')).toContain(MISTRAL);
    expect(await labels('valuationCurrency: "USD", minValuation: "2000000000.01"')).not.toContain(MISTRAL);
    expect(await labels('valuationCurrency: "EUR", minValuation: "1"')).not.toContain(MISTRAL);
    expect(await labels('currency: "EUR", valuationCurrency: "USD", minValuation: "1000000000", region: "europe"')).toContain(MISTRAL);
  });

  it('finds Mistral 7B (Apache-2.0, OSI-approved, a language model) by license, open source and kind', async () => {
    for (const filter of [
      'license: "Apache-2.0"',
      'openSource: true',
      'kind: LARGE_LANGUAGE_MODEL',
      'kind: LARGE_LANGUAGE_MODEL, openSource: true',
    ]) {
      expect(await models(filter), filter).toContain('mistral-7b');
    }
    for (const filter of ['openSource: false', 'license: "Apache-2.0", openSource: false']) {
      expect(await models(filter), filter).not.toContain('mistral-7b');
    }
  });

  it('leaves the page checks to the page once the filter is valid', async () => {
    const { errors } = await gqlErrors('{ models(first: 101, filter: { license: "Apache-2.0" }) { totalCount } }');
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('what each filter selects, in the store of this project (seed plus a fictional article)', () => {
  let store: Store;
  beforeAll(async () => {
    const articles = [...embeddedArticles(), compileArticle(fixture).data];
    // The served reference may already hold the fixture's licenses (the grown dataset does).
    const licenses = [...servedReference.licenses, ...LICENSES.filter((l) => !servedReference.licenses.some((s) => s.spdxId === l.spdxId))];
    store = await storeOf(articles, { ...servedReference, licenses });
  });
  const rounds = async (args: string) =>
    (await gqlOn(store, `{ fundingRounds(first: 100, ${args}) { nodes { label } } }`)).fundingRounds.nodes.map((n: any) => n.label);
  /** The fixture companies' rounds a filter selects (other articles may add rounds of their own). */
  const fixtureRounds = async (filter: string, orderBy = '') => {
    const kestrel = await rounds(`filter: { company: "kestrel-grid", ${filter} }${orderBy}`);
    const tidewater = await rounds(`filter: { company: "tidewater-labs", ${filter} }${orderBy}`);
    return [...tidewater, ...kestrel];
  };

  it('selects rounds by any of several types', async () => {
    expect(await fixtureRounds('types: [SEED]')).toEqual([TIDEWATER_SEED]);
    expect(await fixtureRounds('types: [GRANT, SERIES_C, SERIES_B, GRANT]')).toEqual([TIDEWATER_B, KESTREL_C, KESTREL_GRANT]);
    expect(await fixtureRounds('types: [PRE_SEED, DEBT_FINANCING]')).toEqual([]);
    expect(await rounds('filter: { types: [SEED] }')).toContain(TIDEWATER_SEED);
    expect(await rounds('filter: { types: [SEED] }')).not.toContain(TIDEWATER_B);
  });

  it('selects rounds announced within inclusive dates, never an undated one', async () => {
    expect(await fixtureRounds('announcedOn: { from: "2024-04-15", to: "2025-09-30" }')).toEqual([TIDEWATER_SEED, TIDEWATER_B]);
    expect(await fixtureRounds('announcedOn: { from: "2024-04-16", to: "2025-09-29" }')).toEqual([]);
    expect(await fixtureRounds('announcedOn: { to: "2024-04-15" }')).toEqual([TIDEWATER_SEED, KESTREL_GRANT]);
    expect(await fixtureRounds('announcedOn: { from: "2023-01-11" }')).toEqual([TIDEWATER_SEED, TIDEWATER_B]);
    expect(await fixtureRounds('announcedOn: { from: "2023-01-10", to: "2023-01-10" }')).toEqual([KESTREL_GRANT]);
    const all = 'announcedOn: { from: "1900-01-01" }';
    expect(await fixtureRounds(all, ', orderBy: { field: ANNOUNCED_ON, direction: DESC }')).toEqual([
      TIDEWATER_B,
      TIDEWATER_SEED,
      KESTREL_GRANT,
    ]);
    expect(await rounds(`filter: { ${all} }`)).not.toContain(KESTREL_C);
  });

  it('selects rounds by valuation within one currency, never comparing across currencies', async () => {
    expect(await fixtureRounds('valuationCurrency: "USD"')).toEqual([TIDEWATER_SEED, KESTREL_C]);
    expect(await fixtureRounds('valuationCurrency: "USD", minValuation: "40000000"')).toEqual([TIDEWATER_SEED, KESTREL_C]);
    expect(await fixtureRounds('valuationCurrency: "USD", minValuation: "40000000.01"')).toEqual([KESTREL_C]);
    // €600 million is more than 40 million, but in euros: a dollar minimum never selects it.
    expect(await fixtureRounds('valuationCurrency: "USD", minValuation: "500000000"')).toEqual([KESTREL_C]);
    expect(await fixtureRounds('valuationCurrency: "EUR", minValuation: "500000000"')).toEqual([TIDEWATER_B]);
    expect(await fixtureRounds('valuationCurrency: "GBP"')).toEqual([]);
  });

  it('combines every condition, with the amount filters, orders and pages', async () => {
    const filter = 'types: [SEED, SERIES_C, GRANT], currency: "USD", minAmount: "2000000", valuationCurrency: "USD", minValuation: "1"';
    expect(await fixtureRounds(filter)).toEqual([TIDEWATER_SEED, KESTREL_C]);
    const byAmount = ', orderBy: { field: AMOUNT, direction: DESC }';
    expect(await rounds(`filter: { region: "north-america", ${filter} }${byAmount}`)).toContain(KESTREL_C);
    expect(await rounds(`filter: { region: "europe", ${filter} }${byAmount}`)).not.toContain(KESTREL_C);
    const page = await gqlOn(
      store,
      `{ fundingRounds(first: 1, filter: { company: "tidewater-labs", types: [SEED, SERIES_B] }, orderBy: { field: ANNOUNCED_ON, direction: ASC }) {
        totalCount nodes { label } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(page.fundingRounds).toMatchObject({ totalCount: 2, nodes: [{ label: TIDEWATER_SEED }], pageInfo: { hasNextPage: true } });
  });

  it('sums only the matching rounds in Query.funding', async () => {
    const { seed, usd } = await gqlOn(
      store,
      `{
        seed: funding(filter: { company: "tidewater-labs", types: [SEED, SERIES_B], announcedOn: { to: "2025-01-01" } }) { roundCount totals { amount currency } }
        usd: funding(filter: { company: "kestrel-grid", valuationCurrency: "USD", minValuation: "1000000000" }) { roundCount companyCount totals { amount currency } }
      }`,
    );
    expect(seed).toEqual({ roundCount: 1, totals: [{ amount: '8000000', currency: 'USD' }] });
    expect(usd).toEqual({ roundCount: 1, companyCount: 1, totals: [{ amount: '150000000', currency: 'USD' }] });
  });

  it('selects models by license, open source and kind; a model with no stated license matches neither true nor false', async () => {
    const models = async (filter: string) =>
      (await gqlOn(store, `{ models(first: 100, filter: { ${filter} }) { totalCount nodes { slug } } }`)).models.nodes
        .map((n: any) => n.slug)
        .filter((slug: string) => ['tidewater-coder', 'tidewater-mini', 'kestrel-chat', 'mistral-7b'].includes(slug));
    expect(await models('license: "MIT"')).toEqual(['tidewater-coder']);
    expect(await models('license: "CC-BY-NC-4.0"')).toEqual(['kestrel-chat']);
    expect(await models('openSource: true')).toEqual(['mistral-7b', 'tidewater-coder']);
    expect(await models('openSource: false')).toEqual(['kestrel-chat']);
    expect(await models('kind: LARGE_LANGUAGE_MODEL')).toEqual(['kestrel-chat', 'mistral-7b', 'tidewater-coder', 'tidewater-mini']);
    expect(await models('kind: LARGE_LANGUAGE_MODEL, openSource: true, license: "MIT"')).toEqual(['tidewater-coder']);
    expect(await models('license: "MIT", openSource: false')).toEqual([]);
    // A license no model of this store is released under names nothing it holds.
    await expect(models('license: "GPL-3.0-only"')).rejects.toThrow('no model is released under \\"GPL-3.0-only\\"');
  });

  it('pages filtered models with cursors and a full count', async () => {
    const query = (first: number) =>
      `{ models(first: ${first}, filter: { license: "CC-BY-NC-4.0" }) { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage } } }`;
    const all = (await gqlOn(store, query(100))).models;
    expect(all.nodes.map((n: any) => n.slug)).toContain('kestrel-chat');
    const first = (await gqlOn(store, query(1))).models;
    expect(first).toEqual({
      totalCount: all.nodes.length,
      nodes: [all.nodes[0]],
      pageInfo: { hasNextPage: all.nodes.length > 1, hasPreviousPage: false },
    });
  });

  it('suggests the nearest slugs this store holds', async () => {
    const { errors } = await executeOn(store, '{ fundingRounds(filter: { company: "tidewater-lab" }) { totalCount } }');
    expect(errors?.[0]?.message).toContain('Nearest company slugs: "tidewater-labs".');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'company' });
  });
});

describe('the cost of filtered lists', () => {
  it('is the cost of the page plus the price of the rounds a filter checks one by one, as extensions.cost reports it', async () => {
    const plain = await post('{ fundingRounds(first: 4) { nodes { label } } }');
    const conditions = 'types: [SEED], announcedOn: { from: "2020-01-01" }, valuationCurrency: "USD", minValuation: "1"';
    const filtered = await post(`{ fundingRounds(first: 4, filter: { ${conditions} }) { nodes { label } } }`);
    const ofOneCompany = await post(`{ fundingRounds(first: 4, filter: { company: "mistral-ai", ${conditions} }) { nodes { label } } }`);
    const cost = (plain.body as any).extensions.cost;
    expect(cost.requested).toBe(1 + 4 * 2);
    // No stored list holds these conditions: every round (or every round of one company) is checked.
    expect((filtered.body as any).extensions.cost).toEqual({ ...cost, requested: cost.requested + LIMITS.scanCost });
    expect((ofOneCompany.body as any).extensions.cost).toEqual({ ...cost, requested: cost.requested + LIMITS.narrowScanCost });
    const models = await post('{ models(first: 4, filter: { openSource: true }) { nodes { slug } } }');
    expect((models.body as any).extensions.cost).toEqual(cost);
  });
});
