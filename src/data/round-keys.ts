import type { RoundFilter } from './index';

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
