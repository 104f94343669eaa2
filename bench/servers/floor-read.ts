import { type Context, Hono } from 'hono';
// The project's own answers to the mix, captured by bench/run.ts before it builds this.
import results from '../.out/results.json';
import { bodyOf, mix, searchOf } from '../mix';

/**
 * The floor as a server that must find out which query it was sent: it reads the request body
 * (POST) or the URL's search string (GET) and returns the pre-serialized result stored for exactly
 * that text. Nothing is parsed or executed.
 */
const byBody = new Map(mix.map((item, i) => [bodyOf(item), (results as string[])[i]!]));
const bySearch = new Map(mix.map((item, i) => [searchOf(item), (results as string[])[i]!]));
const answer = (c: Context, body: string | undefined) =>
  body === undefined ? c.body(null, 404) : c.body(body, 200, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
const app = new Hono();
app.post('/graphql', async (c) => answer(c, byBody.get(await c.req.text())));
app.get('/graphql', (c) => {
  const url = c.req.url;
  return answer(c, bySearch.get(url.slice(url.indexOf('?') + 1)));
});
export default app;
