/**
 * Fragments the explorer's documents share, as its client (examples/explorer/queries.ts) prints
 * them after each document that spreads them. A document is the exact text its hash pins
 * (src/documents/trusted.ts), so documents are composed of these strings, never reworded.
 */

/** A company with its neighbours, and the fields every drawn company and round carries. */
export const NEIGHBOURHOOD_FRAGMENTS = `fragment ExplorerCompanyNeighbourhood on Company {
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
}`;

/** What a citation shows: the quoted passage, its offsets and its article. */
export const SOURCE_FIELDS = `fragment SourceFields on Citation {
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
}`;
