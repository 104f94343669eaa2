/**
 * The browser recipes' document (examples/react-urql, examples/react-apollo) exactly as urql and
 * Apollo Client both print it, `__typename` added: pinned in trusted.ts, so a recipe's first
 * request is a cacheable GET of its hash.
 */
export const recipeDocuments = {
  RecipeCompanyRounds: `query RecipeCompanyRounds($slug: String!) {
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
} as const;
