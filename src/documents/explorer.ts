/**
 * The explorer's documents (examples/explorer/queries.ts) as its client prints them and sends
 * them, by operation name: trusted documents (src/documents/trusted.ts), so even a fresh isolate
 * answers their hashes alone. tests/explorer.test.ts checks each against the explorer's own.
 * ExplorerGraph, ExplorerFilter and ExplorerNode are the first explorer's, drawing every node at
 * once; it draws neighbourhoods now, but clients may still send their hashes.
 */
export const explorerDocuments = {
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

fragment SourceFields on Citation {
  quote
  start
  end
  article {
    id
    slug
    title
    author
    url
    publishedOn
    text
  }
}`,
  ExplorerStart: `query ExplorerStart {
  fundingRounds(first: 1, orderBy: {field: AMOUNT, direction: DESC}) {
    nodes {
      company {
        ...ExplorerCompanyNeighbourhood
      }
    }
  }
}

fragment ExplorerCompanyNeighbourhood on Company {
  ...ExplorerCompanyNode
  headquarters {
    ancestors {
      id
      slug
      name
      kind
    }
  }
  competitors(first: 15) {
    totalCount
    nodes {
      ...ExplorerCompanyNode
    }
  }
  models(first: 10) {
    totalCount
    nodes {
      id
      name
    }
  }
  fundingRounds(first: 15) {
    totalCount
    nodes {
      ...ExplorerRoundNode
    }
  }
  investments(first: 15) {
    totalCount
    nodes {
      lead
      round {
        id
        label
        company {
          ...ExplorerCompanyNode
        }
      }
    }
  }
}

fragment ExplorerCompanyNode on Company {
  id
  name
  kind
  headquarters {
    id
    slug
    name
    kind
  }
}

fragment ExplorerRoundNode on FundingRound {
  id
  label
  company {
    ...ExplorerCompanyNode
  }
  investments(first: 6) {
    totalCount
    nodes {
      lead
      investor {
        ...ExplorerCompanyNode
      }
    }
  }
}`,
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

fragment ExplorerCompanyNeighbourhood on Company {
  ...ExplorerCompanyNode
  headquarters {
    ancestors {
      id
      slug
      name
      kind
    }
  }
  competitors(first: 15) {
    totalCount
    nodes {
      ...ExplorerCompanyNode
    }
  }
  models(first: 10) {
    totalCount
    nodes {
      id
      name
    }
  }
  fundingRounds(first: 15) {
    totalCount
    nodes {
      ...ExplorerRoundNode
    }
  }
  investments(first: 15) {
    totalCount
    nodes {
      lead
      round {
        id
        label
        company {
          ...ExplorerCompanyNode
        }
      }
    }
  }
}

fragment ExplorerCompanyNode on Company {
  id
  name
  kind
  headquarters {
    id
    slug
    name
    kind
  }
}

fragment ExplorerRoundNode on FundingRound {
  id
  label
  company {
    ...ExplorerCompanyNode
  }
  investments(first: 6) {
    totalCount
    nodes {
      lead
      investor {
        ...ExplorerCompanyNode
      }
    }
  }
}`,
  ExplorerEntity: `query ExplorerEntity($id: ID!) {
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
      fundingRounds(first: 20) {
        totalCount
        nodes {
          id
          label
          amount {
            display
          }
          announcedOn
          leadInvestors {
            id
            name
          }
        }
      }
      investments(first: 20) {
        totalCount
        nodes {
          lead
          instrument
          round {
            id
            label
            amount {
              display
            }
            company {
              id
              name
            }
          }
        }
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

fragment SourceFields on Citation {
  quote
  start
  end
  article {
    id
    slug
    title
    author
    url
    publishedOn
    text
  }
}`,
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
