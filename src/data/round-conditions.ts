import type { FundingRound, RoundFilter } from './model';
import { compareDecimal } from './money';

/**
 * The conditions of a round filter that no index key selects (its types, announcement dates and
 * valuation), as one test of a round for the embedded store; the D1 store writes the same
 * conditions in SQL (src/data/d1/queries.ts). Undefined when the filter has none, so a filter of
 * keys alone keeps its prebuilt list. A round that leaves the tested fact unstated never matches.
 */
export function roundConditions(filter: RoundFilter): ((round: FundingRound) => boolean) | undefined {
  const tests: ((round: FundingRound) => boolean)[] = [];
  if (filter.types != null) {
    const types = new Set<string>(filter.types);
    tests.push((r) => r.type !== null && types.has(r.type));
  }
  const from = filter.announcedOn?.from;
  const to = filter.announcedOn?.to;
  // ISO 8601 calendar dates compare as text.
  if (from != null) tests.push((r) => r.announcedOn !== null && r.announcedOn >= from);
  if (to != null) tests.push((r) => r.announcedOn !== null && r.announcedOn <= to);
  const { valuationCurrency, minValuation } = filter;
  if (valuationCurrency != null) tests.push((r) => r.valuation?.currency === valuationCurrency);
  if (minValuation != null) tests.push((r) => r.valuation != null && compareDecimal(r.valuation.amount, minValuation) >= 0);
  if (tests.length === 0) return undefined;
  return (round) => tests.every((test) => test(round));
}
