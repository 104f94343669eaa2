// Own code: Yoga has no entry point for params that are already parsed, so a request the response
// cache parsed would otherwise pay for Yoga's whole HTTP adapter (request wrapping, URL patterns,
// parser selection, promise hops) on every miss.
import type { ExecutionResult } from 'graphql';
import type { GraphQLParams, Plugin, YogaServerInstance } from 'graphql-yoga';
import type { Handler } from 'hono';
import type { Env } from '../env';

type ResultProcessHook = NonNullable<Plugin['onResultProcess']>;
type ResultProcessor = Parameters<Parameters<ResultProcessHook>[0]['setResultProcessor']>[0];
// biome-ignore lint/suspicious/noExplicitAny: any server and user context; only the params-to-result path is used.
type Yoga = YogaServerInstance<any, any>;

/** What a Yoga server runs between parsed params and a Response, read once from the server. */
interface Pipeline {
  readonly getResultForParams: Yoga['getResultForParams'];
  readonly onResultProcessHooks: readonly ResultProcessHook[];
  readonly fetchAPI: Yoga['fetchAPI'];
}

/**
 * Yoga's own steps after request parsing: `getResultForParams` (public: every `onParams` hook,
 * then parse, validate, context and execute through its envelop, then `onExecutionResult`), and
 * the `onResultProcess` hooks, which choose the response's media type and processor (not part of
 * Yoga's typings). Undefined when a Yoga version lacks either, so every request takes `yoga.fetch`.
 */
function pipelineOf(yoga: Yoga): Pipeline | undefined {
  const hooks = (yoga as unknown as { onResultProcessHooks?: unknown }).onResultProcessHooks;
  if (typeof yoga.getResultForParams !== 'function' || !Array.isArray(hooks)) return undefined;
  return { getResultForParams: yoga.getResultForParams, onResultProcessHooks: hooks as ResultProcessHook[], fetchAPI: yoga.fetchAPI };
}

/** Whether `yoga` exposes the steps the direct path calls; without them every request takes `yoga.fetch`. */
export const answersDirectly = (yoga: Yoga): boolean => pipelineOf(yoga) !== undefined;

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * The /graphql route. A request whose GraphQL params the response cache already parsed (one
 * operation, JSON body or GET URL) is answered by Yoga's steps after request parsing, called
 * directly: every plugin hook runs as in `yoga.fetch` except the HTTP adapter's and request
 * parsing (the cache plugin's job there is to hand over these same params). A result with
 * errors, a thrown hook (a persisted hash not found, malformed params) or a non-JSON media type
 * is answered by `yoga.fetch` from the start instead, so every error status, code and mask is
 * Yoga's own; operations are read-only, so running one twice changes nothing.
 * Every other request goes to `yoga.fetch` unchanged.
 */
export function graphqlHandler(yoga: Yoga, paramsOf: (request: Request) => GraphQLParams | undefined): Handler<Env> {
  const pipeline = pipelineOf(yoga);
  const fallback = (request: Request, env: unknown) => yoga.fetch(request, env as Record<string, unknown>);

  return async (c) => {
    const request = c.req.raw;
    const params = pipeline && paramsOf(request);
    if (!params) return fallback(request, c.env);
    try {
      const response = await direct(pipeline, request, params, c.env);
      return response ?? fallback(request, c.env);
    } catch {
      return fallback(request, c.env);
    }
  };
}

/** The Response Yoga would send for a result without errors; undefined for anything else. */
async function direct(pipeline: Pipeline, request: Request, params: GraphQLParams, env: unknown): Promise<Response | undefined> {
  // As the server adapter gives Yoga the Worker's env: a per-request object that reads through to it.
  const serverContext = Object.create((env as object | undefined) ?? null) as Record<string, unknown>;
  const maybe = pipeline.getResultForParams({ params, request }, serverContext);
  let result = (isThenable(maybe) ? await maybe : maybe) as ExecutionResult | undefined;
  if (!result || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) return undefined;
  if (result.errors?.length) return undefined;

  let processor: ResultProcessor | undefined;
  let mediaType = '*/*';
  const acceptableMediaTypes: string[] = [];
  for (const hook of pipeline.onResultProcessHooks) {
    const done = hook({
      request,
      acceptableMediaTypes,
      result,
      setResult(next) {
        result = next as ExecutionResult;
      },
      resultProcessor: processor,
      setResultProcessor(next, accepted) {
        processor = next;
        mediaType = accepted;
      },
      serverContext,
    } as Parameters<ResultProcessHook>[0]);
    if (isThenable(done)) await done;
  }
  // Streams (SSE, multipart) and 406s are Yoga's to answer.
  if (!processor || !/^application\/(graphql-response\+)?json$/.test(mediaType)) return undefined;
  return processor(result as ExecutionResult, pipeline.fetchAPI, mediaType);
}
