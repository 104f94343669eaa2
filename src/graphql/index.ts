import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './money';
import './date';
import './citation';
import './order';
import './company';
import './funding-round';
import './funding-summary';
import './investment';
import './ai-model';
import './region';
import './article-citation';
import './article';
import './dataset';
import './node';
import './search';

let built: GraphQLSchema | undefined;
/**
 * The served schema, built on first use and kept. Unsorted: sorting is only for the printed SDL
 * (below), and would cost CPU here.
 */
export const servedSchema = (): GraphQLSchema => (built ??= builder.toSchema({ sortSchema: false }));

/**
 * The served schema, for scripts and tests that want it at once. Marked pure so that a bundle
 * that never reads it (the Worker's, which calls `servedSchema()` on its first GraphQL request)
 * drops the call, and a cold isolate does not build the schema at startup.
 */
export const schema: GraphQLSchema = /* @__PURE__ */ servedSchema();

let sorted: GraphQLSchema | undefined;
/**
 * The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only.
 * Sorted on first use: it would cost ~10 ms of CPU.
 */
export const sortedSchema = (): GraphQLSchema => (sorted ??= lexicographicSortSchema(servedSchema()));
