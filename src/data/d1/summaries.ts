import type { FundingSummary, RoundFilter } from '../model';
import { sumByCurrency } from '../money';
import { roundKeys } from '../round-keys';
import { amountFromLimbs, amountKey } from './amount-key';
import { hasRowConditions, roundsFrom } from './queries';
import type { Reader } from './reader';

/**
 * Funding summaries on D1, aggregated where the data lives: a filter with one condition reads the
 * summary the seed stored for it (key_summaries); a currency with `minAmount`, alone or with one
 * other condition, reads the stored running summary at that amount (key_running, for currency
 * lists of at least RUNNING_MIN rounds) or aggregates the few rounds of a shorter list; other
 * combinations, or any condition a stored summary cannot hold (round
 * types, dates, valuations), aggregate their matches in SQL: counts,
 * distinct companies and investors, and exact per-currency sums of the amounts' limbs
 * (src/data/d1/amount-key.ts). No round is ever read into the Worker to be counted or summed.
 */

/** Lists with at least this many rounds have running summaries stored by the seed. */
export const RUNNING_MIN = 64;

/** The summary of no rounds. */
export const NO_ROUNDS: FundingSummary = Object.freeze({ roundCount: 0, companyCount: 0, investorCount: 0, totals: Object.freeze([]) });

const parse = (rows: readonly { summary: string }[]): FundingSummary | undefined =>
  rows[0] ? (JSON.parse(rows[0].summary) as FundingSummary) : undefined;

interface AggregateRow {
  readonly currency: string | null;
  readonly rounds: number | null;
  readonly companies: number | null;
  readonly investors: number | null;
  readonly hi: string | null;
  readonly lo: string | null;
  readonly frac: string | null;
}

/** Counts and per-currency sums of the rounds matching `filter`, in one statement; `guard` narrows further (SQL and its parameters). */
async function aggregate(reader: Reader, filter: RoundFilter, guard = { sql: '', params: [] as unknown[] }): Promise<FundingSummary> {
  // A guarded statement reads no round when the guard fails, so it gathers nothing up front.
  const from = roundsFrom(filter, guard.sql !== '');
  const rows = await reader.all<AggregateRow>(
    `WITH m AS MATERIALIZED (SELECT r.id, r.company, r.investors, r.currency ${from.sql}${guard.sql})
SELECT NULL AS currency, (SELECT COUNT(*) FROM m) AS rounds, (SELECT COUNT(DISTINCT company) FROM m) AS companies,
  (SELECT COUNT(DISTINCT j.value) FROM m, json_each(m.investors) j) AS investors, NULL AS hi, NULL AS lo, NULL AS frac
UNION ALL
SELECT m.currency, NULL, NULL, NULL, CAST(SUM(a.hi) AS TEXT), CAST(SUM(a.lo) AS TEXT), CAST(SUM(a.frac) AS TEXT)
  FROM m JOIN round_amounts a ON a.id = m.id GROUP BY m.currency`,
    ...from.params,
    ...guard.params,
  );
  const [counts, ...sums] = rows;
  return {
    roundCount: counts?.rounds ?? 0,
    companyCount: counts?.companies ?? 0,
    investorCount: counts?.investors ?? 0,
    totals: sumByCurrency(sums.map((s) => ({ currency: s.currency!, amount: amountFromLimbs(s.hi!, s.lo!, s.frac!) }))),
  };
}

/**
 * The key_running key of a currency list: a currency's own key ("currency:EUR"), or another key's
 * rounds in one currency ("region:europe|currency:EUR"); undefined for keys no running summary has.
 */
export function runningKey(keys: readonly string[]): string | undefined {
  const currencies = keys.filter((k) => k.startsWith('currency:'));
  if (currencies.length !== 1 || keys.length > 2) return undefined;
  const other = keys.find((k) => !k.startsWith('currency:'));
  return other === undefined ? currencies[0] : `${other}|${currencies[0]}`;
}

/** The running key `filter` reads with its minimum amount, when a stored running summary can answer it. */
export const runningKeyOf = (filter: RoundFilter): string | undefined =>
  filter.minAmount != null && !hasRowConditions(filter) ? runningKey(roundKeys(filter)) : undefined;

/** Round, company and investor counts and per-currency totals of the rounds matching `filter`. */
export async function roundSummary(reader: Reader, filter: RoundFilter): Promise<FundingSummary> {
  const keys = roundKeys(filter);
  if (filter.minAmount == null && keys.length === 1 && !hasRowConditions(filter)) {
    return parse(await reader.all<{ summary: string }>('SELECT summary FROM key_summaries WHERE key = ?', keys[0])) ?? NO_ROUNDS;
  }
  const key = runningKeyOf(filter);
  if (key === undefined) return aggregate(reader, filter);
  // Both statements go in one batch; whichever does not apply to this list reads nothing.
  const [running, short] = await Promise.all([
    reader.all<{ summary: string }>(
      'SELECT summary FROM key_running WHERE key = ?1 AND amount_key >= ?2 ORDER BY amount_key LIMIT 1',
      key,
      amountKey(filter.minAmount!),
    ),
    aggregate(reader, filter, { sql: ' AND NOT EXISTS (SELECT 1 FROM key_running WHERE key = ?)', params: [key] }),
  ]);
  return parse(running) ?? short;
}
