import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { embeddedStore } from '../../src/data/embedded/served';

const store = embeddedStore();

import { schema } from '../../src/graphql';

/**
 * Reference, not a peer: the same Pothos schema behind graphql-yoga as `createYoga<Record<string, unknown>>({ schema })`
 * creates it (no plugins, no limits, no response cache), mounted in Hono as this project mounts
 * its own. It shows what the chosen stack costs per request before this project adds anything.
 */
// The schema's resolvers read the store from the context, as in this project's server.
const yoga = createYoga({ schema, context: { store } });
const app = new Hono<{ Bindings: Record<string, unknown> }>();
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));
export default app;
