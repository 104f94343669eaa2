import SchemaBuilder from '@pothos/core';
import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';

/**
 * Startup reference only: the hello-world Yoga + Pothos + Hono Worker the startup budget was set
 * against (about 97 KiB gzip and 12 ms active startup where it was measured; docs/performance.md),
 * measured here the same way as this project, so the budget can be read against this machine.
 */
const builder = new SchemaBuilder({});
builder.queryType({ fields: (t) => ({ hello: t.string({ resolve: () => 'world' }) }) });
const yoga = createYoga<Record<string, unknown>>({ schema: builder.toSchema() });
const app = new Hono<{ Bindings: Record<string, unknown> }>();
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));
export default app;
