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

/** A company as a node of the drawing: its name and kind (for the Kind filter), and where it is headquartered. */
export const CompanyNodeFields = graphql(`
  fragment ExplorerCompanyNode on Company @_unmask {
    id
    name
    kind
    headquarters { id slug name kind }
  }
`);

/** A round as a node: its label, the company that raised it and its first investors. */
export const RoundNodeFields = graphql(
  `
  fragment ExplorerRoundNode on FundingRound @_unmask {
    id
    label
    company { ...ExplorerCompanyNode }
    investments(first: 6) { totalCount nodes { lead investor { ...ExplorerCompanyNode } } }
  }
`,
  [CompanyNodeFields],
);

/**
 * A company and its neighbours, bounded whatever the data: the rounds it raised (each with its
 * first investors), the rounds it invested in (each with the company that raised it), its
 * competitors and models, and its headquarters and the regions enclosing them: at most about 150
 * nodes, however prolific the company. Expanding a round brings its other investors.
 */
export const CompanyNeighbourhoodFields = graphql(
  `
  fragment ExplorerCompanyNeighbourhood on Company @_unmask {
    ...ExplorerCompanyNode
    headquarters { ancestors { id slug name kind } }
    competitors(first: 15) { totalCount nodes { ...ExplorerCompanyNode } }
    models(first: 10) { totalCount nodes { id name } }
    fundingRounds(first: 15) { totalCount nodes { ...ExplorerRoundNode } }
    investments(first: 15) { totalCount nodes { lead round { id label company { ...ExplorerCompanyNode } } } }
  }
`,
  [CompanyNodeFields, RoundNodeFields],
);

/**
 * The first view: the company that raised the round first in amount order (the largest round in
 * the first currency by code) and its neighbourhood, in one request.
 */
export const ExplorerStart = graphql(
  `
  query ExplorerStart {
    fundingRounds(first: 1, orderBy: { field: AMOUNT, direction: DESC }) {
      nodes { company { ...ExplorerCompanyNeighbourhood } }
    }
  }
`,
  [CompanyNeighbourhoodFields],
);

/**
 * Any node's neighbourhood, for the first view of a chosen entity and for expanding a node: a
 * company's (above), a round's company and investors, a model's developer and its other models,
 * a region's enclosing regions and the companies headquartered in it.
 */
export const ExplorerNeighbourhood = graphql(
  `
  query ExplorerNeighbourhood($id: ID!) {
    node(id: $id) {
      __typename
      id
      ...ExplorerCompanyNeighbourhood
      ... on FundingRound {
        label
        company { ...ExplorerCompanyNode }
        roundInvestments: investments(first: 50) { totalCount nodes { lead investor { ...ExplorerCompanyNode } } }
      }
      ... on AIModel { name developer { ...ExplorerCompanyNode models(first: 10) { totalCount nodes { id name } } } }
      ... on Region {
        slug
        name
        regionKind: kind
        ancestors { id slug name kind }
        companies(first: 50) { totalCount nodes { ...ExplorerCompanyNode } }
      }
    }
  }
`,
  [CompanyNeighbourhoodFields, CompanyNodeFields],
);

/** The regions enclosing each of some regions, for the Region filter: sub-regions count. */
export const ExplorerRegions = graphql(`
  query ExplorerRegions($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Region { id slug name kind ancestors { id slug name kind } }
    }
  }
`);

export type CompanyNodeData = ResultOf<typeof CompanyNodeFields>;
export type RoundNodeData = ResultOf<typeof RoundNodeFields>;
export type CompanyNeighbourhoodData = ResultOf<typeof CompanyNeighbourhoodFields>;
export type NeighbourhoodData = NonNullable<ResultOf<typeof ExplorerNeighbourhood>['node']>;

/**
 * One node's facts and sources for the side panel; GraphiQL opens the same document. A company's
 * also lists the rounds it raised (amounts and leads) and those it invested in.
 */
export const ExplorerEntity = graphql(
  `
  query ExplorerEntity($id: ID!) {
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
        fundingRounds(first: 20) { totalCount nodes { id label amount { display } announcedOn leadInvestors { id name } } }
        investments(first: 20) { totalCount nodes { lead instrument round { id label amount { display } company { id name } } } }
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
  NonNullable<ResultOf<typeof ExplorerEntity>['node']>,
  { __typename: 'Company' | 'FundingRound' | 'AIModel' | 'Region' }
>;

const drawnTypes = new Set(['Company', 'FundingRound', 'AIModel', 'Region']);
/** Narrows `node(id:)`'s answer to a drawn node. */
export const isDrawn = (node: ResultOf<typeof ExplorerEntity>['node']): node is NodeData => node != null && drawnTypes.has(node.__typename);
export type Source = ResultOf<typeof SourceFields>;
