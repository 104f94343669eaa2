import type { MoneyRecord } from './sources/records';

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

// Own arithmetic: exact sums and comparisons are a few lines on BigInt; a decimal library would
// add bundle bytes for two operations.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** An exact decimal as a scaled integer: `value / 10^scale`. */
function scaled(amount: string): { value: bigint; scale: number } {
  const match = DECIMAL.exec(amount);
  if (!match) throw new Error(`Not a decimal amount: "${amount}"`);
  const [, sign, whole, fraction = ''] = match;
  const value = BigInt(`${whole}${fraction}`);
  return { value: sign ? -value : value, scale: fraction.length };
}

/** The decimal string of `value / 10^scale`, without trailing fraction zeros: 1250, 1 → "125". */
export function unscaled(value: bigint, scale: number): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Compares two decimal strings exactly (no floats): negative, zero or positive, like a sort comparator. */
export function compareDecimal(a: string, b: string): number {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  const d = x.value * 10n ** BigInt(scale - x.scale) - y.value * 10n ** BigInt(scale - y.scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Sums amounts per currency, exactly (BigInt on scaled integers), never across currencies:
 * one entry per currency, largest first, ties by currency code.
 */
export function sumByCurrency(amounts: Iterable<MoneyRecord>): MoneyRecord[] {
  const totals = new Map<string, { value: bigint; scale: number }>();
  for (const { amount, currency } of amounts) {
    const x = scaled(amount);
    const t = totals.get(currency) ?? { value: 0n, scale: 0 };
    const scale = Math.max(t.scale, x.scale);
    totals.set(currency, { value: t.value * 10n ** BigInt(scale - t.scale) + x.value * 10n ** BigInt(scale - x.scale), scale });
  }
  const result = [...totals].map(([currency, t]) => ({ amount: unscaled(t.value, t.scale), currency }));
  return result.sort((a, b) => compareDecimal(b.amount, a.amount) || (a.currency < b.currency ? -1 : 1));
}
