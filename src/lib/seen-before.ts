// Own code: a doorkeeper (the admission filter of TinyLFU) is a bit array and two hashes.
import { fingerprintLanes } from './hash';

/**
 * A filter that says whether a key was seen before, in fixed memory and without allocating per
 * key: two bits of a `bits`-bit array per key (from its 64-bit fingerprint), cleared after
 * `window` new keys. It can be wrong only one way: a new key may read as seen (about 1 in 70 at
 * the defaults, just before a clear), and a key seen once before the last clear reads as new.
 */
export function seenBefore(bits = 1 << 16, window = 1 << 12): (key: string) => boolean {
  const words = new Uint32Array(bits >>> 5);
  const mask = bits - 1;
  let added = 0;
  const has = (bit: number) => (words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  const set = (bit: number) => {
    words[bit >>> 5]! |= 1 << (bit & 31);
  };
  return (key) => {
    const [a, b] = fingerprintLanes(key);
    if (has(a & mask) && has(b & mask)) return true;
    if (++added > window) {
      words.fill(0);
      added = 1;
    }
    set(a & mask);
    set(b & mask);
    return false;
  };
}
