/**
 * Prints Mistral AI's round from a running API:
 *   npx tsx examples/src/main.ts [endpoint]   (default http://localhost:8787/graphql; start it with `npm start`)
 */
import { createClient } from './client';
import { CompanyRounds, renderRounds } from './mistral-round';

const url = process.argv[2] ?? process.env.API_URL ?? 'http://localhost:8787/graphql';
const request = createClient({ url });

try {
  console.log(renderRounds(await request(CompanyRounds, { slug: 'mistral-ai' })));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
