import { examples } from '../src/documents/examples';

/** One GraphQL-over-HTTP request body of the benchmark mix. */
export interface MixItem {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

const walk = `query Walk($after: String) {
  companies(first: 3, after: $after) {
    edges { cursor node { name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The example queries in the mix, by name: fixed, so adding an example does not change what is measured. */
const MIX_EXAMPLES = ["Mistral AI's round", 'Model and license', 'Companies in Europe', 'Search', 'Citations'];

const example = (name: string): MixItem => {
  const found = examples.find((e) => e.name === name);
  if (!found) throw new Error(`bench/mix.ts: no example named ${name} in src/documents/examples.ts`);
  return { name: found.name, query: found.query, variables: found.variables };
};

/**
 * The query mix every server answers: five example queries, a pagination walk (first page, then
 * the page after the third item) and a search, so the benchmark reflects what clients send.
 */
export const mix: readonly MixItem[] = [
  ...MIX_EXAMPLES.map(example),
  { name: 'Walk, page 1', query: walk, variables: { after: null } },
  { name: 'Walk, page 2', query: walk, variables: { after: btoa('cursor:v1:2') } },
  {
    name: 'Search "ai"',
    query: 'query S($q: String!) { search(query: $q, first: 5) { totalCount nodes { __typename } } }',
    variables: { q: 'ai' },
  },
];

/** The URL search string of a mix item sent as GET: its query and variables, URL-encoded. */
export const searchOf = (item: MixItem): string =>
  new URLSearchParams({ query: item.query, variables: JSON.stringify(item.variables ?? {}) }).toString();

/** How a request differs from the ones before it. */
export type Novelty = 'repeat' | 'document' | 'variables';

/**
 * The request body of a mix item. `document`: a comment makes the document new to every cache.
 * `variables`: the same document with an extra, unused variable `n`, so the request (and the
 * response cache) is new but parsed documents are reused; GraphQL ignores undeclared variables.
 */
export const bodyOf = (item: MixItem, n?: number, novelty: Novelty = n === undefined ? 'repeat' : 'document'): string =>
  JSON.stringify({
    query: novelty === 'document' ? `# ${n}\n${item.query}` : item.query,
    variables: novelty === 'variables' ? { ...item.variables, n } : (item.variables ?? {}),
  });
