/**
 * A non-negative decimal amount as text that sorts (as SQLite compares text) the way the number
 * does: the whole part zero-padded to 40 digits, then the fraction without trailing zeros.
 * Negative amounts (never stated for rounds) sort below every non-negative one. The seed stores
 * it per round; a `minAmount` filter compares against it.
 */
export function amountKey(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const key = `${BigInt(whole).toString().padStart(40, '0')}.${fraction.replace(/0+$/, '')}`;
  return negative ? `-${key}` : key;
}
