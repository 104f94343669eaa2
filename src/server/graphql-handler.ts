import type { GraphQLParams, YogaServerInstance } from 'graphql-yoga';
import type { Handler } from 'hono';
import type { Env } from '../env';

// biome-ignore lint/suspicious/noExplicitAny: any server and user context; only `fetch` is used.
type Yoga = YogaServerInstance<any, any>;

/** The direct path (src/server/direct-path.ts): Yoga's Response for parsed params, or undefined when Yoga must answer. */
export type Direct = (request: Request, params: GraphQLParams, env: unknown) => Response | undefined | Promise<Response | undefined>;

/**
 * The /graphql route. A request whose GraphQL params the response cache already parsed (one
 * operation, JSON body or GET URL) is answered by the direct path when Yoga's answer would be a
 * single JSON result without errors; everything else, every error included, by `yoga.fetch`, so
 * every error status, code and mask is Yoga's own.
 */
export function graphqlHandler(direct: Direct, yoga: () => Yoga, paramsOf: (request: Request) => GraphQLParams | undefined): Handler<Env> {
  return async (c) => {
    const request = c.req.raw;
    const params = paramsOf(request);
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
