import { graphql, type ResultOf } from '../src/graphql';

/**
 * Everything the first view draws, in one request: up to a page (100) of each kind of node and the
 * IDs they link to. Within the API's cost limit (tests/explorer.test.ts checks it).
 */
export const ExplorerGraph = graphql(`
  query ExplorerGraph {
    companies(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        aliases
        headquarters { id }
        competitors(first: 20) { nodes { id } }
      }
    }
    fundingRounds(first: 100) {
      totalCount
      nodes {
        id
        label
        amount { display }
        company { id }
        investments(first: 20) { nodes { lead investor { id } } }
      }
    }
    models(first: 100) {
      totalCount
      nodes { id name developer { id } }
    }
    regions(first: 100) {
      totalCount
      nodes { id slug name kind parent { id } }
    }
  }
`);

export type GraphData = ResultOf<typeof ExplorerGraph>;

/** The companies a kind and region filter keeps; the API includes sub-regions of `region`. */
export const ExplorerFilter = graphql(`
  query ExplorerFilter($filter: CompanyFilter!) {
    companies(first: 100, filter: $filter) {
      nodes { id }
    }
  }
`);

/** Search as the API ranks it: exact names and aliases first. */
export const ExplorerSearch = graphql(`
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 10) {
      nodes {
        __typename
        ... on Company { id name }
        ... on FundingRound { id label }
        ... on AIModel { id name }
        ... on Region { id name }
      }
    }
  }
`);

/** The passages a fact comes from, with the article text around them. */
export const SourceFields = graphql(`
  fragment SourceFields on Citation @_unmask {
    quote
    start
    end
    article { id slug title author url publishedOn text }
  }
`);

/** One node's facts and sources, for the side panel; GraphiQL opens the same document. */
export const ExplorerNode = graphql(
  `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Company {
        name
        companyKind: kind
        aliases
        description
        industries
        headquarters { name }
        sources { ...SourceFields }
      }
      ... on FundingRound {
        label
        type
        announcedOn
        amount { display }
        valuation { display }
        company { name }
        leadInvestors { name }
        tranches { instrument amount { display } investors { name } }
        investments(first: 100) { nodes { lead instrument amount { display } investor { name } } }
        sources { ...SourceFields }
      }
      ... on AIModel {
        name
        modelKind: kind
        description
        parameterCount
        license { name spdxId openSource }
        developer { name }
        sources { ...SourceFields }
      }
      ... on Region {
        name
        regionKind: kind
        isoCode
        ancestors { name }
        sources { ...SourceFields }
      }
    }
  }
`,
  [SourceFields],
);

/** A node the explorer draws; `node(id:)` can also return types it does not (articles, investments). */
export type NodeData = Extract<
  NonNullable<ResultOf<typeof ExplorerNode>['node']>,
  { __typename: 'Company' | 'FundingRound' | 'AIModel' | 'Region' }
>;

const drawnTypes = new Set(['Company', 'FundingRound', 'AIModel', 'Region']);
/** Narrows `node(id:)`'s answer to a drawn node. */
export const isDrawn = (node: ResultOf<typeof ExplorerNode>['node']): node is NodeData => node != null && drawnTypes.has(node.__typename);
export type Source = ResultOf<typeof SourceFields>;
