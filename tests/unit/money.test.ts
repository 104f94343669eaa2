import { describe, expect, it } from 'vitest';
import { amountKey } from '../../src/data/d1/amount-key';
import { compareDecimal, formatMoney, sumByCurrency, unscaled } from '../../src/data/money';

describe('formatMoney', () => {
  it('uses a scale word when the amount is exact to two decimals of it', () => {
    expect(formatMoney({ amount: '75000000', currency: 'GBP' })).toBe('£75 million');
    expect(formatMoney({ amount: '3250000000', currency: 'JPY' })).toBe('¥3.25 billion');
    expect(formatMoney({ amount: '1200000000000', currency: 'CHF' })).toBe('CHF 1.2 trillion');
  });

  it('shows other amounts in full, grouped, without floating point', () => {
    expect(formatMoney({ amount: '1234567', currency: 'USD' })).toBe('$1,234,567');
    expect(formatMoney({ amount: '9007199254740993.5', currency: 'EUR' })).toBe('€9,007,199,254,740,993.5');
    expect(formatMoney({ amount: '-2500', currency: 'SEK' })).toBe('-SEK 2,500');
  });
});

describe('compareDecimal and unscaled', () => {
  it('compares exactly across scales and signs', () => {
    expect(compareDecimal('10.50', '10.5')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992.9')).toBe(1);
    expect(compareDecimal('-1', '0.001')).toBe(-1);
  });

  it('writes a scaled integer as a decimal, without trailing fraction zeros', () => {
    expect(unscaled(90071992547409933n, 1)).toBe('9007199254740993.3');
    expect(unscaled(1250n, 1)).toBe('125');
    expect(unscaled(5n, 3)).toBe('0.005');
    expect(unscaled(-1250n, 2)).toBe('-12.5');
  });

  it('refuses what is not a decimal amount', () => {
    expect(() => compareDecimal('1e3', '1')).toThrow('Not a decimal amount');
  });
});

describe('sumByCurrency', () => {
  it('never adds across currencies: one total each, largest first, ties by code', () => {
    expect(
      sumByCurrency([
        { amount: '5', currency: 'NOK' },
        { amount: '2.5', currency: 'DKK' },
        { amount: '2.5', currency: 'DKK' },
        { amount: '5', currency: 'CAD' },
      ]),
    ).toEqual([
      { amount: '5', currency: 'CAD' },
      { amount: '5', currency: 'DKK' },
      { amount: '5', currency: 'NOK' },
    ]);
  });
});

describe('amountKey (D1 ordering)', () => {
  it('sorts as text the way the amounts sort as numbers', () => {
    const amounts = ['0', '0.05', '7', '7.5', '12', '120000000', '99999999999999999999.01', '-3'];
    const byKey = [...amounts].sort((a, b) => (amountKey(a) < amountKey(b) ? -1 : amountKey(a) > amountKey(b) ? 1 : 0));
    expect(byKey).toEqual([...amounts].sort(compareDecimal));
  });

  it('gives equal amounts written differently one key', () => {
    expect(amountKey('450000000.50')).toBe(amountKey('450000000.5'));
    expect(amountKey('007')).toBe(amountKey('7'));
  });
});
