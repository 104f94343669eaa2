import { graphqlServer } from '@hono/graphql-server';
import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { embeddedStore } from '../../src/data/embedded/served';

const store = embeddedStore();

import { schema } from '../../src/graphql';

/**
 * Reference, not a peer: @hono/graphql-server exactly as bench/servers/hono-graphql.ts serves the
 * same schema and data, with graphql-yoga in the same bundle, created on first use of /yoga (as
 * this project creates its Yoga). Its cold request against the peer's is what carrying the
 * project's fixed server stack costs before the project adds anything of its own.
 */
const app = new Hono();
app.use('/graphql', async (c, next) => {
  Object.assign(c, { store });
  await next();
});
app.use('/graphql', graphqlServer({ schema }));
const makeYoga = () => createYoga({ schema, context: { store } });
let yoga: ReturnType<typeof makeYoga> | undefined;
app.all('/yoga', (c) => {
  yoga ??= makeYoga();
  return yoga.fetch(c.req.raw);
});
export default app;
