import { createYoga } from 'graphql-yoga';
import { embeddedStore } from '../../src/data/embedded/served';
import { schema } from '../../src/graphql';
import peer from './hono-graphql';

/**
 * Reference, not a peer: the @hono/graphql-server peer itself (bench/servers/hono-graphql.ts),
 * with graphql-yoga in the same bundle, created on first use of /yoga (as this project creates its
 * Yoga). Its cold request against the peer's is what carrying the project's fixed server stack
 * costs before the project adds anything of its own.
 */
const makeYoga = () => createYoga({ schema, context: { store: embeddedStore() } });
let yoga: ReturnType<typeof makeYoga> | undefined;
peer.all('/yoga', (c) => {
  yoga ??= makeYoga();
  return yoga.fetch(c.req.raw);
});
export default peer;
