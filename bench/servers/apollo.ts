import { ApolloServer } from '@apollo/server';
import { startServerAndCreateCloudflareWorkersHandler } from '@as-integrations/cloudflare-workers';
import { schema } from '../../src/graphql';

/** Peer: the same Pothos schema served by Apollo Server 4 with its Cloudflare Workers integration. */
const server = new ApolloServer({ schema });
const handler = startServerAndCreateCloudflareWorkersHandler(server);
export default { fetch: handler };
