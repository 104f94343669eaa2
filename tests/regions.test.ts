import { describe, expect, it } from 'vitest';
import { gql } from './helpers';

describe('regions', () => {
  it('places Paris in France in Europe, with ISO codes only on countries', async () => {
    const { region } = await gql('{ region(slug: "paris") { name kind isoCode parent { slug isoCode kind } ancestors { slug kind } } }');
    expect(region).toEqual({
      name: 'Paris',
      kind: 'CITY',
      isoCode: null,
      parent: { slug: 'france', isoCode: 'FR', kind: 'COUNTRY' },
      ancestors: [
        { slug: 'france', kind: 'COUNTRY' },
        { slug: 'europe', kind: 'CONTINENT' },
      ],
    });
  });

  it('lists children and has the contract slugs', async () => {
    const data = await gql(`{
      europe: region(slug: "europe") { children { slug } parent { slug } }
      us: region(slug: "united-states") { isoCode kind }
      asia: region(slug: "asia") { kind }
      regions { nodes { slug } }
    }`);
    expect(data.europe).toEqual({ children: [{ slug: 'france' }], parent: null });
    expect(data.us).toEqual({ isoCode: 'US', kind: 'COUNTRY' });
    expect(data.asia).toEqual({ kind: 'CONTINENT' });
    expect(data.regions.nodes.map((r: any) => r.slug)).toEqual(
      expect.arrayContaining(['paris', 'france', 'europe', 'united-states', 'asia']),
    );
  });

  it('filters regions by kind', async () => {
    const { regions } = await gql('{ regions(kind: COUNTRY) { totalCount nodes { slug } } }');
    expect(regions).toEqual({ totalCount: 2, nodes: [{ slug: 'france' }, { slug: 'united-states' }] });
  });

  it('cites where the article mentions a region, and nothing for reference-only regions', async () => {
    const data = await gql('{ us: region(slug: "united-states") { sources { quote } } fr: region(slug: "france") { sources { quote } } }');
    expect(data.us.sources[0].quote).toContain('the US and Asia');
    expect(data.fr.sources).toEqual([]);
  });
});

describe('region filters include sub-regions', () => {
  it.each(['europe', 'france', 'paris'])('finds Mistral AI among companies in %s', async (slug) => {
    const data = await gql(
      `query($slug: String!) {
        companies(filter: { region: $slug }) { totalCount nodes { slug } }
        region(slug: $slug) { companies { totalCount nodes { slug } } }
      }`,
      { slug },
    );
    expect(data.companies).toEqual({ totalCount: 1, nodes: [{ slug: 'mistral-ai' }] });
    expect(data.region.companies).toEqual(data.companies);
  });

  it('finds no company in Asia or the United States', async () => {
    const data = await gql(
      '{ a: companies(filter: { region: "asia" }) { totalCount } u: companies(filter: { region: "united-states" }) { totalCount } }',
    );
    expect(data).toEqual({ a: { totalCount: 0 }, u: { totalCount: 0 } });
  });

  it('combines a region filter with a kind filter', async () => {
    const data = await gql(`{
      s: companies(filter: { region: "europe", kind: STARTUP }) { totalCount }
      c: companies(filter: { region: "europe", kind: CORPORATION }) { totalCount }
    }`);
    expect(data).toEqual({ s: { totalCount: 1 }, c: { totalCount: 0 } });
  });

  it('filters funding rounds by region, company and investor', async () => {
    const data = await gql(`{
      europe: fundingRounds(filter: { region: "europe" }) { totalCount nodes { label } }
      asia: fundingRounds(filter: { region: "asia" }) { totalCount }
      byInvestor: fundingRounds(filter: { investor: "salesforce", company: "mistral-ai", region: "france" }) { totalCount }
      wrongCompany: fundingRounds(filter: { investor: "salesforce", company: "openai" }) { totalCount }
    }`);
    expect(data).toEqual({
      europe: { totalCount: 1, nodes: [{ label: 'Mistral AI · €450 million' }] },
      asia: { totalCount: 0 },
      byInvestor: { totalCount: 1 },
      wrongCompany: { totalCount: 0 },
    });
  });
});
