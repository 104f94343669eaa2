import { Hono } from 'hono';
// The project's own answers to the mix, captured by bench/run.ts before it builds this.
import results from '../.out/results.json';

/**
 * The floor: a plain Hono route returning the pre-serialized JSON result of mix item `?i=`.
 * Nothing is parsed or executed.
 */
const bodies = results as string[];
const app = new Hono();
app.post('/graphql', (c) =>
  c.body(bodies[Number(c.req.query('i'))] ?? bodies[0]!, 200, { 'content-type': 'application/graphql-response+json; charset=utf-8' }),
);
export default app;
