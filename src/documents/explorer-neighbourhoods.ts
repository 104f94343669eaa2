import { NEIGHBOURHOOD_FRAGMENTS } from './explorer-fragments';

/**
 * The explorer's documents that draw neighbourhoods (examples/explorer/queries.ts), as its client
 * prints them: the first view, a node's neighbours, the regions enclosing some regions. Trusted
 * documents (src/documents/explorer.ts gathers them, src/documents/trusted.ts pins them).
 */
export const explorerNeighbourhoods = {
  ExplorerStart: `query ExplorerStart {
  fundingRounds(first: 1, orderBy: {field: AMOUNT, direction: DESC}) {
    nodes {
      company {
        ...ExplorerCompanyNeighbourhood
      }
    }
  }
}

${NEIGHBOURHOOD_FRAGMENTS}`,
  ExplorerNeighbourhood: `query ExplorerNeighbourhood($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...ExplorerCompanyNeighbourhood
    ... on FundingRound {
      label
      company {
        ...ExplorerCompanyNode
      }
      roundInvestments: investments(first: 50) {
        totalCount
        nodes {
          lead
          investor {
            ...ExplorerCompanyNode
          }
        }
      }
    }
    ... on AIModel {
      name
      developer {
        ...ExplorerCompanyNode
        models(first: 10) {
          totalCount
          nodes {
            id
            name
          }
        }
      }
    }
    ... on Region {
      slug
      name
      regionKind: kind
      ancestors {
        id
        slug
        name
        kind
      }
      companies(first: 50) {
        totalCount
        nodes {
          ...ExplorerCompanyNode
        }
      }
    }
  }
}

${NEIGHBOURHOOD_FRAGMENTS}`,
  ExplorerRegions: `query ExplorerRegions($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Region {
      id
      slug
      name
      kind
      ancestors {
        id
        slug
        name
        kind
      }
    }
  }
}`,
} as const;
