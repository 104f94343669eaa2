import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import contract from './fixtures/contract.graphql?raw';
import { globalId, gql } from './helpers';

/**
 * Every field of every contract type, queried on the real data through the Worker. For each type
 * a query reaches one real object of it and selects all its fields one level deep; the responses
 * are then checked against the contract: every field came back, and none is null where the contract
 * says `!`.
 */
const schema = buildSchema(contract);

/** Where to find a real object of each contract type: a query with `%` where its fields go. */
const paths: Record<string, string> = {
  Query: '%',
  Company: 'company(slug: "mistral-ai") { % }',
  FundingRound: `node(id: "${globalId('FundingRound', 'mistral-ai-eur-450m')}") { ... on FundingRound { % } }`,
  Tranche: `node(id: "${globalId('FundingRound', 'mistral-ai-eur-450m')}") { __typename ... on FundingRound { tranches { % } } }`,
  Investment: `node(id: "${globalId('Investment', 'mistral-ai-eur-450m/nvidia')}") { ... on Investment { % } }`,
  AIModel: 'model(slug: "mistral-7b") { % }',
  License: 'model(slug: "mistral-7b") { license { % } }',
  Region: 'region(slug: "france") { % }',
  Article: 'article(slug: "mistral-ai-450-million-round") { % }',
  Citation: 'company(slug: "nvidia") { sources { % } }',
  Money: `node(id: "${globalId('FundingRound', 'mistral-ai-eur-450m')}") { __typename ... on FundingRound { amount { % } } }`,
};

const rootArgs: Record<string, string> = {
  node: `(id: "${globalId('Company', 'mistral-ai')}")`,
  nodes: `(ids: ["${globalId('FundingRound', 'mistral-ai-eur-450m')}"])`,
  company: '(slug: "mistral-ai")',
  model: '(slug: "mistral-7b")',
  region: '(slug: "europe")',
  article: '(slug: "mistral-ai-450-million-round")',
  search: '(query: "mistral", first: 5)',
};

const isConnection = (t: GraphQLNamedType) => t.name.endsWith('Connection');

/** A one-level selection of a field's value; connections also get their edges, cursors and page info. */
function shallow(field: GraphQLField<unknown, unknown>, args = ''): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return `${field.name}${args}`;
  if (isConnection(named)) {
    return `${field.name}${args || '(first: 2)'} { __typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } edges { __typename cursor node { __typename } } nodes { __typename } }`;
  }
  return `${field.name}${args} { __typename }`;
}

type Seen = Map<string, unknown[]>;

function record(value: unknown, type: GraphQLNamedType, seen: Seen) {
  if (value === null || typeof value !== 'object') return;
  const typename = (value as { __typename?: string }).__typename;
  const concrete = typename ? schema.getType(typename) : type;
  if (!concrete || !(isObjectType(concrete) || isInterfaceType(concrete))) return;
  for (const [name, fieldValue] of Object.entries(value)) {
    const field = concrete.getFields()[name];
    if (!field) continue;
    const key = `${concrete.name}.${name}`;
    seen.set(key, [...(seen.get(key) ?? []), fieldValue]);
    const items = isListType(getNullableType(field.type)) ? ((fieldValue as unknown[] | null) ?? []) : [fieldValue];
    for (const item of items) record(item, getNamedType(field.type), seen);
  }
}

describe('every contract field on real data', () => {
  it('resolves every field of the contract, and never null where it says !', async () => {
    const seen: Seen = new Map();
    const query = schema.getQueryType()!;
    for (const [typename, path] of Object.entries(paths)) {
      const type = schema.getType(typename);
      if (!isObjectType(type)) throw new Error(`${typename} is not an object type of the contract`);
      const fields = Object.values(type.getFields()).map((f) => shallow(f, typename === 'Query' ? (rootArgs[f.name] ?? '') : ''));
      // One field per query keeps each well inside the query limits.
      for (const selection of fields) record(await gql(`{ ${path.replace('%', `__typename ${selection}`)} }`), query, seen);
    }

    const missing: string[] = [];
    const nullWhereRequired: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const values = seen.get(key);
        if (!values) missing.push(key);
        else if (isNonNullType(field.type) && values.some((v) => v === null || v === undefined)) nullWhereRequired.push(key);
      }
    }
    expect(missing).toEqual([]);
    expect(nullWhereRequired).toEqual([]);
  });
});
