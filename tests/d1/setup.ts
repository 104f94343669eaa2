import { applyD1Migrations, env } from 'cloudflare:test';
import { d1Rows } from '../../src/data/d1/rows';
import { seedStatements } from '../../src/data/d1/seed';
import { datasetVersion, embeddedDataset } from '../../src/data/embedded/served';

// Each test file of the D1 project gets a fresh, empty database: the migrations, then the rows
// `npm run db:seed` writes, generated here from the same article files.
const { DB, TEST_MIGRATIONS } = env as { DB: D1Database; TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1] };
await applyD1Migrations(DB, TEST_MIGRATIONS);
await DB.batch(seedStatements(DB, d1Rows(embeddedDataset(), datasetVersion())));
