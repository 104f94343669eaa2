import type { ListView } from '../list-view';
import type { FundingRound, FundingSummary } from '../model';
import { runningSums, sumByCurrency } from '../money';
import { EMPTY, memo } from './cached';
import type { Indexes } from './indexes';

/** Funding summaries over round lists, for one store's indexes. */
export interface Summaries {
  /** The summary of any list of rounds. */
  summaryOf(rounds: ListView<FundingRound>): FundingSummary;
  /** `summaryOf` a prebuilt list, computed once per list. */
  summaryOfList(list: readonly FundingRound[]): FundingSummary;
  /** For an AMOUNT-descending list in one currency: the summary of its k largest rounds, for any k. */
  summariesOfLargest(list: readonly FundingRound[]): (k: number) => FundingSummary;
}

/** Round, company and investor counts and per-currency totals, read through `indexes`. */
export function createSummaries(indexes: Indexes): Summaries {
  const investorsOf = (round: FundingRound) => indexes.investorsOfRound.get(round.id) ?? EMPTY;
  const summaryOf = (rounds: ListView<FundingRound>): FundingSummary => {
    const all = rounds.slice();
    const investors = new Set<string>();
    for (const r of all) for (const s of investorsOf(r)) investors.add(s);
    return {
      roundCount: all.length,
      companyCount: new Set(all.map((r) => r.company)).size,
      investorCount: investors.size,
      totals: sumByCurrency(all.flatMap((r) => (r.amount ? [r.amount] : []))),
    };
  };
  // Running totals and running distinct company and investor counts, built once per list, so a
  // minimum amount costs a binary search instead of a pass over the matching rounds.
  const summariesOfLargest = memo((list: readonly FundingRound[]) => {
    const stated = list.filter((r) => r.amount !== null);
    const currency = stated[0]?.amount?.currency;
    const totals = runningSums(stated.map((r) => r.amount!.amount));
    const companies = new Set<string>();
    const investors = new Set<string>();
    const companyCounts = [0];
    const investorCounts = [0];
    for (const r of stated) {
      companies.add(r.company);
      for (const s of investorsOf(r)) investors.add(s);
      companyCounts.push(companies.size);
      investorCounts.push(investors.size);
    }
    return (k: number): FundingSummary => ({
      roundCount: k,
      companyCount: companyCounts[k]!,
      investorCount: investorCounts[k]!,
      totals: k === 0 || currency === undefined ? [] : [{ amount: totals[k]!, currency }],
    });
  });
  return { summaryOf, summaryOfList: memo((list: readonly FundingRound[]) => summaryOf(list)), summariesOfLargest };
}
