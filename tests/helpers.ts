import { exports } from 'cloudflare:workers';
import { fingerprint, sha256Hex } from '../src/lib/hash';

/** The Worker under test: its real default export, running in workerd. */
export const worker = (exports as unknown as { default: { fetch: (input: string, init?: RequestInit) => Promise<Response> } }).default;

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The headers of a GraphQL-over-HTTP POST with a JSON body. */
export const JSON_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** POST /graphql with a raw body (text or stream) through the Worker's fetch; `headers` add to `JSON_HEADERS`. */
export const postRaw = (body: BodyInit, headers: Record<string, string> = {}, init: RequestInit = {}) =>
  worker.fetch('http://localhost/graphql', { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body, ...init });

/** POST /graphql with a GraphQL-over-HTTP params object (query, variables, extensions …) as its JSON body. */
export async function send<T = any>(params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await postRaw(JSON.stringify(params), headers);
  return { res, body: (await res.json()) as GraphQLResponse<T> };
}

/** Sends a POST /graphql through the Worker's fetch and returns the parsed body and the response. */
export const post = <T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  send<T>({ query, variables }, headers);

/** Lower-case hex SHA-256 of a string, as APQ hashes and `sha256sum` print it: the project's own. */
export const sha256 = sha256Hex;

/** The `extensions` of an Apollo persisted-query request for a hash. */
export const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

/** Runs a query and returns its data; throws on any GraphQL error, so tests fail loudly. */
export async function gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { res, body } = await post<T>(query, variables);
  if (body.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
  if (res.status !== 200) throw new Error(`Unexpected HTTP ${res.status}`);
  return body.data as T;
}

/** Runs a query that must fail and returns its errors. */
export async function gqlErrors(query: string, variables?: Record<string, unknown>) {
  const { res, body } = await post(query, variables);
  if (!body.errors?.length) throw new Error(`Expected GraphQL errors, got ${JSON.stringify(body)}`);
  return { status: res.status, errors: body.errors, data: body.data };
}

/** The Relay global ID the API issues for a type and internal id. */
export const globalId = (typename: string, id: string) => btoa(`${typename}:${id}`);

/**
 * Runs a query with the real schema against any store (a fixture store in tests/fixture-store.test.ts),
 * the way Yoga runs it against the served one; throws on any GraphQL error.
 */
export async function gqlOn<T = any>(store: import('../src/data').Store, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await executeOn<T>(store, query, variables);
  if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Runs a query with the real schema against any store and returns its data and errors, as `gqlOn` without throwing. */
export async function executeOn<T = any>(store: import('../src/data').Store, query: string, variables?: Record<string, unknown>) {
  const [{ execute, parse }, { schema }] = await Promise.all([import('graphql'), import('../src/graphql')]);
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: { store } });
  return result as { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * The store of the running project's kind, holding `articles` and `reference`: an embedded store
 * on the workerd project; on workerd-d1, this test file's own database re-seeded with them and
 * read through the D1 store. Query it with `gqlOn` or `executeOn`, so one test file checks both.
 */
export async function storeOf(
  articles: readonly import('../src/data/sources/records').ArticleData[],
  reference: import('../src/data').ReferenceData,
): Promise<import('../src/data').Store> {
  const [{ env }, { buildDataset }] = await Promise.all([import('cloudflare:test'), import('../src/data/sources/dataset')]);
  const dataset = buildDataset(articles, reference);
  const { DB } = env as { DB?: D1Database };
  if (!DB) return (await import('../src/data/embedded/store')).createStore(dataset);
  const [{ d1Rows }, { seedStatements }, { createD1Store }] = await Promise.all([
    import('../src/data/d1/rows'),
    import('../src/data/d1/seed'),
    import('../src/data/d1/store'),
  ]);
  await DB.batch(seedStatements(DB, d1Rows(dataset, fingerprint(JSON.stringify([articles, reference])))));
  return createD1Store(DB);
}

/** Asserts the strict Content-Security-Policy every HTML page here sends: this origin only, no inline or eval'd script. */
export function expectStrictCsp(csp: string | null): void {
  if (csp === null) throw new Error('no Content-Security-Policy header');
  for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'"]) {
    if (!csp.includes(directive)) throw new Error(`CSP lacks ${directive}: ${csp}`);
  }
  if (/https?:|\*|'unsafe-eval'/.test(csp)) throw new Error(`CSP allows another origin or eval: ${csp}`);
  if (/script-src[^;]*'unsafe-inline'/.test(csp)) throw new Error(`CSP allows inline script: ${csp}`);
}
