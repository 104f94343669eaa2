import { type ExecutionResult, getOperationAST, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { Env } from '../env';
import { persistedQueryOf } from '../lib/persisted-query';
import { clientPrefix } from './client-address';
import { REQUEST_ID_HEADER } from './request-id';

/** The line written for every /graphql request (field names are what Workers Logs indexes). */
export interface RequestLogLine {
  /** Always `graphql.request`, to filter these lines from others. */
  readonly event: 'graphql.request';
  /** The response's `X-Request-Id` (Cloudflare's `cf-ray` at the edge). */
  readonly requestId: string | null;
  readonly method: string;
  /** The name of the operation that ran (or was asked for); null for anonymous ones. */
  readonly operationName: string | null;
  /** `extensions.persistedQuery.sha256Hash`, lower-cased, when the request named one (64 hex digits; else null). */
  readonly persistedHash: string | null;
  /** `extensions.cost.requested` of the response; null when no GraphQL response was sent. */
  readonly cost: number | null;
  /** `HIT` when the response cache answered, else `MISS`. */
  readonly cache: 'HIT' | 'MISS';
  readonly status: number;
  /** The `extensions.code` of each error in the response, in order (`UNCODED` for one without). */
  readonly errorCodes: readonly string[];
  /** Wall time until the response was ready; Workers advance clocks only across I/O. */
  readonly durationMs: number;
  /** `CF-Connecting-IP` cut to its network: /24 for IPv4, /48 for IPv6. Never the address itself. */
  readonly client: string | null;
}

/** What is known about the operation a request ran: recorded while Yoga handles it. */
interface Operation {
  operationName: string | null;
  persistedHash: string | null;
  cost: number | null;
  errorCodes: string[];
  /** The result Yoga sent for the request, once it produced one. */
  result?: ExecutionResult;
}

/** Operation names are Names in a document, but any string in `operationName`: cut long ones. */
const MAX_NAME_LENGTH = 128;

type Summary = Pick<Operation, 'operationName' | 'persistedHash' | 'cost'>;

/**
 * The client's network, not its address: an IPv4 address's /24, an IPv6 address's /48 (one
 * site), an IPv4-mapped IPv6 address's IPv4 /24, through the rate limiter's parser
 * (client-address.ts), so lines can be grouped per network without storing personal data.
 */
export function clientNetwork(ip: string | null | undefined): string | null {
  return clientPrefix(ip, 24, 48) ?? null;
}

const codesOf = (errors: readonly unknown[] | undefined): string[] =>
  (errors ?? []).map((error) => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code === 'string' ? code : 'UNCODED';
  });

/** The persisted hash a request named, lower-cased; only what can be a SHA-256: the field is free text a client could fill with anything. */
const persistedHashOf = (extensions: unknown): string | null => {
  const persisted = persistedQueryOf(extensions);
  return persisted?.sha256 ? persisted.hash! : null;
};

/** The error codes and cost of a JSON error body that Yoga did not produce (413, 414, 405, ...). */
async function fromBody(res: Response): Promise<Pick<Operation, 'cost' | 'errorCodes'>> {
  try {
    const body = (await res.clone().json()) as { errors?: unknown[]; extensions?: { cost?: { requested?: unknown } } };
    const cost = body.extensions?.cost?.requested;
    return { cost: typeof cost === 'number' ? cost : null, errorCodes: codesOf(body.errors) };
  } catch {
    return { cost: null, errorCodes: [] };
  }
}

/** The request log's two halves: the Hono middleware around /graphql and the Yoga plugin. */
export interface RequestLog {
  readonly middleware: MiddlewareHandler<Env>;
  readonly plugin: Plugin;
  /**
   * For a request answered without Yoga (src/server/direct-path.ts): records what the plugin
   * records from Yoga's hooks, the params, the name of the operation that ran and the result sent.
   */
  readonly record: (request: Request, params: LoggedParams, operation: OperationDefinitionNode, result: ExecutionResult) => void;
}

