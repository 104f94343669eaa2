// Fills public/ (git-ignored, served by Workers Static Assets) from the installed
// @graphql-yoga/graphiql package and src/playground/static/, so the playground loads nothing
// from a CDN and nothing a build can produce is committed.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public');
const require = createRequire(import.meta.url);
const graphiqlDist = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** Files the GraphiQL page needs: the UMD bundle, its stylesheet and Monaco's web workers. */
const graphiqlFiles = [
  'yoga-graphiql.umd.js',
  'graphiql.css',
  'monacoeditorwork/editor.worker.bundle.js',
  'monacoeditorwork/json.worker.bundle.js',
  'monacoeditorwork/graphql.worker..bundle.js',
];

const list = (dir) =>
  existsSync(dir) ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)])) : [];

/** Source file → file in public/. */
const plan = new Map();
for (const file of graphiqlFiles) {
  const from = join(graphiqlDist, file);
  if (!existsSync(from)) throw new Error(`@graphql-yoga/graphiql no longer ships ${file}; update scripts/build-assets.mjs`);
  plan.set(from, join(out, 'assets/graphiql', file));
}
const staticDir = join(root, 'src/playground/static');
for (const from of list(staticDir)) plan.set(from, join(out, 'assets/playground', relative(staticDir, from)));

// Updated in place, never emptied first: a test run or wrangler dev may be reading public/ now.
const wanted = new Set(plan.values());
for (const file of list(out)) if (!wanted.has(file)) rmSync(file);
for (const [from, to] of plan) {
  const content = readFileSync(from);
  if (existsSync(to) && readFileSync(to).equals(content)) continue;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(`${to}.tmp`, content);
  renameSync(`${to}.tmp`, to);
}

const files = list(out);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`build-assets: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${relative(root, out)}/`);
