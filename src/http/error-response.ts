import { NOT_COSTED } from '../server/plugins/limits/cost-extension';

/**
 * A GraphQL-over-HTTP error answered before Yoga runs (413, 405, …): the same
 * `{"errors":[{"message","extensions":{"code"}}]}` envelope Yoga's own errors have, with the
 * `extensions.cost` every /graphql response carries (nothing ran, so nothing was costed).
 */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }], extensions: { cost: NOT_COSTED } }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
