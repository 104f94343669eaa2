import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from './helpers';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Company { slug }
      ... on AIModel { slug }
      ... on FundingRound { label }
      ... on Region { slug }
      ... on Article { slug }
    }
  }
}`;
const keyOf = (n: any) => `${n.__typename}:${n.slug ?? n.label}`;
const search = async (q: string, first?: number, after?: string) => (await gql(SEARCH, { q, first, after })).search;

describe('search', () => {
  it('ranks exact name, then prefix, then substring', async () => {
    const exact = (await search('mistral ai', 100)).nodes.map(keyOf);
    expect(exact[0]).toBe('Company:mistral-ai');
    expect(exact).toContain('FundingRound:Mistral AI · €450 million');
    const prefix = (await search('mistral', 100)).nodes.map(keyOf);
    expect(prefix[0]).toBe('Company:mistral-ai');
    // A name that starts with the query comes before one that only contains it.
    expect(prefix.indexOf('AIModel:mistral-7b')).toBeLessThan(prefix.indexOf('Article:mistral-ai-450-million-round'));
    expect(prefix).toEqual(expect.arrayContaining(['FundingRound:Mistral AI · €450 million', 'Article:mistral-ai-450-million-round']));
  });

  it('is case-insensitive', async () => {
    expect((await search('DEEPMIND')).nodes.map(keyOf)[0]).toBe('Company:deepmind');
    expect((await search('nViDiA')).nodes.map(keyOf)[0]).toBe('Company:nvidia');
  });

  it('matches aliases and slugs', async () => {
    expect((await search('a16z')).nodes.map(keyOf)[0]).toBe('Company:andreessen-horowitz');
    expect((await search('united-states')).nodes.map(keyOf)[0]).toBe('Region:united-states');
    expect((await search('mistral-7b')).nodes.map(keyOf)[0]).toBe('AIModel:mistral-7b');
  });

  it('matches descriptions, after every name match', async () => {
    const nodes = (await search('venture capital', 100)).nodes.map(keyOf);
    expect(nodes).toContain('Company:andreessen-horowitz');
    expect(nodes.indexOf('Company:andreessen-horowitz')).toBeLessThan(nodes.indexOf('Article:mistral-ai-450-million-round'));
    const healthcare = (await search('healthcare', 100)).nodes.map(keyOf);
    expect(healthcare).toEqual(expect.arrayContaining(['Company:mistral-ai', 'Article:mistral-ai-450-million-round']));
  });

  it('returns every kind of result: companies, rounds, models, regions and articles', async () => {
    const kinds = new Set([...(await search('a', 100)).nodes, ...(await search('paris', 100)).nodes].map((n: any) => n.__typename));
    expect([...kinds].sort()).toEqual(['AIModel', 'Article', 'Company', 'FundingRound', 'Region']);
  });

  it('pages through results with cursors', async () => {
    const all = await search('a', 100);
    expect(all.totalCount).toBeGreaterThan(4);
    const first = await search('a', 2);
    const second = await search('a', 2, first.pageInfo.endCursor);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.nodes, ...second.nodes].map(keyOf)).toEqual(all.nodes.slice(0, 4).map(keyOf));
    expect(second.totalCount).toBe(all.totalCount);
  });

  it('finds nothing for a string no entity contains', async () => {
    expect(await search('zzzz-not-there')).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('refuses an empty or overlong query with BAD_USER_INPUT', async () => {
    for (const q of ['', '   ', 'x'.repeat(201)]) {
      const { errors } = await gqlErrors(SEARCH, { q });
      expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0]!.message).toMatch(/"query" must be 1 to 200 characters/);
    }
  });
});
