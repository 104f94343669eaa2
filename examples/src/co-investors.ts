import { graphql, type ResultOf } from './graphql';

/** Who invests alongside a company, with the rounds they share, and what the company raised. */
export const CoInvestors = graphql(`
  query CoInvestors($slug: String!) {
    company(slug: $slug) {
      name
      totalRaised { display }
      coInvestors(first: 10) {
        totalCount
        edges {
          node { name }
          sharedRounds { label }
        }
      }
    }
  }
`);

export type CoInvestorsResult = ResultOf<typeof CoInvestors>;

/** Renders co-investors as plain text, e.g. "Nvidia: 1 shared round (Mistral AI · €450 million)". */
export function renderCoInvestors(data: CoInvestorsResult): string {
  const company = data.company;
  if (!company) return 'No such company.';
  const raised = company.totalRaised.map((m) => m.display).join(' + ');
  const lines = [raised ? `${company.name} raised ${raised}` : company.name];
  lines.push(`Co-investors (${company.coInvestors.totalCount}):`);
  for (const { node, sharedRounds } of company.coInvestors.edges) {
    const n = sharedRounds.length;
    lines.push(`  ${node.name}: ${n} shared round${n === 1 ? '' : 's'} (${sharedRounds.map((r) => r.label).join('; ')})`);
  }
  return lines.join('\n');
}
