import type { GraphQLParams, YogaServerInstance } from 'graphql-yoga';
import type { Handler } from 'hono';
import type { Env } from '../env';

// biome-ignore lint/suspicious/noExplicitAny: any server and user context; only `fetch` is used.
type Yoga = YogaServerInstance<any, any>;

/** The direct path (src/server/direct-path.ts): Yoga's Response for parsed params, or undefined when Yoga must answer. */
export type Direct = (request: Request, params: GraphQLParams, env: unknown) => Response | undefined | Promise<Response | undefined>;

/** What the route answers with: the direct path and the params the response cache parsed (src/server/parts.ts). */
export interface HandlerParts {
  readonly direct: Direct;
  readonly cache: { readonly paramsOf: (request: Request) => GraphQLParams | undefined };
}

/**
 * The /graphql route. A request whose GraphQL params the response cache already parsed (one
 * operation, JSON body or GET URL) is answered by the direct path when Yoga's answer would be a
 * single JSON result without errors; everything else, every error included, by `yoga.fetch`, so
 * every error status, code and mask is Yoga's own. Both are created on first use (src/server/index.ts).
 */
export function graphqlHandler(parts: () => HandlerParts, yoga: () => Yoga): Handler<Env> {
  return async (c) => {
    const request = c.req.raw;
    const { direct, cache } = parts();
    const params = cache.paramsOf(request);
    if (params) {
      try {
        const answer = direct(request, params, c.env);
        const response = answer instanceof Promise ? await answer : answer;
        if (response) return response;
      } catch {
        // Yoga answers it, and reports what went wrong.
      }
    }
    return yoga().fetch(request, c.env as Record<string, unknown>);
  };
}
