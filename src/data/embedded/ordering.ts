import { type ListView, rangesView } from '../list-view';
import type { FundingRound, RoundOrder } from '../model';
import { compareDecimal } from '../money';
import { keyed, memo, reversed } from './cached';
import type { Indexes } from './indexes';

// Own code: orders by amount must compare exact decimals per currency and keep every filtered
// list's order without re-sorting it per request, which no sorting library does for us.

/** Round lists in any order, and amount ranges of them, for one store's indexes. */
export interface Ordering {
  /** `list` (a list by label) in `order`, sorted once per list and order, then kept. */
  ordered(list: readonly FundingRound[], order: RoundOrder): readonly FundingRound[];
  /** The rounds of an AMOUNT-ordered list whose amount is at least `min`, by binary search per currency. */
  atLeast(list: readonly FundingRound[], min: string, direction: RoundOrder['direction']): ListView<FundingRound>;
}

/** Whole and fraction digits as one integer at a common scale: exact, and cheap to compare. */
function amountKeys(rounds: Iterable<FundingRound>): Map<string, bigint> {
  const stated = [...rounds].filter((r) => r.amount);
  const scale = stated.reduce((max, r) => Math.max(max, r.amount!.amount.split('.')[1]?.length ?? 0), 0);
  return new Map(
    stated.map((r) => {
      const [whole, fraction = ''] = r.amount!.amount.split('.');
      return [r.id, BigInt(whole + fraction.padEnd(scale, '0'))] as const;
    }),
  );
}

/** The comparator of an order other than by label: unstated values last, ties by label. */
function comparatorOf(order: string, indexes: Indexes): (a: FundingRound, b: FundingRound) => number {
  const desc = order.endsWith('DESC') ? -1 : 1;
  const byLabel = (a: FundingRound, b: FundingRound) => indexes.roundOrder.get(a.id)! - indexes.roundOrder.get(b.id)!;
  const nullsLast = (a: unknown, b: unknown) => (a == null ? 1 : 0) - (b == null ? 1 : 0);
  if (order.startsWith('AMOUNT')) {
    const keys = amountKeys(indexes.roundMap.values());
    return (a, b) => {
      if (!a.amount || !b.amount) return nullsLast(a.amount, b.amount) || byLabel(a, b);
      if (a.amount.currency !== b.amount.currency) return a.amount.currency < b.amount.currency ? -1 : 1;
      const d = keys.get(a.id)! - keys.get(b.id)!;
      return (d < 0n ? -desc : d > 0n ? desc : 0) || byLabel(a, b);
    };
  }
  return (a, b) => {
    if (!a.announcedOn || !b.announcedOn) return nullsLast(a.announcedOn, b.announcedOn) || byLabel(a, b);
    return (a.announcedOn < b.announcedOn ? -desc : a.announcedOn > b.announcedOn ? desc : 0) || byLabel(a, b);
  };
}

/** In an AMOUNT-ordered list, each currency's rounds are contiguous: found once per list. */
const currencyRuns = memo((list: readonly FundingRound[]) => {
  const runs: { currency: string; start: number; end: number }[] = [];
  list.forEach((r, i) => {
    if (!r.amount) return;
    const last = runs.at(-1);
    if (last && last.currency === r.amount.currency) last.end = i + 1;
    else runs.push({ currency: r.amount.currency, start: i, end: i + 1 });
  });
  return runs;
});

/** First index in [start, end) of `list` where `pred` turns true (`pred` is monotone over the range). */
export function firstWhere<T>(list: readonly T[], start: number, end: number, pred: (item: T) => boolean): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The ordering engine of one store: each round's position in every order over all rounds,
 * computed once on first use; any filtered list is then sorted by these positions once and kept.
 */
export function createOrdering(indexes: Indexes): Ordering {
  const all = indexes.roundsByKey.get('all') ?? [];
  const positions = keyed((order: string) => new Map([...all].sort(comparatorOf(order, indexes)).map((r, i) => [r.id, i])));
  const orderedLists = new Map<string, (list: readonly FundingRound[]) => readonly FundingRound[]>();
  const ordered = (list: readonly FundingRound[], order: RoundOrder): readonly FundingRound[] => {
    if (order.field === 'LABEL') return order.direction === 'DESC' ? reversed(list) : list;
    const key = `${order.field}_${order.direction}`;
    let sort = orderedLists.get(key);
    if (!sort) {
      sort = memo((l: readonly FundingRound[]) => {
        const rank = positions(key);
        return [...l].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      });
      orderedLists.set(key, sort);
    }
    return sort(list);
  };
  const atLeast = (list: readonly FundingRound[], min: string, direction: RoundOrder['direction']): ListView<FundingRound> => {
    const ranges = currencyRuns(list).map(({ start, end }): [number, number] =>
      direction === 'ASC'
        ? [firstWhere(list, start, end, (r) => compareDecimal(r.amount!.amount, min) >= 0), end]
        : [start, firstWhere(list, start, end, (r) => compareDecimal(r.amount!.amount, min) < 0)],
    );
    return rangesView(list, ranges);
  };
  return { ordered, atLeast };
}
