import type { CostExtension } from '../../../graphql/cost-marks';
import { LIMITS } from './config';

/**
 * The conditions of a round filter that select a list both stores keep ready (the embedded store's
 * lists by key, D1's round_keys), with its summaries (running ones for `minAmount`): one of them
 * is one index lookup whatever the size of the data.
 */
const INDEXED = new Set(['company', 'investor', 'region', 'leadInvestor', 'instrument', 'currency']);
/** Indexed conditions naming one company: the rounds they select are that company's own, a few thousand at most for the busiest investor. */
const NARROW = new Set(['company', 'investor', 'leadInvestor']);

/** How much of the data selecting rounds reads beyond the page it returns. */
export type RoundScan = 'none' | 'narrow' | 'wide';

/**
 * What selecting rounds by `filter` (ordered by `order`, for a list) reads: nothing beyond its
 * answer for one indexed condition, or for a minimum amount where both stores find the matches
 * without reading past them (summaries, and a currency's rounds largest first); otherwise the
 * rounds of its first condition, checked one by one: a company's or an investor's own ('narrow'),
 * or a share of all rounds ('wide').
 */
export function roundScan(filter: unknown, order: unknown, list: boolean): RoundScan {
  if (filter == null || typeof filter !== 'object') return 'none';
  const given = Object.entries(filter).flatMap(([name, value]) => (value == null ? [] : [name]));
  const keys = given.filter((name) => INDEXED.has(name));
  const scans = keys.length > 1 || given.some((name) => !INDEXED.has(name) && name !== 'minAmount');
  const { field, direction } = (order ?? {}) as { field?: string; direction?: string };
  const minScans =
    list && given.includes('minAmount') && !(keys.length === 1 && keys[0] === 'currency' && field === 'AMOUNT' && direction === 'DESC');
  if (!scans && !minScans) return 'none';
  return keys.some((name) => NARROW.has(name)) ? 'narrow' : 'wide';
}

/**
 * What a field's data-dependent work adds to its cost (`CostExtension.work`): a search costs
 * LIMITS.scanCost; a round filter LIMITS.narrowScanCost or LIMITS.scanCost as `roundScan` finds it
 * reads one company's rounds or a share of all of them. `args` reads the field's arguments as
 * execution coerces them.
 */
export function workCost(work: CostExtension['work'], args: (name: string) => unknown, isList: boolean): number {
  if (work === 'search') return LIMITS.scanCost;
  if (work !== 'roundFilter') return 0;
  const scan = roundScan(args('filter'), args('orderBy'), isList);
  return scan === 'wide' ? LIMITS.scanCost : scan === 'narrow' ? LIMITS.narrowScanCost : 0;
}
