import { SOURCE_FIELDS } from './explorer-fragments';
/**
 * The explorer's side panel document (examples/explorer/queries.ts), as its client prints it: one
 * node's facts, a company's rounds, and sources with their article text. A trusted document
 * (src/documents/explorer.ts gathers it, src/documents/trusted.ts pins it).
 */
export const explorerEntity = {
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

${SOURCE_FIELDS}`,
} as const;
