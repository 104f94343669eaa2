/**
 * The groups of an IPv6 address (lower-case as given), with "::" expanded to the zero groups it
 * stands for (an embedded IPv4 address counts as two groups), so `groups.slice(0, n)` is its first
 * n×16 bits. Without "::", the groups as written; undefined when "::" appears more than once.
 * The rate limiter keys clients by the first four (a /64), the request log by the first three.
 */
export function ipv6Groups(ip: string): string[] | undefined {
  const halves = ip.trim().toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groupsOf(halves[0]);
  if (halves.length === 1) return head;
  const tail = groupsOf(halves[1]);
  const tailGroups = tail.length + (tail.at(-1)?.includes('.') ? 1 : 0);
  return [...head, ...Array<string>(Math.max(0, 8 - head.length - tailGroups)).fill('0'), ...tail];
}

/** One group of 1 to 4 hex digits. */
export const HEX_GROUP = /^[0-9a-f]{1,4}$/;