/** The params the log reads: the operation's name and the persisted hash. */
interface LoggedParams {
  readonly operationName?: unknown;
  readonly extensions?: unknown;
}

/** What the params say about the operation: its name (cut) and persisted hash. */
function noteParams(operation: Operation, params: LoggedParams): void {
  operation.operationName = typeof params.operationName === 'string' ? params.operationName.slice(0, MAX_NAME_LENGTH) : null;
  operation.persistedHash = persistedHashOf(params.extensions);
}

/**
 * One JSON line per /graphql request through `console.log`, which Workers Logs indexes field by
 * field (see `RequestLogLine`). It never holds the query text, the variables or the client's IP
 * address. Off unless the `LOG_REQUESTS` var is `"true"` (wrangler.toml turns it on).
 *
 * Mount the middleware on /graphql before every other middleware, so that it sees the final
 * status and request id, and add the plugin first to Yoga's, so that it sees the params before
 * another plugin may refuse them.
 * Cache hits never reach Yoga: their operation and cost are those recorded when the cache stored
 * the response, found by its ETag.
 */
export function requestLog(): RequestLog {
  const seen = new WeakMap<Request, Operation>();
  const byEtag = new LRUCache<string, Summary>({ max: 2_000 });

  const plugin: Plugin = {
    onParams({ request, params }) {
      const operation = seen.get(request);
      if (operation) noteParams(operation, params);
    },
    onExecute({ args }) {
      const operation = seen.get(args.contextValue.request);
      if (operation && !operation.operationName)
        operation.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const operation = seen.get(request);
      if (!operation || Array.isArray(result) || isAsyncIterable(result)) return;
      // Read when the line is written: plugins after this one still add to the result (its cost).
      operation.result = result;
    },
  };

  const record: RequestLog['record'] = (request, params, ran, result) => {
    const operation = seen.get(request);
    if (!operation) return;
    noteParams(operation, params);
    if (!operation.operationName) operation.operationName = ran.name?.value ?? null;
    operation.result = result;
  };

  const logged: MiddlewareHandler<Env> = async (c, next) => {
    const started = Date.now();
    const request = c.req.raw;
    const operation: Operation = { operationName: null, persistedHash: null, cost: null, errorCodes: [] };
    seen.set(request, operation);

    await next();

    const res = c.res;
    if (operation.result) {
      const cost = (operation.result.extensions?.cost as { requested?: unknown } | undefined)?.requested;
      operation.cost = typeof cost === 'number' ? cost : null;
      operation.errorCodes = codesOf(operation.result.errors);
    }
    const cache = res.headers.get('x-cache') === 'HIT' ? 'HIT' : 'MISS';
    const etag = res.headers.get('etag');
    let summary: Summary = operation;
    let errorCodes = operation.errorCodes;
    if (cache === 'HIT') {
      summary = (etag && byEtag.get(etag)) || operation;
    } else if (operation.result) {
      if (etag) byEtag.set(etag, { operationName: operation.operationName, persistedHash: operation.persistedHash, cost: operation.cost });
    } else if (/json/i.test(res.headers.get('content-type') ?? '')) {
      // Answered before Yoga, or by Yoga for a request body the cache had to rebuild: small error bodies.
      const found = await fromBody(res);
      summary = { ...operation, cost: found.cost };
      errorCodes = found.errorCodes;
    }

    const line: RequestLogLine = {
      event: 'graphql.request',
      requestId: res.headers.get(REQUEST_ID_HEADER),
      method: request.method,
      operationName: summary.operationName,
      persistedHash: summary.persistedHash,
      cost: summary.cost,
      cache,
      status: res.status,
      errorCodes,
      durationMs: Date.now() - started,
      client: clientNetwork(request.headers.get('cf-connecting-ip')),
    };
    console.log(JSON.stringify(line));
  };

  // Off: straight on, without an async frame of its own on every request.
  const middleware: MiddlewareHandler<Env> = (c, next) => (c.env?.LOG_REQUESTS === 'true' ? logged(c, next) : next());

  return { middleware, plugin, record };
}
