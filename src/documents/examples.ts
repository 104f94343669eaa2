/**
 * Example queries: the GraphiQL tabs, the landing page, the README, the load test and the
 * benchmarks all use these, and tests/examples.test.ts runs every one, so none can go stale.
 */
export interface Example {
  /** Tab title. */
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const examples: readonly Example[] = [
  {
    name: "Mistral AI's round",
    query: `# Mistral AI's €450 million round: who led, who joined, and on what terms.
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
  },
  {
    name: 'Model and license',
    query: `# Mistral 7B, who develops it, and the license it ships under.
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
  },
  {
    name: 'Companies in Europe',
    query: `# Region filters include sub-regions: Europe → France → Paris.
query CompaniesInEurope($region: String!) {
  companies(first: 10, filter: { region: $region }) {
    totalCount
    nodes { name kind headquarters { name } }
  }
}
`,
    variables: { region: 'europe' },
  },
  {
    name: 'Search',
    query: `# Best match first: exact name, then prefix, then substring.
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
    variables: { q: 'mistral' },
  },
  {
    name: 'Citations',
    query: `# Every fact points back to the exact sentence that states it.
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
  },
  {
    name: 'Investors and co-investors',
    query: `# Who backed Mistral AI, what it raised (per currency, never converted), and who invests alongside a16z.
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
  },
  {
    name: 'Funding by region',
    query: `# Money raised by companies in a region (sub-regions included), summed per currency.
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
    variables: { region: 'europe' },
  },
  {
    name: 'Largest rounds',
    query: `# Rounds of at least €100 million, largest first, and their totals.
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
    variables: { filter: { currency: 'EUR', minAmount: '100000000' } },
  },
];
