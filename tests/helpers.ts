import { exports } from 'cloudflare:workers';

/** The Worker under test: its real default export, running in workerd. */
export const worker = (exports as unknown as { default: { fetch: (input: string, init?: RequestInit) => Promise<Response> } }).default;

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends a POST /graphql through the Worker's fetch and returns the parsed body and the response. */
export async function post<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await worker.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  return { res, body };
}

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
  const [{ execute, parse }, { schema }] = await Promise.all([import('graphql'), import('../src/graphql')]);
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: { store } });
  if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
