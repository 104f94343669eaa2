import { beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { LIMITS } from '../src/server/plugins/limits';
import { globalId, worker } from './helpers';

/**
 * Hostile input, generated and hand-written, sent through the Worker's real fetch. Every case
 * must be answered without a 5xx and without leaking internals; most must be refused (a 4xx, or a
 * 200 carrying GraphQL errors where GraphQL-over-HTTP says so); a few that the contract answers
 * with null (malformed global IDs, unknown slugs) must say null, and the few odd but legal ones
 * (a byte order mark, a repeated GET parameter) must be answered normally.
 */
type Expect = 'error' | 'null' | 'ok';

interface Case {
  readonly name: string;
  readonly expect: Expect;
  readonly request: () => { url?: string; init: RequestInit };
}

const GRAPHQL = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';
const cases: Case[] = [];

const raw = (name: string, body: BodyInit | (() => BodyInit), headers: Record<string, string> = {}, expect: Expect = 'error') =>
  cases.push({
    name,
    expect,
    request: () => ({
      init: {
        method: 'POST',
        headers: { 'content-type': JSON_TYPE, accept: GRAPHQL, ...headers },
        body: typeof body === 'function' ? body() : body,
      },
    }),
  });
const json = (name: string, payload: unknown, expect: Expect = 'error', headers: Record<string, string> = {}) =>
  raw(name, () => JSON.stringify(payload), headers, expect);
const query = (name: string, text: string, variables?: unknown, expect: Expect = 'error') =>
  json(name, variables === undefined ? { query: text } : { query: text, variables }, expect);
const get = (name: string, search: string, headers: Record<string, string> = { accept: GRAPHQL }, method = 'GET') =>
  cases.push({ name, expect: 'error', request: () => ({ url: `http://localhost/graphql${search}`, init: { method, headers } }) });

// Invalid JSON, and JSON that is not a GraphQL-over-HTTP request.
for (const body of [
  '',
  '{',
  '}',
  '{"query":',
  '{"query": "{ __typename }"',
  "{'query': '{ __typename }'}",
  '{query: "{ __typename }"}',
  '{"query": "{ __typename }"} trailing',
  'null',
  'true',
  '123',
  '"{ __typename }"',
  '[]',
  '[1, 2]',
  'NaN',
  '{"query": undefined}',
  '\u0000',
  '{"query": "\\ud800"}x',
  '{"a":'.repeat(5000),
  '['.repeat(30_000),
]) {
  raw(`invalid or non-request JSON ${JSON.stringify(body.slice(0, 30))}${body.length > 30 ? ` (${body.length} chars)` : ''}`, body);
}

// Wrong types for query, variables, operationName and extensions; missing or empty query.
for (const value of [1, 0, true, false, null, [], ['{ __typename }'], {}, { query: '{ __typename }' }, '', '   ', '# only a comment']) {
  json(`query of ${JSON.stringify(value)}`, { query: value });
}
for (const value of ['{"a":1}', 'x', 1, true, [], [1]]) {
  json(`variables of ${JSON.stringify(value)}`, { query: 'query ($slug: String!) { company(slug: $slug) { name } }', variables: value });
}
for (const value of [1, true, {}, [], ['Q']]) {
  json(`operationName of ${JSON.stringify(value)}`, { query: 'query Q { __typename }', operationName: value });
}
for (const value of ['x', 1, true, [], { persistedQuery: { version: 1, sha256Hash: 'nope' } }]) {
  json(`extensions of ${JSON.stringify(value)}`, { query: '{ __typename }', extensions: value });
}
json('no query at all', {});
json('variables without a query', { variables: { slug: 'mistral-ai' } });

// Unknown operation names, and several operations without a name to pick one.
json('unknown operation name', { query: 'query Q { __typename }', operationName: 'Nope' });
json('operation name of another case', { query: 'query Q { __typename }', operationName: 'q' });
json('two operations without operationName', { query: 'query A { __typename } query B { __typename }' });
json('operation name naming a fragment', { query: 'query A { ...F } fragment F on Query { __typename }', operationName: 'F' });
json('duplicate operation names', { query: 'query A { __typename } query A { __typename }', operationName: 'A' });

// Syntax errors: every example query cut short (it then lacks at least its closing brace).
for (const example of examples) {
  const text = example.query.trimEnd();
  for (let i = 0; i < 10; i++) {
    const cut = Math.floor(((text.length - 1) * i) / 10);
    query(`"${example.name}" cut at ${cut} of ${text.length}`, text.slice(0, cut), example.variables);
  }
}
for (const text of [
  '{',
  '}',
  '{ }',
  'query',
  'query {',
  '{ a b c',
  '{ ... }',
  'query Q($: Int) { __typename }',
  '{ company(slug: "unterminated) { name } }',
  '{ company(slug: """unterminated) { name } }',
  '{ __typename } }',
  '{ company(slug: 1.) { name } }',
  '{ companies(first: 0x10) { totalCount } }',
  '\u0000',
  '{ 名前 }',
  '{ __typename @ }',
  '{ __typename(: 1) }',
  'mutation',
  'subscription { __typename',
  'fragment F on Query',
  '{ company(slug: $) { name } }',
  `{ ${'('.repeat(500)} }`,
  `{ ${'"'.repeat(999)} }`,
]) {
  query(`syntax error in ${JSON.stringify(text.slice(0, 40))}`, text);
}

// Unknown fields, types, arguments and directives (and no "Did you mean" in the answer).
for (let i = 0; i < 12; i++) {
  const name = `field${i}${'x'.repeat(i * 7)}`;
  query(`unknown root field ${name.slice(0, 20)}`, `{ ${name} }`);
  query(`unknown Company field ${name.slice(0, 20)}`, `{ company(slug: "mistral-ai") { ${name} } }`);
}
query('unknown argument', '{ company(slug: "mistral-ai", nope: 1) { name } }');
query('unknown fragment type', '{ ...on Nope { __typename } }');
query('unknown directive', '{ __typename @nope }');
query('unknown fragment', '{ ...Nope }');
query('subscription on a schema without subscriptions', 'subscription { __typename }');
query('mutation on a schema without mutations', 'mutation { __typename }');

// Invalid variables.
const BY_SLUG = 'query ($slug: String!) { company(slug: $slug) { name } }';
for (const value of [null, 1, 1.5, true, {}, [], ['mistral-ai']])
  query(`slug variable of ${JSON.stringify(value)}`, BY_SLUG, { slug: value });
query('missing required variable', BY_SLUG, {});
const PAGE = 'query ($n: Int) { companies(first: $n) { totalCount } }';
for (const value of ['10', 1.5, 2 ** 31, -(2 ** 31) - 1, 1e300, true, {}, [1], 'NaN'])
  query(`Int variable of ${JSON.stringify(value)}`, PAGE, { n: value });
const KIND = 'query ($k: CompanyKind) { companies(filter: { kind: $k }) { totalCount } }';
for (const value of ['NOPE', 'startup', 1, {}, ['STARTUP']]) query(`enum variable of ${JSON.stringify(value)}`, KIND, { k: value });
query('filter variable with an unknown field', 'query ($f: CompanyFilter) { companies(filter: $f) { totalCount } }', { f: { nope: 1 } });
query('undeclared variable', '{ company(slug: $slug) { name } }', { slug: 'mistral-ai' });
query('variable of the wrong type for its argument', 'query ($slug: Int) { company(slug: $slug) { name } }', { slug: 1 });
query('variable of an unknown type', 'query ($slug: Nope) { __typename }', { slug: 1 });
query('unused variable', 'query ($slug: String) { __typename }', { slug: 'x' });

// Deep nesting, 10 to 10,000 levels, in every place a document or a request can nest.
for (const depth of [10, 11, 20, 50, 100, 300, 500, 1000, 2000, 5000, 10_000]) {
  query(`selections nested ${depth} deep`, `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`);
  query(
    `competitors nested ${depth} deep`,
    `{ company(slug: "mistral-ai") { ${'competitors { nodes { '.repeat(depth)}name${' } }'.repeat(depth)} } }`,
  );
  query(`list values nested ${depth} deep`, `{ nodes(ids: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`);
  query(
    `input objects nested ${depth} deep`,
    `{ companies(filter: ${'{ region: '.repeat(depth)}"x"${' }'.repeat(depth)}) { totalCount } }`,
  );
  const fragments = Array.from(
    { length: Math.min(depth, 3000) },
    (_, i) => `fragment F${i} on Company { competitors { nodes { ...F${i + 1} } } }`,
  );
  query(
    `fragments chained ${depth} deep`,
    `{ company(slug: "mistral-ai") { ...F0 } } ${fragments.join(' ')} fragment F${fragments.length} on Company { name }`,
  );
  query(`variables nested ${depth} deep in JSON`, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
    ids: JSON.parse(`${'['.repeat(depth)}"x"${']'.repeat(depth)}`),
  });
}

