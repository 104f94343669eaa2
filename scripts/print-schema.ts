/**
 * Writes the served schema, sorted, to schema/schema.graphql. `npm run schema:print`.
 * tests/schema.test.ts fails while the committed file differs from what the code produces.
 */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { sortedSchema } from '../src/graphql';

const target = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(target, `${printSchema(sortedSchema())}\n`);
console.log(`wrote ${target.pathname}`);
