// Fills public/ (git-ignored, served by Workers Static Assets) from the installed
// @graphql-yoga/graphiql package, src/playground/static/ and the explorer (examples/explorer/,
// bundled here with Vite), so no page loads anything from a CDN and nothing a build can produce
// is committed.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { contentSecurityPolicy } from '../src/playground/html.ts';

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
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)]))
    : [];

/** File in public/ → its content. */
const plan = new Map();
for (const file of graphiqlFiles) {
  const from = join(graphiqlDist, file);
  if (!existsSync(from)) throw new Error(`@graphql-yoga/graphiql no longer ships ${file}; update scripts/build-assets.mjs`);
  plan.set(join(out, 'assets/graphiql', file), () => readFileSync(from));
}
const staticDir = join(root, 'src/playground/static');
for (const from of list(staticDir)) plan.set(join(out, 'assets/playground', relative(staticDir, from)), () => readFileSync(from));

// The explorer: its page explore.html, which Static Assets serve at /explore; its script
// and stylesheet get content-hashed names under /assets/explorer/, so they can be cached for good.
const explorerRoot = join(root, 'examples/explorer');
const bundles = await build({
  configFile: false,
  root: explorerRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    write: false,
    assetsDir: 'assets/explorer',
    modulePreload: false,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: { input: { explore: join(explorerRoot, 'explore.html') } },
  },
});
for (const { output } of [bundles].flat()) {
  for (const file of output) {
    const content = file.type === 'chunk' ? file.code : file.source;
    plan.set(join(out, file.fileName), () => Buffer.from(content));
  }
}
// Workers Static Assets read response headers for their files from _headers (never served itself).
plan.set(join(out, '_headers'), () =>
  Buffer.from(
    [
      // Every file: scripts, stylesheets and images are never sniffed as another type.
      '/*',
      '  X-Content-Type-Options: nosniff',
      '/explore',
      `  Content-Security-Policy: ${contentSecurityPolicy}`,
      '  Referrer-Policy: no-referrer',
      '/assets/explorer/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ].join('\n'),
  ),
);

// Updated in place, never emptied first: a test run or wrangler dev may be reading public/ now.
for (const file of list(out)) if (!plan.has(file)) rmSync(file);
for (const [to, read] of plan) {
  const content = read();
  if (existsSync(to) && readFileSync(to).equals(content)) continue;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(`${to}.tmp`, content);
  renameSync(`${to}.tmp`, to);
}

const files = list(out);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`build-assets: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${relative(root, out)}/`);
