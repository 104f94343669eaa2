import type { ListView } from '../list-view';
import type { FundingRound, FundingSummary } from '../model';
import { compareDecimal, runningSums, sumByCurrency } from '../money';
import { EMPTY, memo } from './cached';
import type { Indexes } from './indexes';

/** Funding summaries over round lists, for one store's indexes. */
export interface Summaries {
  /** The summary of any list of rounds. */
  summaryOf(rounds: ListView<FundingRound>): FundingSummary;
  /** `summaryOf` a prebuilt list, computed once per list. */
  summaryOfList(list: readonly FundingRound[]): FundingSummary;
  /**
   * For a prebuilt list: the summary of its rounds stated at `min` or more, whatever their
   * currency, for any `min`; running counts and totals are built once per list, then each
   * minimum is a binary search.
   */
  summariesAtLeast(list: readonly FundingRound[]): (min: string) => FundingSummary;
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
  // The stated rounds largest first across currencies, with running distinct company and investor
  // counts and, per currency, running counts and sums, so a minimum costs a binary search instead
  // of a pass over the matching rounds.
  const summariesAtLeast = memo((list: readonly FundingRound[]) => {
    const stated = list.filter((r) => r.amount !== null).sort((a, b) => compareDecimal(b.amount!.amount, a.amount!.amount));
    const companies = new Set<string>();
    const investors = new Set<string>();
    const companyCounts = [0];
    const investorCounts = [0];
    const perCurrency = new Map<string, { counts: number[]; amounts: string[] }>();
    for (const r of stated) {
      companies.add(r.company);
      for (const s of investorsOf(r)) investors.add(s);
      companyCounts.push(companies.size);
      investorCounts.push(investors.size);
      const { currency, amount } = r.amount!;
      if (!perCurrency.has(currency))
        perCurrency.set(currency, { counts: new Array<number>(companyCounts.length - 1).fill(0), amounts: [] });
      for (const [c, run] of perCurrency) {
        if (c === currency) run.amounts.push(amount);
        run.counts.push(run.amounts.length);
      }
    }
    const sums = new Map([...perCurrency].map(([c, run]) => [c, { counts: run.counts, sums: runningSums(run.amounts) }]));
    return (min: string): FundingSummary => {
      // How many stated rounds are at least `min`: the list is largest first.
      let lo = 0;
      let hi = stated.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareDecimal(stated[mid]!.amount!.amount, min) >= 0) lo = mid + 1;
        else hi = mid;
      }
      const totals = [...sums].flatMap(([currency, run]) =>
        run.counts[lo]! > 0 ? [{ currency, amount: run.sums[run.counts[lo]!]! }] : [],
      );
      return { roundCount: lo, companyCount: companyCounts[lo]!, investorCount: investorCounts[lo]!, totals: sumByCurrency(totals) };
    };
  });
  return { summaryOf, summaryOfList: memo((list: readonly FundingRound[]) => summaryOf(list)), summariesAtLeast };
}
