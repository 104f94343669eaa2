import type { MoneyRecord } from './types';

const symbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹' };

const scales: readonly [bigint, string][] = [
  [1_000_000_000_000n, 'trillion'],
  [1_000_000_000n, 'billion'],
  [1_000_000n, 'million'],
];

/** Groups the digits of a non-negative integer string in threes: "12345" → "12,345". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A readable form of an exact amount, without floating point: "€450 million", "$2 billion",
 * "€1.25 billion", "$12,500". Amounts that do not fit a scale word are shown in full.
 */
export function formatMoney({ amount, currency }: MoneyRecord): string {
  const prefix = symbols[currency] ?? `${currency} `;
  const [whole = '0', fraction] = amount.replace(/^-/, '').split('.');
  const sign = amount.startsWith('-') ? '-' : '';
  if (!fraction) {
    const value = BigInt(whole);
    for (const [unit, word] of scales) {
      // Up to two decimals of the scale word, and only when exact.
      if (value >= unit && (value * 100n) % unit === 0n) {
        const hundredths = (value * 100n) / unit;
        const intPart = hundredths / 100n;
        const rest = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
        return `${sign}${prefix}${groupThousands(intPart.toString())}${rest ? `.${rest}` : ''} ${word}`;
      }
    }
  }
  return `${sign}${prefix}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}