// Alias floods, cheap and expensive.
for (const n of [LIMITS.maxAliases + 1, 100, 333, 1000, 5000]) {
  query(`${n} aliases of __typename`, `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`);
  query(
    `${n} aliases of a large page`,
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: companies(first: 100) { nodes { name } }`).join(' ')} }`,
  );
}

// Fragment cycles, and fragments that double at every level (a "billion laughs").
query('fragment spreading itself', '{ ...A } fragment A on Query { ...A }');
query('two fragments spreading each other', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
query('three-fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }');
query('cycle through an inline fragment', '{ ...A } fragment A on Query { ... on Query { ...A } }');
query('cycle through a field', '{ company(slug: "x") { ...A } } fragment A on Company { competitors { nodes { ...A } } }');
for (const levels of [15, 20, 30, 60]) {
  const f = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { companies(first: 2) { nodes { name } } ...F${i + 1} ...F${i + 1} }`,
  );
  query(`fragments doubling ${levels} times`, `{ ...F0 } ${f.join(' ')} fragment F${levels} on Query { __typename }`);
}

// Directive floods.
for (const n of [LIMITS.maxDirectives + 1, 50, 200, 1000, 5000]) {
  query(`${n} @include directives`, `{ ${'__typename @include(if: true) '.repeat(n)}}`);
  query(`${n} repeated directives on one field`, `{ __typename ${'@skip(if: false) '.repeat(n)}}`);
}
query('unknown directives flood', `{ __typename ${'@nope '.repeat(500)}}`);
query('directive with a variable of the wrong type', 'query ($b: String) { __typename @include(if: $b) }', { b: 'yes' });

// Huge strings, within and beyond the body limit.
for (const size of [1_000, 10_000, 60_000]) {
  query(`search for a ${size}-character string`, `{ search(query: "${'a'.repeat(size)}") { totalCount } }`);
  query(`search variable of ${size} characters`, 'query ($q: String!) { search(query: $q) { totalCount } }', { q: 'b'.repeat(size) });
  json(`operationName of ${size} characters`, { query: '{ __typename }', operationName: 'O'.repeat(size) });
  query(`unknown field named with ${size} characters`, `{ ${'f'.repeat(size)} }`);
  query(`company with a ${size}-character slug`, `{ company(slug: "${'s'.repeat(size)}") { name } }`, undefined, 'null');
}
query('search for 200,000 characters', `{ search(query: "${'a'.repeat(200_000)}") { totalCount } }`);
query('string of escapes', `{ search(query: "${'\\u0000'.repeat(5_000)}") { totalCount } }`);

// Bytes that are not UTF-8.
const bytes =
  (...parts: (string | number[])[]) =>
  () =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
raw('invalid UTF-8 outside any string', bytes('{"query": ', [0xff, 0xfe, 0xfd], '}'));
raw('invalid UTF-8 in a field name', bytes('{"query": "{ comp', [0xc3, 0x28], 'any { name } }"}'));
raw('overlong encoding in a field name', bytes('{"query": "{ ', [0xc0, 0xaf], ' }"}'));
raw('UTF-16 body', () => new Uint8Array(new Uint16Array([...'{"query":"{ __typename }"}'].map((c) => c.charCodeAt(0))).buffer));
raw('lone surrogate escapes in a name', '{"query": "{ \\ud800\\udc00x }"}');
raw('NUL bytes in the body', bytes('{"query": "{ __typename }"', [0, 0, 0], '}'));
raw('latin-1 body declared as such', bytes('{"query": "{ caf', [0xe9], ' }"}'), { 'content-type': 'application/json; charset=latin1' });
raw('unknown charset', '{"query": "{ nope }"}', { 'content-type': 'application/json; charset=klingon' });
raw('invalid UTF-8 in a slug', bytes('{"query": "{ company(slug: \\"', [0xff, 0xff], '\\") { name } }"}'), {}, 'null');
raw('random bytes', () => crypto.getRandomValues(new Uint8Array(4096)));

// 1 MiB bodies, whatever they claim to be, with and without Content-Length.
const MIB = 1024 * 1024;
raw('1 MiB JSON query', () => JSON.stringify({ query: `{ ${'__typename '.repeat(MIB / 11)}}` }));
raw('1 MiB of spaces', () => ' '.repeat(MIB));
raw('1 MiB as application/graphql', () => `{ ${'a '.repeat(MIB / 2)}}`, { 'content-type': 'application/graphql' });
raw('1 MiB form', () => `query=${'a'.repeat(MIB)}`, { 'content-type': 'application/x-www-form-urlencoded' });
raw('1 MiB multipart', () => `--b\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${'a'.repeat(MIB)}\r\n--b--`, {
  'content-type': 'multipart/form-data; boundary=b',
});
raw(
  '1 MiB streamed without Content-Length',
  () =>
    new ReadableStream({
      start(controller) {
        const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
        for (let i = 0; i < 16; i++) controller.enqueue(chunk);
        controller.close();
      },
    }),
);
json('1 MiB variables', { query: '{ __typename }', variables: { pad: 'x'.repeat(MIB) } });

// Very long cursors and IDs, and garbage global IDs.
for (const size of [65, 1_000, 10_000, 60_000]) {
  query(`after cursor of ${size} characters`, `{ companies(after: "${'A'.repeat(size)}") { totalCount } }`);
  query(`before cursor of ${size} characters`, `{ companies(before: "${'B'.repeat(size)}") { totalCount } }`);
  query(`global ID of ${size} characters`, `{ node(id: "${'I'.repeat(size)}") { id } }`, undefined, 'null');
}
for (const cursor of [
  '',
  '!!!',
  btoa('cursor:v1:'),
  btoa('cursor:v1:-1'),
  btoa('cursor:v1:1e3'),
  btoa('cursor:v2:1'),
  btoa('offset:1'),
  'Y3Vyc29y',
  '\u0000',
  '😀',
]) {
  query(`garbage cursor ${JSON.stringify(cursor)}`, 'query ($c: String) { companies(after: $c) { totalCount } }', { c: cursor });
}
for (const id of [
  '',
  '!!!',
  '😀',
  '\u0000',
  'null',
  btoa(':'),
  btoa('Company:'),
  btoa(':mistral-ai'),
  btoa('Nope:mistral-ai'),
  btoa('Company:nope'),
  btoa('Company:mistral-ai:extra'),
  btoa('\u00ff\u00fe'),
  globalId('Company', 'mistral-ai').slice(0, -2),
  `${globalId('Company', 'mistral-ai')}=`,
]) {
  query(`garbage global ID ${JSON.stringify(id)}`, 'query ($id: ID!) { node(id: $id) { id } }', { id }, 'null');
}
query('garbage global IDs in nodes', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['', '!!!', btoa('Nope:1')] }, 'null');
query('101 IDs in nodes', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, (_, i) => `id${i}`) });
query('null global ID', '{ node(id: null) { id } }');

// Negative and huge first/last, on every kind of connection.
for (const field of ['companies', 'models', 'regions', 'articles', 'fundingRounds']) {
  for (const arg of ['first', 'last']) {
    for (const value of [-1, 101, 2147483647]) query(`${field}(${arg}: ${value})`, `{ ${field}(${arg}: ${value}) { totalCount } }`);
  }
}
for (const value of ['-2147483648', '2147483648', '1e10', '1.5', '"10"', 'null null', '[1]', 'true']) {
  query(`first: ${value}`, `{ companies(first: ${value}) { totalCount } }`);
}
query('first and last together', '{ companies(first: 1, last: 1) { totalCount } }');
query('negative first on a nested connection', '{ company(slug: "mistral-ai") { fundingRounds(first: -5) { totalCount } } }');
query('huge last on search', '{ search(query: "mistral", last: 100000) { totalCount } }');

// HTTP-level abuse: methods, media types, GET parameters.
for (const method of ['PUT', 'DELETE', 'PATCH']) {
  cases.push({
    name: `${method} /graphql`,
    expect: 'error',
    request: () => ({ init: { method, headers: { 'content-type': JSON_TYPE }, body: '{"query":"{ __typename }"}' } }),
  });
}
raw('text/plain body', '{ __typename }', { 'content-type': 'text/plain' });
raw('application/xml body', '<query/>', { 'content-type': 'application/xml' });
raw('no content type', '{"query":"{ __typename }"}', { 'content-type': '' });
raw('Accept of only text/xml', '{"query":"{ __typename }"}', { accept: 'text/xml' });
raw('form body without a query', 'nope=1', { 'content-type': 'application/x-www-form-urlencoded' });
raw('multipart body that is not one', '--x\r\n\r\n', { 'content-type': 'multipart/form-data; boundary=b' });
get('GET without a query', '');
get('GET with an empty query', '?query=');
get(
  'GET with variables that are not JSON',
  `?query=${encodeURIComponent('query ($s: String!) { company(slug: $s) { name } }')}&variables={`,
);
get('GET with extensions that are not JSON', '?query=%7B__typename%7D&extensions=%7B');
get('GET with a mutation', `?query=${encodeURIComponent('mutation { __typename }')}`);
get('GET with a syntax error', `?query=${encodeURIComponent('{')}`);
get('GET with a URL over 64 KiB', `?query=${'a'.repeat(70_000)}`);

// Odd but legal: answered normally.
query('a NUL character inside a string', '{ company(slug: "\u0000") { name } }', undefined, 'null');
query('byte order marks before the document', '\uFEFF\uFEFF{ __typename }', undefined, 'ok');
json('a persistedQuery extension that is not an object', { query: '{ __typename }', extensions: { persistedQuery: 'x' } }, 'ok');
cases.push({
  name: 'GET with the query twice (the first counts)',
  expect: 'ok',
  request: () => ({ url: 'http://localhost/graphql?query=%7B__typename%7D&query=%7Bnope%7D', init: { headers: { accept: GRAPHQL } } }),
});

// Internals that must never appear in an answer.
const LEAKS = [
  /\n\s+at\s/,
  /"stack"/,
  /\.(?:ts|js|mjs):\d+/,
  /node_modules/,
  /\/work\//,
  /originalError/,
  /Unexpected error\./,
  /did you mean/i,
];

let before: unknown[];
/** Each example's data, fetched with a distinct comment so that no cached answer stands in for it. */
const exampleData = (tag: string) =>
  Promise.all(
    examples.map(async (example) => {
      const res = await worker.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': JSON_TYPE, accept: GRAPHQL },
        body: JSON.stringify({ query: `${example.query}\n# ${tag}`, variables: example.variables }),
      });
      expect(res.status, example.name).toBe(200);
      const body = (await res.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors, example.name).toBeUndefined();
      return body.data;
    }),
  );

