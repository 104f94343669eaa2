// Own code: graphql-js picks its fast `instanceOf` only when `globalThis.process` exists as it
// loads (wrangler replaces NODE_ENV by the build's, "production" unless set), and Workers have no
// `process`; its development checks run on every type test of every validation and execution.
import { GraphQLSchema } from 'graphql';
import { restoreProcess } from './graphql-production-start';

/** True once graphql-js has loaded in production mode; the stand-in `process` is gone again. */
export const graphqlProductionMode: boolean = restoreProcess(GraphQLSchema);
