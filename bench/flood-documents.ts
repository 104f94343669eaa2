import { MAX_BODY_BYTES } from '../src/http/body-limit';
import { LIMITS } from '../src/server/plugins/limits';

/** Documents that parse, fail validation, fail the depth limit, or fail to parse: each kind gets cached differently. */
export const FLOOD_HEADS = [
  '{ __typename }',
  '{ nope }',
  `{ ${'a { '.repeat(LIMITS.maxDepth + 1)}b${' }'.repeat(LIMITS.maxDepth + 1)} }`,
  '{ company(slug: ',
];

/**
 * The JSON body of flood document `i`: one line of query (the heads in turn), then comment lines
 * up to just under the body limit. Comments are not tokens, so the token limit does not stop it;
 * only the body limit bounds it. Used by tests/flood.test.ts and `npm run bench:flood`.
 */
export function paddedBody(i: number): string {
  const head = `${FLOOD_HEADS[i % FLOOD_HEADS.length]}\n# flood ${i}\n`;
  // Each `#\n` is 3 bytes of JSON (`#\\n`).
  const room = MAX_BODY_BYTES - JSON.stringify({ query: head }).length - 8;
  const body = JSON.stringify({ query: head + '#\n'.repeat(Math.floor(room / 3)) });
  if (body.length > MAX_BODY_BYTES || body.length < MAX_BODY_BYTES - 16) throw new Error(`body of ${body.length} bytes`);
  return body;
}
