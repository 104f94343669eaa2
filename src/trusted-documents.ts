/**
 * The trusted documents: operations every client may send as their SHA-256 hash alone (Apollo's
 * persisted-query protocol), known from the first request of every isolate. Hash and text are
 * pinned together: clients persist these hashes, so a document here never changes. To change a
 * query, add a new entry; tests/persisted.test.ts checks each hash against its text. Every example
 * query (src/examples.ts) and the explorer's documents as its client prints them are here
 * (tests/persisted.test.ts and tests/explorer.test.ts check that).
 */
export const trustedDocuments: ReadonlyMap<string, string> = new Map([
  [
    'a51b06c7b7c032f955dd23232c3abef988c5cbf95c4b7d6eec6d3051d6aea819',
    `# Mistral AI's €450 million round: who led, who joined, and on what terms.
query MistralRound {
  company(slug: "mistral-ai") {
    name
    headquarters { name ancestors { name } }
    fundingRounds(first: 5) {
      nodes {
        label
        amount { amount currency display }
        valuation { display }
        leadInvestors { name kind }
        tranches {
          instrument
          amount { display }
          investors { name }
        }
        investments {
          nodes { investor { name } lead instrument }
        }
      }
    }
  }
}
`,
  ],
  [
    'bff1b969453c649e9c4a8063ba0732ee6aef56c991725bde5979c3f141110107',
    `# Mistral 7B, who develops it, and the license it ships under.
query ModelLicense {
  model(slug: "mistral-7b") {
    name
    kind
    developer { name }
    license { spdxId name openSource }
    parameterCount
  }
}
`,
  ],
  [
    '802bdf260ce82fd35d7937dc80e1348ba55292f11ff476494b351243249b7ca4',
    `# Region filters include sub-regions: Europe → France → Paris.
query CompaniesInEurope($region: String!) {
  companies(first: 10, filter: { region: $region }) {
    totalCount
    nodes { name kind headquarters { name } }
  }
}
`,
  ],
  [
    '6edd6aa63a5b95d37e7759dfa6436f1f0877f024153e4579d1d12172b98325bb',
    `# Best match first: exact name, then prefix, then substring.
query Search($q: String!) {
  search(query: $q, first: 10) {
    totalCount
    nodes {
      __typename
      ... on Company { name slug }
      ... on AIModel { name slug }
      ... on FundingRound { label }
      ... on Region { name slug }
      ... on Article { slug author }
    }
  }
}
`,
  ],
  [
    '114921c40c4bbfd40260ab95018e6df9807f70f50c7b58313df758d90223d936',
    `# Every fact points back to the exact sentence that states it.
query Citations {
  company(slug: "nvidia") {
    name
    investments {
      nodes {
        instrument
        round { label }
        sources { quote start end article { slug author } }
      }
    }
  }
}
`,
  ],
  // examples/explorer/queries.ts: ExplorerGraph
  [
    '81979e1fd7de6460a25218e84147767e7e209d5551df920f1537c965b56a4a93',
    `query ExplorerGraph {
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
  ],
  // examples/explorer/queries.ts: ExplorerFilter
  [
    'da1621af2464a0d9e4d2711d96844d03b97d6b594c7fb7197db611decc8b4efb',
    `query ExplorerFilter($filter: CompanyFilter!) {
  companies(first: 100, filter: $filter) {
    nodes {
      id
    }
  }
}`,
  ],
  // examples/explorer/queries.ts: ExplorerSearch
  [
    'b862ceb4ef57ae406997c9db7e27a3d0c4f7dfb7b8b76490a2495e2737e13403',
    `query ExplorerSearch($query: String!) {
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
  ],
  // examples/explorer/queries.ts: ExplorerNode
  [
    '35b19b9b6d603ca1d889adc2706b63628d3a0cf0a6d02c8af767664922d2925e',
    `query ExplorerNode($id: ID!) {
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
  ],
  // src/examples.ts: Investors and co-investors
  [
    '7618a46b7b09e84fda40eae086f8f437c9528a5155a9c97d9d9bb508f2f7f1a4',
    `# Who backed Mistral AI, what it raised (per currency, never converted), and who invests alongside a16z.
query InvestorGraph {
  company(slug: "mistral-ai") {
    name
    investors(first: 10) { nodes { name kind } }
    totalRaised { amount currency display }
  }
  investor: company(slug: "andreessen-horowitz") {
    name
    coInvestors(first: 10) {
      totalCount
      edges {
        node { name }
        sharedRounds { label }
      }
    }
  }
}
`,
  ],
  // src/examples.ts: Funding by region
  [
    '3a8e6d83abc31a72ef8e09a02a6fcfbc7163039f4a1f3a327e556e28f9f187d5',
    `# Money raised by companies in a region (sub-regions included), summed per currency.
query FundingByRegion($region: String!) {
  region(slug: $region) {
    name
    funding {
      roundCount
      companyCount
      investorCount
      totals { amount currency display }
    }
  }
}
`,
  ],
  // src/examples.ts: Largest rounds
  [
    'd8f625f8c293635e2af99da34562cc1996650d97270b1239bf903e7d240a9e0f',
    `# Rounds of at least €100 million, largest first, and their totals.
query LargestRounds($filter: FundingRoundFilter!) {
  fundingRounds(first: 10, filter: $filter, orderBy: { field: AMOUNT, direction: DESC }) {
    totalCount
    nodes {
      label
      amount { display }
      leadInvestors { name }
      tranches { instrument amount { display } }
    }
  }
  funding(filter: $filter) {
    roundCount
    totals { display }
  }
}
`,
  ],
  // The browser recipes' document (examples/react-urql, examples/react-apollo) as urql and Apollo
  // Client both print it, __typename added: their first request is a cacheable GET of its hash.
  [
    '09d0d5fa517d235c751b2a04e2b0ff345fde09c91243926785228ae45fda03cb',
    `query RecipeCompanyRounds($slug: String!) {
  company(slug: $slug) {
    name
    fundingRounds(first: 10) {
      nodes {
        id
        label
        amount {
          display
          __typename
        }
        leadInvestors {
          name
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
}`,
  ],
]);
