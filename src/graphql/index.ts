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

/** The served schema, built once at module load. */
// Unsorted: sorting is only for the printed SDL (below), and would cost startup CPU here.
export const schema = builder.toSchema({ sortSchema: false });

let sorted: GraphQLSchema | undefined;
/**
 * The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only.
 * Sorted on first use, not at module load: it would cost every isolate's startup ~10 ms of CPU.
 */
export const sortedSchema = (): GraphQLSchema => (sorted ??= lexicographicSortSchema(schema));
