import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './money';
import './citation';
import './order';
import './company';
import './funding-round';
import './investment';
import './ai-model';
import './region';
import './article';
import './node';
import './search';

/** The served schema, built once at module load. */
export const schema = builder.toSchema();

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export const sortedSchema = lexicographicSortSchema(schema);
