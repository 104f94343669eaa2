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
}

/** Variables are required exactly when the document declares a required one. */
type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * A minimal typed GraphQL client: `request(document, variables)` resolves to the document's
 * typed `data`, or rejects with a GraphQLRequestError on an HTTP error or any GraphQL error.
 */
export function createClient({ url, method = 'GET', fetch = (request) => globalThis.fetch(request) }: ClientOptions) {
  return async function request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...[variables]: VariablesArg<Variables>
  ): Promise<Result> {
    const query = print(document);
    const accept = 'application/graphql-response+json, application/json';
    let req: Request;
    if (method === 'GET') {
      const target = new URL(url);
      target.searchParams.set('query', query);
      if (variables !== undefined) target.searchParams.set('variables', JSON.stringify(variables));
      req = new Request(target, { headers: { accept } });
    } else {
      req = new Request(url, {
        method: 'POST',
        headers: { accept, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    }

    const res = await fetch(req);
    const type = res.headers.get('content-type') ?? '';
    if (!/^application\/(graphql-response\+)?json/.test(type)) {
      throw new GraphQLRequestError(`HTTP ${res.status} from ${url}: expected JSON, got ${type || 'no content type'}`, res.status);
    }
    const body = (await res.json()) as { data?: Result | null; errors?: GraphQLRequestError['errors'] };
    if (body.errors?.length || !res.ok || body.data == null) {
      const first = body.errors?.[0]?.message ?? `HTTP ${res.status} without data`;
      throw new GraphQLRequestError(first, res.status, body.errors ?? []);
    }
    return body.data;
  };
}
