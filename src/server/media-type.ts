// Own code: Yoga chooses a response's media type inside its result-processing hook, which the
// direct path does not run; this is the same choice (graphql-yoga's useResultProcessors and
// getMediaTypesForRequestInOrder) for a single result, with tests comparing both ways.

/** The processors Yoga tries, in its order, with the media types each serves. */
const PROCESSORS = [
  { streams: true, mediaTypes: ['text/event-stream'] },
  { streams: true, mediaTypes: ['multipart/mixed'] },
  { streams: false, mediaTypes: ['application/graphql-response+json', 'application/json'] },
] as const;

/** The media types of an `Accept` header, as Yoga reads it: no spaces, lower case, utf-8 only, last entry first. */
function requestedTypes(accept: string | null): string[] {
  const types: string[] = [];
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType = '', ...params] = entry.split(';');
    const charset = params.find((param) => param.includes('charset=')) || 'charset=utf-8';
    if (charset === 'charset=utf-8') types.push(mediaType);
  }
  return types.reverse();
}

/** Whether a requested type (`*` allowed in either part) covers a processor's type. */
function covers(requested: string, served: string): boolean {
  const [type, subtype] = requested.split('/');
  const [servedType, servedSubtype] = served.split('/');
  return (type === '*' || type === servedType) && (subtype === '*' || subtype === servedSubtype);
}

/**
 * The JSON media type Yoga answers a single result with for this `Accept` header
 * (`application/graphql-response+json` or `application/json`); undefined when Yoga would stream
 * it (text/event-stream, multipart/mixed) or refuse it with 406. Every match overrides the one
 * before, as in Yoga, so the last one found wins.
 */
export function jsonMediaType(accept: string | null): string | undefined {
  const key = accept ?? '';
  const known = chosen.get(key);
  if (known !== undefined || chosen.has(key)) return known;
  if (chosen.size >= MAX_REMEMBERED) chosen.clear();
  const mediaType = choose(accept);
  chosen.set(key, mediaType);
  return mediaType;
}

/** Clients send few distinct Accept headers: their answers are kept, up to this many. */
const MAX_REMEMBERED = 64;
const chosen = new Map<string, string | undefined>();

function choose(accept: string | null): string | undefined {
  const requested = requestedTypes(accept);
  let last: { streams: boolean; mediaType: string } | undefined;
  for (const processor of PROCESSORS) {
    for (const type of requested) {
      for (const mediaType of processor.mediaTypes) if (covers(type, mediaType)) last = { streams: processor.streams, mediaType };
    }
  }
  return last && !last.streams ? last.mediaType : undefined;
}
