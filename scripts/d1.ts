import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { d1Rows, type TableRows } from '../src/data/d1/rows';
import { seedSql } from '../src/data/d1/seed';
import { datasetVersion, embeddedDataset } from '../src/data/embedded/served';

/** The database name in wrangler.toml's [[env.d1.d1_databases]]. */
export const DATABASE = 'ai-funding-graph';
const root = resolve(import.meta.dirname, '..');

/** Runs `wrangler <args>` for the d1 environment, quietly; throws with wrangler's output on failure. */
function wrangler(args: readonly string[]): string {
  try {
    return execFileSync('npx', ['wrangler', ...args, '--env', 'd1'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // CI: no confirmation prompts; no metrics: offline runs stay quiet.
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`wrangler ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** Where the database is: `--remote`, or local (optionally `--persist-to <dir>`), from a command line's flags. */
export function locationFlags(argv: readonly string[]): string[] {
  const flags = argv.includes('--remote') ? ['--remote'] : ['--local'];
  const at = argv.indexOf('--persist-to');
  if (at >= 0 && argv[at + 1]) flags.push('--persist-to', argv[at + 1]!);
  return flags;
}

/** The dataset version the database holds, or undefined when it has none (not migrated or not seeded). */
export function seededVersion(location: readonly string[]): string | undefined {
  try {
    const out = wrangler(['d1', 'execute', DATABASE, ...location, '--json', '--command', "SELECT value FROM meta WHERE key = 'version'"]);
    return (JSON.parse(out) as { results: { value: string }[] }[])[0]?.results[0]?.value;
  } catch {
    return undefined;
  }
}

/**
 * Whether migrations/ holds migrations the database has not applied: new tables or columns, whose
 * rows only a new seed writes, even when the articles (and so the dataset version) are unchanged.
 */
export function hasPendingMigrations(location: readonly string[]): boolean {
  return !wrangler(['d1', 'migrations', 'list', DATABASE, ...location]).includes('No migrations to apply');
}

/** The rows of the embedded articles, versioned as the embedded store versions them. */
export function articleRows(): TableRows[] {
  return d1Rows(embeddedDataset(), datasetVersion());
}

/** Applies migrations/ and writes `tables` into the database (replacing what it held). */
export function seed(tables: readonly TableRows[], location: readonly string[]): void {
  wrangler(['d1', 'migrations', 'apply', DATABASE, ...location]);
  // A directory of its own: seeds of other databases may run at the same time.
  const dir = mkdtempSync(join(tmpdir(), 'd1-seed-'));
  try {
    const file = join(dir, 'seed.sql');
    writeFileSync(file, seedSql(tables));
    wrangler(['d1', 'execute', DATABASE, ...location, '--yes', '--file', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
