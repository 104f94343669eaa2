/**
 * `npm run dev:d1 [-- <wrangler dev flags>]`: seeds the local D1 database when it holds no data,
 * older articles or an older schema, then runs `wrangler dev --env d1` with the flags given (as
 * `npm run dev` does).
 */
import { spawn } from 'node:child_process';
import { datasetVersion } from '../src/data/embedded/served';
import { articleRows, hasPendingMigrations, locationFlags, seed, seededVersion } from './d1';

const flags = process.argv.slice(2);
const location = locationFlags(flags.filter((f) => f !== '--remote'));
if (seededVersion(location) !== datasetVersion() || hasPendingMigrations(location)) {
  console.log('Seeding the local D1 database from the article files…');
  seed(articleRows(), location);
}
const child = spawn('npx', ['wrangler', 'dev', '--env', 'd1', ...flags], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
