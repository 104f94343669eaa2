import { graphqlServer } from '@hono/graphql-server';
import { Hono } from 'hono';
import { schema } from '../../src/graphql';

/** Peer: the same Pothos schema served by @hono/graphql-server (graphql-js directly). */
const app = new Hono();
app.use('/graphql', graphqlServer({ schema }));
export default app;
