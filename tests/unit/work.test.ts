import { describe, expect, it } from 'vitest';
import { roundScan } from '../../src/server/plugins/limits/work';

describe('roundScan', () => {
  it('finds no scan for no filter or one indexed condition', () => {
    expect(roundScan(undefined, undefined, true)).toBe('none');
    expect(roundScan({ region: 'europe', company: null }, undefined, true)).toBe('none');
    expect(roundScan({ instrument: 'EQUITY', minAmount: '5' }, undefined, false)).toBe('none');
  });

  it('finds a narrow scan when a company, investor or lead investor drives', () => {
    expect(roundScan({ company: 'a', region: 'b' }, undefined, false)).toBe('narrow');
    expect(roundScan({ leadInvestor: 'a', minAmount: '1' }, { field: 'LABEL', direction: 'ASC' }, true)).toBe('narrow');
  });

  it('finds a wide scan for broad intersections, conditions it does not index, and minimums it cannot seek', () => {
    expect(roundScan({ region: 'a', currency: 'EUR' }, undefined, false)).toBe('wide');
    // A condition it does not know (one added to the filter later) is checked round by round.
    expect(roundScan({ region: 'a', somethingNew: true }, undefined, false)).toBe('wide');
    expect(roundScan({ somethingNew: true }, undefined, false)).toBe('wide');
    expect(roundScan({ currency: 'EUR', minAmount: '1' }, { field: 'AMOUNT', direction: 'ASC' }, true)).toBe('wide');
    expect(roundScan({ currency: 'EUR', minAmount: '1' }, { field: 'AMOUNT', direction: 'DESC' }, true)).toBe('none');
  });
});
