import type { EmbeddedStore } from '../embedded/store';
import type { FundingRound, FundingSummary, RoundFilter } from '../model';
import { sumByCurrency } from '../money';
import { roundKeys } from '../round-keys';
import type { Dataset } from '../sources/dataset';
import type { MoneyRecord } from '../sources/records';
import { amountKey, amountLimbs } from './amount-key';
import { RUNNING_MIN, runningKey } from './summaries';
import { type TableRows, table } from './table-rows';

// Own code: the stored summaries are the embedded store's own (its public `fundingSummary`), and
// the running ones are built the way src/data/embedded/summaries.ts builds its running totals.

const KEY_FIELDS: Readonly<Record<string, keyof RoundFilter>> = {
  company: 'company',
  investor: 'investor',
  region: 'region',
  lead: 'leadInvestor',
  instrument: 'instrument',
  currency: 'currency',
};

/** The filter of one round key ("lead:<slug>" → { leadInvestor: slug }); the converse of `roundKeys`, checked against it. */
export function filterOfKey(key: string): RoundFilter {
  const at = key.indexOf(':');
  const field = KEY_FIELDS[key.slice(0, at)];
  const filter: RoundFilter = key === 'all' ? {} : field ? { [field]: key.slice(at + 1) } : { company: null };
  const [back, ...more] = roundKeys(filter);
  if (back !== key || more.length) throw new Error(`No filter selects exactly the rounds of key "${key}" (src/data/round-keys.ts).`);
  return filter;
}

/** At each distinct stated amount, largest first, the summary of the rounds of `rounds` stated at least at that amount. */
function runningSummaries(rounds: readonly FundingRound[], dataset: Dataset): [amountKey: string, summary: FundingSummary][] {
  const stated = rounds
    .filter((r) => r.amount !== null)
    .map((r) => ({ round: r, key: amountKey(r.amount!.amount) }))
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const companies = new Set<string>();
  const investors = new Set<string>();
  let totals: readonly MoneyRecord[] = [];
  const out: [string, FundingSummary][] = [];
  stated.forEach(({ round, key }, i) => {
    companies.add(round.company);
    for (const s of dataset.investorsOfRound.get(round.id) ?? []) investors.add(s);
    totals = sumByCurrency([...totals, round.amount!]);
    // One row per amount: the last round stated at it carries the summary of them all.
    if (stated[i + 1]?.key !== key) {
      out.push([key, { roundCount: i + 1, companyCount: companies.size, investorCount: investors.size, totals }]);
    }
  });
  return out;
}

/** The rounds of `key` with a stated amount, by the running key of the key and their currency. */
function currencyLists(key: string, rounds: readonly FundingRound[]): Map<string, FundingRound[]> {
  const lists = new Map<string, FundingRound[]>();
  for (const round of rounds) {
    if (!round.amount) continue;
    const runKey = runningKey([key, `currency:${round.amount.currency}`])!;
    const list = lists.get(runKey);
    if (list) list.push(round);
    else lists.set(runKey, [round]);
  }
  return lists;
}

/**
 * round_amounts (each stated amount's limbs), key_summaries (every round key's summary) and
 * key_running (running summaries of the currency lists with at least RUNNING_MIN rounds), for
 * src/data/d1/summaries.ts. `lists` holds the rounds under each key (rows.ts `roundsByKey`).
 */
export function summaryRows(dataset: Dataset, store: EmbeddedStore, lists: ReadonlyMap<string, readonly FundingRound[]>): TableRows[] {
  const amounts = dataset.fundingRounds.flatMap((r) => {
    if (!r.amount) return [];
    const { hi, lo, frac } = amountLimbs(r.amount.amount);
    return [[r.id, hi, lo, frac]];
  });
  const summaries = [...lists].map(([key, rounds]) => [
    key,
    rounds.length >= RUNNING_MIN ? 1 : 0,
    JSON.stringify(store.fundingSummary(filterOfKey(key))),
  ]);
  // A minimum amount is only ever compared within its currency, so running summaries are kept per
  // currency list: a currency's own key, and every other key's rounds in one currency (runningKey).
  const running = [...lists].flatMap(([key, rounds]) => {
    if (key === 'all') return [];
    const byCurrency = key.startsWith('currency:') ? new Map([[key, rounds]]) : currencyLists(key, rounds);
    return [...byCurrency]
      .filter(([, list]) => list.length >= RUNNING_MIN)
      .flatMap(([runKey, list]) => runningSummaries(list, dataset).map(([amount, summary]) => [runKey, amount, JSON.stringify(summary)]));
  });
  return [
    table('round_amounts', ['id', 'hi', 'lo', 'frac'], amounts),
    table('key_summaries', ['key', 'running', 'summary'], summaries),
    table('key_running', ['key', 'amount_key', 'summary'], running),
  ];
}