// The first request of a file loads the Worker into the pool.
beforeAll(async () => {
  before = await exampleData('before the flood');
}, 60_000);

describe(`hostile input (${cases.length} cases)`, () => {
  it('has at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  // The timeout is the bound: a hang fails the case instead of the run.
  it.each(cases.map((c) => [c.name, c] as const))('answers %s without a 5xx or a leak', { timeout: 15_000 }, async (_name, c) => {
    const { url = 'http://localhost/graphql', init } = c.request();
    const res = await worker.fetch(url, { ...init, ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBeLessThan(500);
    expect(res.status === 200 || (res.status >= 400 && res.status < 500), `status ${res.status}`).toBe(true);
    for (const leak of LEAKS) expect(text, text.slice(0, 300)).not.toMatch(leak);
    if (res.status !== 200) return;
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
    if (c.expect === 'error') {
      expect(body.errors?.length ?? 0, text.slice(0, 300)).toBeGreaterThan(0);
      for (const error of body.errors!) expect(typeof error.message).toBe('string');
    } else if (c.expect === 'ok') {
      expect(body, text.slice(0, 300)).toEqual({ data: expect.any(Object), extensions: { cost: expect.any(Object) } });
    } else {
      expect(body.errors, text.slice(0, 300)).toBeUndefined();
      const values = Object.values(body.data ?? {}).flatMap((value) => (Array.isArray(value) ? value : [value]));
      expect(values.length, text.slice(0, 300)).toBeGreaterThan(0);
      expect(
        values.every((value) => value === null),
        text.slice(0, 300),
      ).toBe(true);
    }
  });

  it('still answers every example query with the same data after the flood', async () => {
    const after = await exampleData('after the flood');
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toContain('Mistral AI');
  });
});
