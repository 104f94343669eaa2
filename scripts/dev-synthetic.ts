/**
 * `npm run dev:synthetic [-- <wrangler dev flags>]`: serves the synthetic ~100,000-entity dataset
 * (scripts/synthetic-d1.ts) on a local D1 database with `wrangler dev --env d1`, seeding it first
 * when it is missing or out of date. Made-up data, local only: it is seeded into a directory under
 * .wrangler/ and never into a remote database, and `npm run deploy` deploys the embedded articles.
 */
import { spawn } from 'node:child_process';
import { ensureSyntheticD1, SYNTHETIC, SYNTHETIC_STATE, syntheticVersion } from './synthetic-d1';

const flags = process.argv.slice(2);
if (flags.includes('--remote') || flags.includes('--persist-to')) {
  console.error('dev:synthetic serves made-up data from its own local database only: drop --remote and --persist-to.');
  process.exit(2);
}
ensureSyntheticD1(SYNTHETIC_STATE, console.log);
console.log(
  `SYNTHETIC DATA: ${SYNTHETIC.companies.toLocaleString('en-US')} made-up companies with their rounds, investors, models and regions (dataset version ${syntheticVersion()}). Try /explore and /graphql.`,
);
const child = spawn('npx', ['wrangler', 'dev', '--env', 'd1', '--persist-to', SYNTHETIC_STATE, ...flags], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
