import { graphqlServer } from '@hono/graphql-server';
import { Hono } from 'hono';
import { embeddedStore } from '../../src/data/embedded/served';

const store = embeddedStore();

import { schema } from '../../src/graphql';

/** Peer: the same Pothos schema served by @hono/graphql-server (graphql-js directly). */
const app = new Hono();
// graphqlServer passes the Hono context as the GraphQL context; the schema's resolvers read `store` from it.
app.use('/graphql', async (c, next) => {
  Object.assign(c, { store });
  await next();
});
app.use('/graphql', graphqlServer({ schema }));
export default app;
