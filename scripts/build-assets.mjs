// Fills public/ (git-ignored, served by Workers Static Assets) with GraphiQL (src/playground/client/,
// bundled here with Vite from the graphiql package), src/playground/static/ and the explorer
// (examples/explorer/, bundled with Vite too), so no page loads anything from a CDN and nothing a
// build can produce is committed. wrangler dev and wrangler deploy run it first (wrangler.toml
// [build]); it rebuilds only when an input changed since its last run (public/.build-inputs).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { contentSecurityPolicy } from '../src/playground/html.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public');
const stampFile = join(out, '.build-inputs');

const list = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)]))
    : [];

const staticDir = join(root, 'src/playground/static');
const graphiqlRoot = join(root, 'src/playground/client');
const explorerRoot = join(root, 'examples/explorer');

/** Everything the output depends on: sources, this script, the installed versions (the lockfile). */
const inputs = [
  ...[staticDir, graphiqlRoot, explorerRoot, join(root, 'examples/src')].flatMap(list),
  fileURLToPath(import.meta.url),
  join(root, 'src/playground/html.ts'),
  join(root, 'package-lock.json'),
].sort();
const hash = createHash('sha256');
for (const file of inputs)
  hash
    .update(`${relative(root, file)}\0`)
    .update(readFileSync(file))
    .update('\0');
const stamp = hash.digest('hex');
const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').split('\n') : [];
if (previous[0] === stamp && previous.slice(1).every((file) => file && existsSync(join(out, file)))) {
  console.log(`build-assets: public/ is up to date (${previous.length - 1} files)`);
  process.exit(0);
}

/** File in public/ → its content. */
const plan = new Map();
for (const from of list(staticDir)) plan.set(join(out, 'assets/playground', relative(staticDir, from)), () => readFileSync(from));

/** Vite's output files into the plan. */
const add = (bundles) => {
  for (const { output } of [bundles].flat()) {
    for (const file of output) {
      const content = file.type === 'chunk' ? file.code : file.source;
      plan.set(join(out, file.fileName), () => Buffer.from(content));
    }
  }
};

const docExplorerDist = join(dirname(fileURLToPath(import.meta.resolve('@graphiql/plugin-doc-explorer'))));

// GraphiQL: its script, stylesheet and the bundler's helpers at fixed names (the Worker's page names
// them; browsers revalidate them by ETag); the documentation explorer's components and markdown-it
// in content-hashed chunks loaded later (src/playground/client/doc-explorer.tsx, markdown.ts). CodeMirror and its add-ons, which GraphiQL imports lazily, are bundled into
// the script: each lazy chunk would cost another round trip before the editor can be used.
add(
  await build({
    configFile: false,
    root: graphiqlRoot,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: {
      alias: [
        { find: 'framer-motion', replacement: join(graphiqlRoot, 'reorder.tsx') },
        { find: /^@graphiql\/plugin-doc-explorer$/, replacement: join(graphiqlRoot, 'doc-explorer.tsx') },
        { find: /^@graphiql\/plugin-doc-explorer\/dist\/(.*)$/, replacement: `${docExplorerDist}/$1` },
        { find: /^markdown-it$/, replacement: join(graphiqlRoot, 'markdown.ts') },
        { find: /^markdown-it-full$/, replacement: fileURLToPath(import.meta.resolve('markdown-it')) },
      ],
    },
    plugins: [
      {
        // `import("codemirror…")` in @graphiql/react becomes a static import: in the script already.
        name: 'graphiql-codemirror-eager',
        transform(code, id) {
          if (!/[\\/]@graphiql[\\/]react[\\/]dist[\\/].*\.js$/.test(id) || !code.includes('import(')) return undefined;
          const imports = [];
          const rewritten = code.replace(/\bimport\(("(?:codemirror|codemirror-graphql)[^"]*")\)/g, (_, specifier) => {
            imports.push(`import * as __eager${imports.length} from ${specifier};`);
            return `Promise.resolve(__eager${imports.length - 1})`;
          });
          return imports.length ? `${imports.join('\n')}\n${rewritten}` : undefined;
        },
      },
      {
        // GraphiQL's stylesheet embeds Roboto and Fira Code as data: URLs (about 250 KB gzip, most
        // of the page's weight); graphiql.css sets system fonts instead.
        name: 'graphiql-without-embedded-fonts',
        enforce: 'pre',
        transform: (code, id) =>
          /[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id) ? code.replace(/@font-face\s*\{[^}]*\}/g, '') : undefined,
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2048,
      rollupOptions: {
        input: { graphiql: join(graphiqlRoot, 'graphiql.tsx') },
        output: {
          entryFileNames: 'assets/graphiql/[name].js',
          // The bundler's helpers, which the script imports: a fixed name, so the page can ask for it
          // alongside the script instead of after it.
          chunkFileNames: (chunk) =>
            chunk.name === 'rolldown-runtime' ? 'assets/graphiql/runtime.js' : 'assets/graphiql/chunks/[name]-[hash].js',
          assetFileNames: (asset) =>
            asset.names.some((name) => name.endsWith('.css'))
              ? 'assets/graphiql/graphiql.css'
              : 'assets/graphiql/chunks/[name]-[hash][extname]',
        },
        // React libraries mark their modules "use client" for server components; a browser bundle
        // has no use for it.
        onwarn: (warning, warn) => warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning),
      },
    },
  }),
);

// The explorer: its page explore.html, which Static Assets serve at /explore; its script
// and stylesheet get content-hashed names under /assets/explorer/, so they can be cached for good.
add(
  await build({
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
  }),
);
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
      '/assets/graphiql/chunks/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ].join('\n'),
  ),
);

// Updated in place, never emptied first: a test run or wrangler dev may be reading public/ now, and
// another build may be writing it (each writes through temporary files of its own).
const temporary = /\.\d+\.tmp$/;
for (const file of list(out)) if (!plan.has(file) && file !== stampFile && !temporary.test(file)) rmSync(file, { force: true });
const removeEmpty = (dir) => {
  for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isDirectory()) removeEmpty(join(dir, name));
  if (dir !== out && readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
};
if (existsSync(out)) removeEmpty(out);
for (const [to, read] of plan) {
  const content = read();
  if (existsSync(to) && readFileSync(to).equals(content)) continue;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(`${to}.${process.pid}.tmp`, content);
  renameSync(`${to}.${process.pid}.tmp`, to);
}
writeFileSync(`${stampFile}.${process.pid}.tmp`, [stamp, ...[...plan.keys()].map((file) => relative(out, file))].join('\n'));
renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);

const files = list(out).filter((file) => file !== stampFile);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`build-assets: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${relative(root, out)}/`);
