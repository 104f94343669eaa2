import { schema } from '../../src/graphql';

/** Startup reference only: this project's schema built (src/graphql), with no server around it. */
export default { fetch: () => new Response(`${Object.keys(schema.getTypeMap()).length} types`) };
