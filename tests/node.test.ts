import { describe, expect, it } from 'vitest';
import { globalId, gql, gqlErrors } from './helpers';

/** One object of every Node type, found through the API rather than by guessing IDs. */
async function oneOfEach() {
  const data = await gql(`{
    company(slug: "nvidia") { id slug }
    model(slug: "mistral-7b") { id slug }
    region(slug: "france") { id slug }
    article(slug: "mistral-ai-450-million-round") { id slug }
    fundingRounds(first: 1) { nodes { id label investments(first: 1) { nodes { id investor { slug } } } } }
  }`);
  const round = data.fundingRounds.nodes[0];
  return [
    { typename: 'Company', id: data.company.id, key: data.company.slug },
    { typename: 'AIModel', id: data.model.id, key: data.model.slug },
    { typename: 'Region', id: data.region.id, key: data.region.slug },
    { typename: 'Article', id: data.article.id, key: data.article.slug },
    { typename: 'FundingRound', id: round.id, key: round.label },
    { typename: 'Investment', id: round.investments.nodes[0].id, key: round.investments.nodes[0].investor.slug },
  ];
}

const NODE = `query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Company { slug }
    ... on AIModel { slug }
    ... on Region { slug }
    ... on Article { slug }
    ... on FundingRound { label }
    ... on Investment { investor { slug } }
  }
}`;
const keyOf = (n: any) => n.slug ?? n.label ?? n.investor?.slug;

describe('global object identification', () => {
  it('round-trips every Node type through node(id)', async () => {
    const objects = await oneOfEach();
    expect(objects.map((o) => o.typename)).toEqual(['Company', 'AIModel', 'Region', 'Article', 'FundingRound', 'Investment']);
    for (const object of objects) {
      const { node } = await gql(NODE, { id: object.id });
      expect(node).toMatchObject({ __typename: object.typename, id: object.id });
      expect(keyOf(node)).toBe(object.key);
    }
  });

  it('issues distinct IDs across types', async () => {
    const ids = (await oneOfEach()).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves nodes(ids) in order, with null for unknown and malformed IDs', async () => {
    const objects = await oneOfEach();
    const ids = [objects[0]!.id, 'garbage', globalId('Company', 'nope'), objects[4]!.id, globalId('Nope', 'x'), '', '%%%', objects[5]!.id];
    const { nodes } = await gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(nodes).toEqual([
      { __typename: 'Company', id: objects[0]!.id },
      null,
      null,
      { __typename: 'FundingRound', id: objects[4]!.id },
      null,
      null,
      null,
      { __typename: 'Investment', id: objects[5]!.id },
    ]);
  });

  it.each([
    ['not base64', '!!!'],
    ['base64 without a type', btoa('mistral-ai')],
    ['an unknown type', globalId('Planet', 'earth')],
    ['an unknown slug', globalId('Company', 'nope')],
    ['a type that is not a Node', globalId('Money', '1')],
    ['a very long string', 'Q'.repeat(10_000)],
    ['unicode', '💥💥💥'],
  ])('returns null for %s, without errors', async (_what, id) => {
    expect(await gql(NODE, { id })).toEqual({ node: null });
  });

  it('refuses more than 100 IDs at once', async () => {
    const { errors } = await gqlErrors('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'x') });
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
