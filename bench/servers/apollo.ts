import { ApolloServer } from '@apollo/server';
import { startServerAndCreateCloudflareWorkersHandler } from '@as-integrations/cloudflare-workers';
import { embeddedStore } from '../../src/data/embedded/served';

const store = embeddedStore();

import { schema } from '../../src/graphql';
import type { Context } from '../../src/graphql/builder';

/** Peer: the same Pothos schema served by Apollo Server 4 with its Cloudflare Workers integration. */
const server = new ApolloServer<Context>({ schema });
// The schema's resolvers read the store from the context, as in this project's server.
const handler = startServerAndCreateCloudflareWorkersHandler(server, { context: async () => ({ store }) });
export default { fetch: handler };
