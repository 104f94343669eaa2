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
      europe: region(slug: "europe") { children { slug parent { slug } } parent { slug } }
      us: region(slug: "united-states") { isoCode kind }
      asia: region(slug: "asia") { kind }
      regions(first: 100) { nodes { slug } }
    }`);
    expect(data.europe.children).toContainEqual({ slug: 'france', parent: { slug: 'europe' } });
    for (const child of data.europe.children) expect(child.parent).toEqual({ slug: 'europe' });
    expect(data.europe.parent).toBeNull();
    expect(data.us).toEqual({ isoCode: 'US', kind: 'COUNTRY' });
    expect(data.asia).toEqual({ kind: 'CONTINENT' });
    expect(data.regions.nodes.map((r: any) => r.slug)).toEqual(
      expect.arrayContaining(['paris', 'france', 'europe', 'united-states', 'asia', 'north-america']),
    );
  });

  it('filters regions by kind', async () => {
    const { regions } = await gql('{ regions(kind: COUNTRY, first: 100) { totalCount nodes { slug kind isoCode } } }');
    expect(regions.nodes).toHaveLength(regions.totalCount);
    expect(regions.nodes).toEqual(
      expect.arrayContaining([
        { slug: 'france', kind: 'COUNTRY', isoCode: 'FR' },
        { slug: 'united-states', kind: 'COUNTRY', isoCode: 'US' },
      ]),
    );
    for (const r of regions.nodes) expect([r.slug, r.kind, r.isoCode]).toEqual([r.slug, 'COUNTRY', expect.stringMatching(/^[A-Z]{2}$/)]);
  });

  it('cites where the article mentions a region, and nothing for reference-only regions', async () => {
    const data = await gql(
      '{ us: region(slug: "united-states") { sources { quote article { slug } } } fr: region(slug: "france") { sources { article { slug } } } }',
    );
    expect(data.us.sources.map((s: any) => s.quote)).toContainEqual(expect.stringContaining('the US and Asia'));
    // The seed article never names France itself, only Paris.
    expect(data.fr.sources.map((s: any) => s.article.slug)).not.toContain('mistral-ai-450-million-round');
  });
});

/** Every company a filter selects, and where each is headquartered (the region and its ancestors). */
const HQ = 'nodes { slug kind headquarters { slug ancestors { slug } } }';
const within = (c: any, region: string) =>
  c.headquarters !== null && [c.headquarters.slug, ...c.headquarters.ancestors.map((a: any) => a.slug)].includes(region);

describe('region filters include sub-regions', () => {
  it.each(['europe', 'france', 'paris'])('finds Mistral AI among companies in %s, and only companies inside it', async (slug) => {
    const data = await gql(
      `query($slug: String!) {
        companies(first: 100, filter: { region: $slug }) { totalCount ${HQ} }
        region(slug: $slug) { companies(first: 100) { totalCount ${HQ} } }
      }`,
      { slug },
    );
    expect(data.companies.nodes.map((c: any) => c.slug)).toContain('mistral-ai');
    for (const c of data.companies.nodes) expect([c.slug, within(c, slug)]).toEqual([c.slug, true]);
    expect(data.region.companies).toEqual(data.companies);
  });

  it('finds only companies inside Asia or the United States there', async () => {
    const data = await gql(
      `{ a: companies(first: 100, filter: { region: "asia" }) { ${HQ} } u: companies(first: 100, filter: { region: "united-states" }) { ${HQ} } }`,
    );
    for (const c of data.a.nodes) expect(within(c, 'asia')).toBe(true);
    for (const c of data.u.nodes) expect(within(c, 'united-states')).toBe(true);
    expect(data.u.nodes.map((c: any) => c.slug)).not.toContain('mistral-ai');
  });

  it('combines a region filter with a kind filter', async () => {
    const data = await gql(`{
      s: companies(first: 100, filter: { region: "europe", kind: STARTUP }) { ${HQ} }
      c: companies(first: 100, filter: { region: "europe", kind: CORPORATION }) { ${HQ} }
    }`);
    expect(data.s.nodes.map((c: any) => c.slug)).toContain('mistral-ai');
    for (const c of data.s.nodes) expect([c.kind, within(c, 'europe')]).toEqual(['STARTUP', true]);
    for (const c of data.c.nodes) expect([c.kind, within(c, 'europe')]).toEqual(['CORPORATION', true]);
  });

  it('filters funding rounds by region, company and investor', async () => {
    const data = await gql(`{
      europe: fundingRounds(first: 100, filter: { region: "europe" }) { nodes { label company { headquarters { slug ancestors { slug } } } } }
      asia: fundingRounds(first: 100, filter: { region: "asia" }) { nodes { company { headquarters { slug ancestors { slug } } } } }
      byInvestor: fundingRounds(first: 100, filter: { investor: "salesforce", company: "mistral-ai", region: "france" }) { nodes { label company { slug } } }
      wrongCompany: fundingRounds(first: 100, filter: { investor: "salesforce", company: "openai" }) { nodes { company { slug } } }
    }`);
    expect(data.europe.nodes.map((r: any) => r.label)).toContain('Mistral AI · €450 million');
    for (const r of data.europe.nodes) expect(within(r.company, 'europe')).toBe(true);
    for (const r of data.asia.nodes) expect(within(r.company, 'asia')).toBe(true);
    expect(data.byInvestor.nodes).toContainEqual({ label: 'Mistral AI · €450 million', company: { slug: 'mistral-ai' } });
    for (const r of data.byInvestor.nodes) expect(r.company).toEqual({ slug: 'mistral-ai' });
    for (const r of data.wrongCompany.nodes) expect(r.company).toEqual({ slug: 'openai' });
  });
});
