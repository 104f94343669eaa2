import { describe, expect, it } from 'vitest';
import type { FundingRound } from '../../src/data';
import { roundConditions } from '../../src/data/round-conditions';
import { closest } from '../../src/graphql/filters';

const round = (fields: Partial<FundingRound>) => ({ type: null, announcedOn: null, valuation: null, ...fields }) as unknown as FundingRound;

describe('closest', () => {
  it('gives the nearest candidates first, ties in code unit order, within a third of the length', () => {
    expect(closest('harbour-fund', ['harbor-fund', 'harbour-funds', 'arbor-ventures', 'zephyr'])).toEqual(['harbor-fund', 'harbour-funds']);
    expect(closest('oslo', ['osla', 'oslx', 'lisbon'])).toEqual(['osla', 'oslx']);
    expect(closest('quebec', ['lisbon', 'oslo'])).toEqual([]);
  });

  it('compares in the given form and keeps only exact matches when there are any', () => {
    const upper = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
    expect(closest('cad', ['CAD', 'CAF', 'CHF'], upper)).toEqual(['CAD']);
    expect(closest('bsd 3 clause', ['BSD-3-Clause', 'BSD-2-Clause'], upper)).toEqual(['BSD-3-Clause']);
    expect(closest('caz', ['CAD', 'CAF', 'CHF'], upper)).toEqual(['CAD', 'CAF']);
  });

  it('reads at most 64 characters of the value', () => {
    expect(closest(`${'k'.repeat(64)}${'x'.repeat(10_000)}`, ['k'.repeat(64)])).toEqual(['k'.repeat(64)]);
  });
});

describe('roundConditions', () => {
  it('is undefined for a filter of index keys alone, so their prebuilt list is kept', () => {
    expect(roundConditions({})).toBeUndefined();
    expect(roundConditions({ company: 'x', currency: 'CAD', minAmount: '1' })).toBeUndefined();
  });

  it('matches a type in the list, never an unstated one', () => {
    const test = roundConditions({ types: ['GRANT', 'SERIES_E' as never] })!;
    expect(test(round({ type: 'GRANT' }))).toBe(true);
    expect(test(round({ type: 'SEED' }))).toBe(false);
    expect(test(round({}))).toBe(false);
  });

  it('includes both date bounds and never matches an undated round', () => {
    const test = roundConditions({ announcedOn: { from: '2022-02-28', to: '2022-03-01' } })!;
    expect(['2022-02-27', '2022-02-28', '2022-03-01', '2022-03-02'].map((d) => test(round({ announcedOn: d })))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(test(round({}))).toBe(false);
    expect(roundConditions({ announcedOn: { to: '2022-03-01' } })!(round({ announcedOn: '1999-12-31' }))).toBe(true);
  });

  it('compares a valuation only in its own currency, exactly', () => {
    const test = roundConditions({ valuationCurrency: 'CAD', minValuation: '250000000.5' })!;
    expect(test(round({ valuation: { amount: '250000000.5', currency: 'CAD' } }))).toBe(true);
    expect(test(round({ valuation: { amount: '250000000.49', currency: 'CAD' } }))).toBe(false);
    expect(test(round({ valuation: { amount: '900000000', currency: 'JPY' } }))).toBe(false);
    expect(test(round({}))).toBe(false);
  });
});
