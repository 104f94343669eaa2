import type { ListView } from '../list-view';
import type { FundingRound, FundingSummary } from '../model';
import { compareDecimal, sumByCurrency, unscaled } from '../money';
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

/** The rounds of `list` with a stated amount, largest first whatever the currency, with their amounts as integers at one scale. */
function largestFirst(list: readonly FundingRound[]): { rounds: FundingRound[]; values: bigint[]; scale: number } {
  const stated = list.filter((r) => r.amount !== null);
  const scale = stated.reduce((max, r) => Math.max(max, r.amount!.amount.split('.')[1]?.length ?? 0), 0);
  const valued = stated.map((round) => {
    const [whole = '0', fraction = ''] = round.amount!.amount.split('.');
    return { round, value: BigInt(whole + fraction.padEnd(scale, '0')) };
  });
  valued.sort((a, b) => (b.value > a.value ? 1 : b.value < a.value ? -1 : 0));
  return { rounds: valued.map((v) => v.round), values: valued.map((v) => v.value), scale };
}

/** A round's stated amount as an exact scaled integer, parsed once per round. */
const amountOf = memo((round: FundingRound): { value: bigint; scale: number } => {
  const [whole = '0', fraction = ''] = round.amount!.amount.split('.');
  return { value: BigInt(whole + fraction), scale: fraction.length };
});

/** Whether a round's stated amount is at least `min` (a non-negative decimal), whatever its currency, without parsing it again. */
export function statedAtLeast(min: string): (round: FundingRound) => boolean {
  const [whole = '0', fraction = ''] = min.split('.');
  const bound = { value: BigInt(whole + fraction), scale: fraction.length };
  return (round) => {
    if (!round.amount) return false;
    const x = amountOf(round);
    const scale = Math.max(x.scale, bound.scale);
    return x.value * 10n ** BigInt(scale - x.scale) >= bound.value * 10n ** BigInt(scale - bound.scale);
  };
}

/** Round, company and investor counts and per-currency totals, read through `indexes`. */
export function createSummaries(indexes: Indexes): Summaries {
  const investorsOf = (round: FundingRound) => indexes.investorsOfRound.get(round.id) ?? EMPTY;
  const summaryOf = (rounds: ListView<FundingRound>): FundingSummary => {
    const all = rounds.slice();
    const companies = new Set<string>();
    const investors = new Set<string>();
    // Exact sums per currency, each amount parsed once per store (amountOf).
    const sums = new Map<string, { value: bigint; scale: number }>();
    for (const r of all) {
      companies.add(r.company);
      for (const s of investorsOf(r)) investors.add(s);
      if (!r.amount) continue;
      const x = amountOf(r);
      const t = sums.get(r.amount.currency);
      if (!t) sums.set(r.amount.currency, { ...x });
      else if (t.scale === x.scale) t.value += x.value;
      else {
        const scale = Math.max(t.scale, x.scale);
        t.value = t.value * 10n ** BigInt(scale - t.scale) + x.value * 10n ** BigInt(scale - x.scale);
        t.scale = scale;
      }
    }
    return {
      roundCount: all.length,
      companyCount: companies.size,
      investorCount: investors.size,
      totals: sumByCurrency([...sums].map(([currency, t]) => ({ currency, amount: unscaled(t.value, t.scale) }))),
    };
  };
  // The stated rounds largest first across currencies, with running distinct company and investor
  // counts and, per currency, running counts and sums, so a minimum costs a binary search instead
  // of a pass over the matching rounds.
  const summariesAtLeast = memo((list: readonly FundingRound[]) => {
    const { rounds, values, scale } = largestFirst(list);
    const companies = new Set<string>();
    const investors = new Set<string>();
    const companyCounts = new Int32Array(rounds.length + 1);
    const investorCounts = new Int32Array(rounds.length + 1);
    const perCurrency = new Map<string, { counts: Int32Array; sums: bigint[] }>();
    rounds.forEach((r, i) => {
      companies.add(r.company);
      for (const s of investorsOf(r)) investors.add(s);
      companyCounts[i + 1] = companies.size;
      investorCounts[i + 1] = investors.size;
      const currency = r.amount!.currency;
      let run = perCurrency.get(currency);
      if (!run) {
        run = { counts: new Int32Array(rounds.length + 1), sums: [0n] };
        perCurrency.set(currency, run);
      }
      run.sums.push(run.sums.at(-1)! + values[i]!);
    });
    for (const [currency, run] of perCurrency) {
      rounds.forEach((r, i) => {
        run.counts[i + 1] = run.counts[i]! + (r.amount!.currency === currency ? 1 : 0);
      });
    }
    return (min: string): FundingSummary => {
      // How many stated rounds are at least `min`: the list is largest first.
      let lo = 0;
      let hi = rounds.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareDecimal(rounds[mid]!.amount!.amount, min) >= 0) lo = mid + 1;
        else hi = mid;
      }
      const totals = [...perCurrency].flatMap(([currency, run]) =>
        run.counts[lo]! > 0 ? [{ currency, amount: unscaled(run.sums[run.counts[lo]!]!, scale) }] : [],
      );
      return { roundCount: lo, companyCount: companyCounts[lo]!, investorCount: investorCounts[lo]!, totals: sumByCurrency(totals) };
    };
  });
  return { summaryOf, summaryOfList: memo((list: readonly FundingRound[]) => summaryOf(list)), summariesAtLeast };
}
