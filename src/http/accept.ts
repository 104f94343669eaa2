// Own code: Yoga picks a response type by the order of Accept's entries and ignores their q
// values (q=0 included); Hono's accepts() helper picks one type, not the ordered list Yoga needs.
import type { MiddlewareHandler } from 'hono';

/** One entry of an Accept header. */
interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
  /** Position in the header: ties in q keep the client's order. */
  readonly index: number;
}

/** The media types Yoga answers GraphQL with, in its order of preference. */
export const GRAPHQL_MEDIA_TYPES = [
  'application/graphql-response+json',
  'application/json',
  'text/event-stream',
  'multipart/mixed',
] as const;

/** Parses an Accept header (RFC 9110 §12.5.1); entries that are not `type/subtype` are skipped. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  header.split(',').forEach((entry, index) => {
    const [range = '', ...params] = entry.split(';');
    const [type, subtype, extra] = range.trim().toLowerCase().split('/');
    if (!type || !subtype || extra !== undefined) return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((part) => part.trim());
      if (name?.toLowerCase() === 'q' && value !== undefined) {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 1;
      }
    }
    ranges.push({ type, subtype, q, index });
  });
  return ranges;
}

/** The most specific range matching `mediaType` (exact, then `type/*`, then `*\/*`), if any. */
function bestMatch(ranges: readonly MediaRange[], mediaType: string): MediaRange | undefined {
  const [type, subtype] = mediaType.split('/');
  let best: MediaRange | undefined;
  let bestRank = -1;
  for (const range of ranges) {
    const rank =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (rank > bestRank) {
      best = range;
      bestRank = rank;
    }
  }
  return best;
}

/** Whether `mediaType` is named in the header itself (not only through a wildcard) with q > 0. */
export function acceptsExplicitly(header: string | null | undefined, mediaType: string): boolean {
  if (!header) return false;
  const ranges = parseAccept(header);
  const [type, subtype] = mediaType.split('/');
  const match = bestMatch(ranges, mediaType);
  return match !== undefined && match.type === type && match.subtype === subtype && match.q > 0;
}

/**
 * The GraphQL media types a header accepts (q > 0 by the most specific range that matches each),
 * most preferred first: by q, then by where the client listed them, then in Yoga's order.
 */
export function acceptableGraphQLTypes(header: string): string[] {
  const ranges = parseAccept(header);
  const acceptable: { mediaType: string; q: number; index: number; order: number }[] = [];
  GRAPHQL_MEDIA_TYPES.forEach((mediaType, order) => {
    const match = bestMatch(ranges, mediaType);
    if (match && match.q > 0) acceptable.push({ mediaType, q: match.q, index: match.index, order });
  });
  acceptable.sort((a, b) => b.q - a.q || a.index - b.index || a.order - b.order);
  return acceptable.map((a) => a.mediaType);
}

/**
 * Honours q values in `Accept` on /graphql: a header with any q parameter is replaced by the
 * GraphQL media types it accepts, most preferred first, so Yoga (which reads only the order)
 * answers with one the client accepts; when it accepts none, 406 without a body, as Yoga answers
 * an Accept it cannot serve. Headers without q values go to Yoga as they are.
 */
export const acceptNegotiation = (): MiddlewareHandler => (c, next) => {
  const accept = c.req.header('accept');
  // Without q values (nearly every request) straight on: no async frame of its own.
  if (!accept || !/;\s*q\s*=/i.test(accept)) return next();
  const types = acceptableGraphQLTypes(accept);
  if (types.length === 0) return Promise.resolve(c.body(null, 406, { Accept: GRAPHQL_MEDIA_TYPES.join(', ') }));
  const headers = new Headers(c.req.raw.headers);
  headers.set('accept', types.join(', '));
  c.req.raw = new Request(c.req.raw, { headers });
  return next();
};
