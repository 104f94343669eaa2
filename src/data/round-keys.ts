import type { FundingRound, RoundFilter } from './model';
import type { Dataset } from './sources/dataset';

/**
 * The index keys a round filter's slug and enum conditions select ("company:<slug>", "lead:<slug>",
 * "currency:EUR", …; "all" when there are none): the embedded store's round lists and D1's
 * round_keys table are both keyed by them, and a filter's rounds are in every selected list.
 */
export function roundKeys(filter: Omit<RoundFilter, 'minAmount'>): string[] {
  const keys = [
    filter.company != null && `company:${filter.company}`,
    filter.investor != null && `investor:${filter.investor}`,
    filter.region != null && `region:${filter.region}`,
    filter.leadInvestor != null && `lead:${filter.leadInvestor}`,
    filter.instrument != null && `instrument:${filter.instrument}`,
    filter.currency != null && `currency:${filter.currency}`,
  ].filter((k): k is string => k !== false);
  return keys.length ? keys : ['all'];
}

/**
 * Every key a round is listed under, the converse of `roundKeys`: "all", its company, each of its
 * investors and leads, each instrument, its currency, and `regions` (its company's headquarters
 * and every region enclosing it).
 */
export function keysOfRound(
  round: FundingRound,
  dataset: Pick<Dataset, 'investorsOfRound' | 'instrumentsOfRound'>,
  regions: readonly string[],
): string[] {
  return [
    'all',
    `company:${round.company}`,
    ...(dataset.investorsOfRound.get(round.id) ?? []).map((investor) => `investor:${investor}`),
    ...round.leadInvestors.map((lead) => `lead:${lead}`),
    ...[...(dataset.instrumentsOfRound.get(round.id) ?? [])].map((instrument) => `instrument:${instrument}`),
    ...(round.amount ? [`currency:${round.amount.currency}`] : []),
    ...regions.map((region) => `region:${region}`),
  ];
}

/**
 * A region and every region enclosing it, nearest first: the regions a company headquartered
 * there, and its rounds, are listed under. None for an unstated region or one `ancestorsOf` does
 * not know (it returns undefined for those).
 */
export function regionsWithin(region: string | null, ancestorsOf: (slug: string) => readonly { slug: string }[] | undefined): string[] {
  const ancestors = region ? ancestorsOf(region) : undefined;
  return region && ancestors ? [region, ...ancestors.map((r) => r.slug)] : [];
}
