import ipaddr from 'ipaddr.js';

/**
 * A client address (`CF-Connecting-IP`) parsed by ipaddr.js: IPv4 in any spelling, IPv6 in any
 * spelling, and an IPv4-mapped IPv6 address (`::ffff:198.51.100.7`, `::ffff:c633:6407`, written
 * out in full or in upper case) as the IPv4 address it stands for. Undefined when it is neither.
 */
export function parseClientAddress(text: string | null | undefined): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const trimmed = text?.trim();
  // ipaddr.isValid also takes inet_aton's shorthands ("198.51.100" as 198.51.0.100), which no
  // edge sends: IPv4 must be four decimal parts.
  if (!trimmed || !(ipaddr.IPv4.isValidFourPartDecimal(trimmed) || ipaddr.IPv6.isValid(trimmed))) return undefined;
  return ipaddr.process(trimmed);
}

/**
 * The network an address belongs to, as CIDR text: its first `ipv4Bits` bits for IPv4, its first
 * `ipv6Bits` for IPv6 (RFC 5952 spelling, zone dropped), e.g. `198.51.100.0/24` or `2001:db8:7::/48`.
 * Every spelling of one address gives the same text; undefined when `text` is not an address.
 */
export function clientPrefix(text: string | null | undefined, ipv4Bits: number, ipv6Bits: number): string | undefined {
  const address = parseClientAddress(text);
  if (!address) return undefined;
  const bits = address.kind() === 'ipv4' ? ipv4Bits : ipv6Bits;
  const bytes = address.toByteArray().map((byte, i) => {
    const kept = Math.min(8, Math.max(0, bits - i * 8));
    return byte & (0xff << (8 - kept)) & 0xff;
  });
  return `${ipaddr.fromByteArray(bytes).toString()}/${bits}`;
}
