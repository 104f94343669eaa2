import { Hono } from 'hono';
import { cors } from '../../src/http/cors';
import { requestId } from '../../src/http/request-id';
// The project's own answers to the mix, captured by bench/run.ts before it builds this.
import results from '../.out/results.json';

/**
 * The floor with the middleware every response of this API passes through (request id, CORS):
 * what a static answer costs here, so the cache's own cost shows apart from theirs.
 */
const bodies = results as string[];
const app = new Hono();
app.use('*', requestId());
app.use('*', cors());
app.post('/graphql', (c) =>
  c.body(bodies[Number(c.req.query('i'))] ?? bodies[0]!, 200, { 'content-type': 'application/graphql-response+json; charset=utf-8' }),
);
export default app;
