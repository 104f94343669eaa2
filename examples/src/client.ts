import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** A GraphQL response with errors, or a non-GraphQL HTTP failure. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status of the response. */
    readonly status: number,
    /** The response's `errors`, empty when the server sent none. */
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export interface ClientOptions {
  /** The endpoint, e.g. `https://ai-funding-graph.example.workers.dev/graphql`. */
  readonly url: string;
  /**
   * GET (default) sends the query in the URL: a CORS "simple" request (no preflight) that
   * browsers and CDNs can cache. POST sends JSON, for documents too long for a URL.
   */
  readonly method?: 'GET' | 'POST';
  /** Defaults to the global fetch; pass one to add auth, retries or a test double. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /**
   * Automatic persisted queries (Apollo APQ): send the document's SHA-256 hash instead of its
   * text, so GET URLs stay short and the same for every client; when the server answers
   * `PersistedQueryNotFound`, resend once with the text, which registers it. Needs Web Crypto
   * (`crypto.subtle`: Node, or a browser page served over HTTPS or from localhost); where it is
   * missing the client sends the text every time.
   */
  readonly persisted?: boolean;
}

/** The `extensions` of an APQ request. */
const persistedQuery = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

const hashes = new Map<string, Promise<string>>();
/** Lower-case hex SHA-256 of a document's text, as APQ servers compute it; once per text. */
function sha256Hex(query: string): Promise<string> {
  let hash = hashes.get(query);
  if (!hash) {
    hash = crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(query))
      .then((digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(''));
    hashes.set(query, hash);
  }
  return hash;
}

/** Whether a response asks an APQ client to resend the document's text. */
const isPersistedQueryNotFound = (errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || error.message === 'PersistedQueryNotFound') ?? false;

/** A GraphQL response body, or undefined when the response is not JSON. */
async function readBody<Result>(res: Response) {
  if (!/^application\/(graphql-response\+)?json/.test(res.headers.get('content-type') ?? '')) return undefined;
  return (await res.json()) as { data?: Result | null; errors?: GraphQLRequestError['errors'] };
}

/** Variables are required exactly when the document declares a required one. */
type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * A minimal typed GraphQL client: `request(document, variables)` resolves to the document's
 * typed `data`, or rejects with a GraphQLRequestError on an HTTP error or any GraphQL error.
 */
export function createClient({ url, method = 'GET', fetch = (request) => globalThis.fetch(request), persisted = false }: ClientOptions) {
  const accept = 'application/graphql-response+json, application/json';
  /** One HTTP request; `query` and `hash` may each be left out (not both). */
  const send = (query: string | undefined, variables: unknown, hash: string | undefined): Request => {
    const extensions = hash === undefined ? undefined : persistedQuery(hash);
    if (method === 'POST') {
      return new Request(url, {
        method: 'POST',
        headers: { accept, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, extensions }),
      });
    }
    const target = new URL(url);
    if (query !== undefined) target.searchParams.set('query', query);
    if (variables !== undefined) target.searchParams.set('variables', JSON.stringify(variables));
    if (extensions !== undefined) target.searchParams.set('extensions', JSON.stringify(extensions));
    return new Request(target, { headers: { accept } });
  };

  return async function request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...[variables]: VariablesArg<Variables>
  ): Promise<Result> {
    const query = print(document);
    const hash = persisted && globalThis.crypto?.subtle ? await sha256Hex(query) : undefined;
    let res = await fetch(send(hash === undefined ? query : undefined, variables, hash));
    let body = await readBody<Result>(res);
    if (hash !== undefined && isPersistedQueryNotFound(body?.errors)) {
      res = await fetch(send(query, variables, hash));
      body = await readBody<Result>(res);
    }
    if (!body) {
      const type = res.headers.get('content-type');
      throw new GraphQLRequestError(`HTTP ${res.status} from ${url}: expected JSON, got ${type || 'no content type'}`, res.status);
    }
    if (body.errors?.length || !res.ok || body.data == null) {
      const first = body.errors?.[0]?.message ?? `HTTP ${res.status} without data`;
      throw new GraphQLRequestError(first, res.status, body.errors ?? []);
    }
    return body.data;
  };
}
