import { describe, expect, it } from 'vitest';
import type { FundingRound } from '../../src/data';
import { keysOfRound, regionsWithin, roundKeys } from '../../src/data/round-keys';

const round = {
  id: 'r-1',
  company: 'kestrel-labs',
  leadInvestors: ['fund-a'],
  amount: { amount: '30000000', currency: 'CAD' },
} as unknown as FundingRound;

describe('roundKeys and keysOfRound', () => {
  it('select the lists a filter names, "all" for none', () => {
    expect(roundKeys({})).toEqual(['all']);
    expect(roundKeys({ currency: 'CAD', investor: 'fund-b', company: null })).toEqual(['investor:fund-b', 'currency:CAD']);
  });

  it('list a round under every key a filter can select it by', () => {
    const dataset = {
      investorsOfRound: new Map([['r-1', ['fund-a', 'fund-b']]]),
      instrumentsOfRound: new Map([['r-1', new Set(['EQUITY', 'CONVERTIBLE_DEBT'] as const)]]),
    };
    const keys = keysOfRound(round, dataset, ['toronto', 'canada']);
    expect(keys.sort()).toEqual(
      [
        'all',
        'company:kestrel-labs',
        'investor:fund-a',
        'investor:fund-b',
        'lead:fund-a',
        'instrument:EQUITY',
        'instrument:CONVERTIBLE_DEBT',
        'currency:CAD',
        'region:toronto',
        'region:canada',
      ].sort(),
    );
    for (const filter of [
      { investor: 'fund-b', currency: 'CAD' },
      { region: 'canada', leadInvestor: 'fund-a' },
      { instrument: 'CONVERTIBLE_DEBT' as const },
    ]) {
      expect(keys).toEqual(expect.arrayContaining(roundKeys(filter)));
    }
  });
});

describe('regionsWithin', () => {
  const ancestors: Record<string, { slug: string }[]> = {
    toronto: [{ slug: 'canada' }, { slug: 'north-america' }],
    canada: [{ slug: 'north-america' }],
  };
  it('is the region and every enclosing one, nearest first; nothing for an unknown or unstated region', () => {
    expect(regionsWithin('toronto', (s) => ancestors[s])).toEqual(['toronto', 'canada', 'north-america']);
    expect(regionsWithin('atlantis', (s) => ancestors[s])).toEqual([]);
    expect(regionsWithin(null, (s) => ancestors[s])).toEqual([]);
  });
});
