import { graphql, type ResultOf } from './graphql';

/** A company's rounds with their amounts and leads, as the React recipes fetch it; typed from the schema by gql.tada. */
export const CompanyRoundsQuery = graphql(`
  query RecipeCompanyRounds($slug: String!) {
    company(slug: $slug) {
      name
      fundingRounds(first: 10) {
        nodes {
          id
          label
          amount { display }
          leadInvestors { name }
        }
      }
    }
  }
`);

/** What a recipe's query state looks like, whichever client fetched it. */
export interface CompanyRoundsState {
  readonly slug: string;
  readonly data: ResultOf<typeof CompanyRoundsQuery> | undefined;
  readonly loading: boolean;
  readonly error: Error | undefined;
}

/** The company and one line per round: label, amount, leads. */
export function CompanyRoundsView({ slug, data, loading, error }: CompanyRoundsState) {
  if (loading) return <p>Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!data?.company) return <p>No company “{slug}”.</p>;
  return (
    <section>
      <h1>{data.company.name}</h1>
      <ul>
        {data.company.fundingRounds.nodes.map((round) => (
          <li key={round.id}>
            {round.label}
            {round.amount ? ` · ${round.amount.display}` : ''}
            {round.leadInvestors.length ? ` · led by ${round.leadInvestors.map((lead) => lead.name).join(', ')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
