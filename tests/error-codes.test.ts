import { describe, expect, it } from 'vitest';
import { worker } from './helpers';

// The error codes a frontend branches on, and the HTTP status of each under either Accept header,
// through the Worker's fetch: the table of docs/frontend.md, row by row. GraphQL over HTTP: a
// request error (nothing executed, no `data`) is 400 for `application/graphql-response+json` and
// 200 for `application/json`, whose clients read `errors`, not the status.

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_ONLY = 'application/json';
const postJson = (body: string, accept: string, headers: Record<string, string> = {}) =>
  worker.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept, ...headers }, body });
const query =
  (text: string, variables?: unknown, extra: Record<string, unknown> = {}) =>
  (accept: string) =>
    postJson(JSON.stringify({ query: text, variables, ...extra }), accept);
const deep = (levels: number) =>
  `{ company(slug: "mistral-ai") { ${'competitors { nodes { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;

/** code → [how to provoke it, status under application/graphql-response+json, status under application/json]. */
const table: [string, (accept: string) => Promise<Response>, number, number][] = [
  ['GRAPHQL_PARSE_FAILED', query('{ company(slug: '), 400, 200],
  ['GRAPHQL_VALIDATION_FAILED', query('{ company(slug: "mistral-ai") { valuationOfTheMoon } }'), 400, 200],
  ['BAD_USER_INPUT', query('query Q($slug: String!) { company(slug: $slug) { name } }', { slug: 7 }), 400, 400],
  ['OPERATION_RESOLUTION_FAILURE', query('query A { __typename } query B { __typename }'), 400, 400],
  ['TOO_MANY_TOKENS', query(`{ ${'__typename '.repeat(1_200)}}`), 400, 200],
  ['QUERY_TOO_DEEP', query(deep(6)), 400, 200],
  ['QUERY_TOO_COMPLEX', query('{ companies(first: 100) { nodes { competitors(first: 100) { nodes { name } } } } }'), 400, 200],
  ['TOO_MANY_ALIASES', query(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: __typename`).join(' ')} }`), 400, 200],
  ['TOO_MANY_DIRECTIVES', query(`{ ${Array.from({ length: 25 }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ')} }`), 400, 200],
  ['BAD_REQUEST', (accept) => postJson('[{"query":"{ __typename }"}]', accept), 400, 400],
  [
    'PERSISTED_QUERY_NOT_FOUND',
    query('', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    200,
    200,
  ],
  [
    'PERSISTED_QUERY_HASH_MISMATCH',
    query('{ __typename }', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'cd'.repeat(32) } } }),
    400,
    400,
  ],
  ['PERSISTED_QUERY_INVALID', query('{ __typename }', undefined, { extensions: { persistedQuery: { version: 2 } } }), 400, 400],
  ['PAYLOAD_TOO_LARGE', (accept) => postJson(JSON.stringify({ query: `{ __typename }${' '.repeat(70 * 1024)}` }), accept), 413, 413],
  [
    'URI_TOO_LONG',
    (accept) => worker.fetch(`http://localhost/graphql?query=${'%20'.repeat(25 * 1024)}%7B__typename%7D`, { headers: { accept } }),
    414,
    414,
  ],
  ['METHOD_NOT_ALLOWED', (accept) => worker.fetch('http://localhost/graphql', { method: 'PUT', headers: { accept } }), 405, 405],
];

const rows = table.map(([code, send, strict, legacy]) => ({ code, send, strict, legacy }));

describe('error codes and HTTP statuses per Accept header', () => {
  it.each(rows)(
    '$code: $strict under application/graphql-response+json, $legacy under application/json',
    async ({ code, send, strict, legacy }) => {
      for (const [accept, status] of [
        [GRAPHQL_RESPONSE, strict],
        [JSON_ONLY, legacy],
      ] as const) {
        const res = await send(accept);
        const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        expect([accept, res.status, body.errors?.map((error) => error.extensions?.code)]).toEqual([accept, status, [code]]);
        expect(body.data ?? null).toBeNull();
      }
    },
  );

  it('answers an error while executing (an argument out of range) with 200 and the data that resolved, under both', async () => {
    for (const accept of [GRAPHQL_RESPONSE, JSON_ONLY]) {
      const res = await query(
        '{ ok: company(slug: "mistral-ai") { name } failed: company(slug: "mistral-ai") { competitors(first: 101) { totalCount } } }',
      )(accept);
      const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect([accept, res.status, body.errors?.map((error) => error.extensions?.code)]).toEqual([accept, 200, ['BAD_USER_INPUT']]);
      expect(body.data).toEqual({ ok: { name: 'Mistral AI' }, failed: null });
    }
  });
});
