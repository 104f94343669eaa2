import { explorerEntity } from './explorer-entity';
import { SOURCE_FIELDS } from './explorer-fragments';
import { explorerNeighbourhoods } from './explorer-neighbourhoods';

/** The first explorer's documents, which drew every node at once. */
const firstExplorer = {
  ExplorerGraph: `query ExplorerGraph {
  companies(first: 100) {
    totalCount
    nodes {
      id
      name
      kind
      aliases
      headquarters {
        id
      }
      competitors(first: 20) {
        nodes {
          id
        }
      }
    }
  }
  fundingRounds(first: 100) {
    totalCount
    nodes {
      id
      label
      amount {
        display
      }
      company {
        id
      }
      investments(first: 20) {
        nodes {
          lead
          investor {
            id
          }
        }
      }
    }
  }
  models(first: 100) {
    totalCount
    nodes {
      id
      name
      developer {
        id
      }
    }
  }
  regions(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      kind
      parent {
        id
      }
    }
  }
}`,
  ExplorerFilter: `query ExplorerFilter($filter: CompanyFilter!) {
  companies(first: 100, filter: $filter) {
    nodes {
      id
    }
  }
}`,
  ExplorerSearch: `query ExplorerSearch($query: String!) {
  search(query: $query, first: 10) {
    nodes {
      __typename
      ... on Company {
        id
        name
      }
      ... on FundingRound {
        id
        label
      }
      ... on AIModel {
        id
        name
      }
      ... on Region {
        id
        name
      }
    }
  }
}`,
  ExplorerNode: `query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Company {
      name
      companyKind: kind
      aliases
      description
      industries
      headquarters {
        name
      }
      sources {
        ...SourceFields
      }
    }
    ... on FundingRound {
      label
      type
      announcedOn
      amount {
        display
      }
      valuation {
        display
      }
      company {
        name
      }
      leadInvestors {
        name
      }
      tranches {
        instrument
        amount {
          display
        }
        investors {
          name
        }
      }
      investments(first: 100) {
        nodes {
          lead
          instrument
          amount {
            display
          }
          investor {
            name
          }
        }
      }
      sources {
        ...SourceFields
      }
    }
    ... on AIModel {
      name
      modelKind: kind
      description
      parameterCount
      license {
        name
        spdxId
        openSource
      }
      developer {
        name
      }
      sources {
        ...SourceFields
      }
    }
    ... on Region {
      name
      regionKind: kind
      isoCode
      ancestors {
        name
      }
      sources {
        ...SourceFields
      }
    }
  }
}

${SOURCE_FIELDS}`,
} as const;

/**
 * The explorer's documents (examples/explorer/queries.ts) as its client prints them and sends
 * them, by operation name: trusted documents (src/documents/trusted.ts), so even a fresh isolate
 * answers their hashes alone. tests/explorer.test.ts checks each against the explorer's own.
 * ExplorerGraph, ExplorerFilter and ExplorerNode are the first explorer's, drawing every node at
 * once; it draws neighbourhoods now, but clients may still send their hashes.
 */
export const explorerDocuments = { ...firstExplorer, ...explorerNeighbourhoods, ...explorerEntity } as const;
