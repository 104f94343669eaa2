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

const BILLION = 1_000_000_000n;
/** Fraction digits the limbs keep: amounts are summed exactly to the billionth. */
export const FRACTION_DIGITS = 9;

/**
 * A non-negative amount as three integers SQLite sums exactly (as decimal strings, so no digit is
 * lost on the way): the whole part's billions (`hi`) and remainder (`lo`), and the fraction in
 * billionths (`frac`). SUM over each stays within SQLite's 64-bit integers for any realistic
 * number of rounds; `amountFromLimbs` puts the sums back together.
 */
export function amountLimbs(amount: string): { hi: string; lo: string; frac: string } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) throw new Error(`Not a non-negative decimal amount: "${amount}"`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > FRACTION_DIGITS) {
    throw new Error(`The D1 seed sums amounts to the billionth; "${amount}" has more than ${FRACTION_DIGITS} decimal places.`);
  }
  const whole = BigInt(match[1]!);
  const hi = whole / BILLION;
  if (hi >= 2n ** 62n) throw new Error(`The D1 seed cannot sum an amount this large exactly: "${amount}".`);
  return { hi: hi.toString(), lo: (whole % BILLION).toString(), frac: BigInt(fraction.padEnd(FRACTION_DIGITS, '0')).toString() };
}

/** The decimal string of summed limbs (each a decimal integer string), without trailing fraction zeros. */
export function amountFromLimbs(hi: string, lo: string, frac: string): string {
  const scaled = (BigInt(hi) * BILLION + BigInt(lo)) * BILLION + BigInt(frac);
  const whole = scaled / BILLION;
  const fraction = (scaled % BILLION).toString().padStart(FRACTION_DIGITS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole.toString();
}
