/**
 * A GraphQL-over-HTTP error answered before Yoga runs (413, 405, …): the same
 * `{"errors":[{"message","extensions":{"code"}}]}` envelope Yoga's own errors have.
 */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
