import { type FragmentOf, graphql, type ResultOf, readFragment } from './graphql';

/** One investor's part in a round; a fragment, so that components can own their fields. */
export const InvestmentFields = graphql(`
  fragment InvestmentFields on Investment {
    lead
    instrument
    investor { name }
  }
`);

/** A company's funding rounds with who led, who joined, and on what terms. */
export const CompanyRounds = graphql(
  `
  query CompanyRounds($slug: String!) {
    company(slug: $slug) {
      name
      headquarters { name }
      fundingRounds(first: 5) {
        nodes {
          label
          amount { display }
          valuation { display }
          leadInvestors { name }
          tranches {
            instrument
            amount { display }
            investors { name }
          }
          investments(first: 20) {
            nodes { ...InvestmentFields }
          }
        }
      }
    }
  }
`,
  [InvestmentFields],
);

export type CompanyRoundsResult = ResultOf<typeof CompanyRounds>;
type Instrument = ResultOf<typeof InvestmentFields>['instrument'];

const INSTRUMENTS: Record<Instrument, string> = {
  EQUITY: 'equity',
  CONVERTIBLE_DEBT: 'convertible debt',
  UNSPECIFIED: 'instrument not stated',
};

/** A label for any instrument, one the API adds later included: enums gain values (docs/frontend.md). */
export const instrumentLabel = (instrument: Instrument): string => INSTRUMENTS[instrument] ?? instrument.toLowerCase().replace(/_/g, ' ');

/** Renders one investment, e.g. "Nvidia (convertible debt)" or "Andreessen Horowitz (lead)". */
export function renderInvestment(investment: FragmentOf<typeof InvestmentFields>): string {
  const { lead, instrument, investor } = readFragment(InvestmentFields, investment);
  const notes = [lead ? 'lead' : null, instrument === 'UNSPECIFIED' ? null : instrumentLabel(instrument)].filter(Boolean);
  return notes.length ? `${investor.name} (${notes.join(', ')})` : investor.name;
}

/** Renders a company's rounds as plain text, one block per round. */
export function renderRounds(data: CompanyRoundsResult): string {
  const company = data.company;
  if (!company) return 'No such company.';
  const lines = [company.headquarters ? `${company.name} (${company.headquarters.name})` : company.name];
  for (const round of company.fundingRounds.nodes) {
    lines.push('', round.label);
    if (round.amount) lines.push(`  Amount:     ${round.amount.display}`);
    if (round.valuation) lines.push(`  Valuation:  ${round.valuation.display}`);
    if (round.leadInvestors.length) lines.push(`  Led by:     ${round.leadInvestors.map((c) => c.name).join(', ')}`);
    for (const tranche of round.tranches) {
      const amount = tranche.amount ? `${tranche.amount.display} ` : '';
      lines.push(`  Tranche:    ${amount}${instrumentLabel(tranche.instrument)} from ${tranche.investors.map((c) => c.name).join(', ')}`);
    }
    lines.push(`  Investors:  ${round.investments.nodes.map(renderInvestment).join(', ')}`);
  }
  return lines.join('\n');
}
