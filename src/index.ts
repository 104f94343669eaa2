import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { schema } from './graphql';

/** Bindings declared in wrangler.toml. */
export type Env = Record<string, unknown>;

/** The GraphQL server, created once per isolate. */
const yoga = createYoga<Env>({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
});

const app = new Hono<{ Bindings: Env }>();

app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, c.env));

export default app;
