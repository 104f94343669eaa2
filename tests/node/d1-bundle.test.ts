import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedArticles } from '../../src/data/embedded/served';
import { syntheticDataset } from '../fixtures/synthetic';

// The D1 build (wrangler.toml [env.d1]) reads its data from the database: it must bundle no article
// text, and grow by nothing when articles are added. Built as `wrangler deploy --dry-run` builds it,
// from this checkout and from a copy of it with a synthetic article added.

const root = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'd1-bundle-'));

/** Builds `dir`'s Worker for `env` ('' for the default) and returns its bundle's text. */
function build(dir: string, env: string): string {
  const out = join(copy, `out-${dir === root ? 'here' : 'copy'}-${env || 'default'}`);
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--env', env, '--outdir', out], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(out, 'index.js'), 'utf8');
}

/** An article file whose text is the synthetic companies' descriptions, one sentence each, every company citing its own. */
function syntheticArticle(companies: number): { file: string; sentences: string[] } {
  const records = syntheticDataset(companies, 10).articles[0]!.companies;
  const sentences = records.map((c) => c.description!);
  const entries = records.map(
    (c) =>
      `{ slug: ${JSON.stringify(`synthetic-${c.slug}`)}, name: ${JSON.stringify(c.name)}, kind: 'STARTUP', sources: [cite(${JSON.stringify(c.description)})] }`,
  );
  const file = `import { cite, defineArticle } from '../sources/authoring';

export default defineArticle({
  file: 'src/data/articles/synthetic-scale.ts',
  slug: 'synthetic-scale',
  text: ${JSON.stringify(sentences.join('\n\n'))},
  companies: [
    ${entries.join(',\n    ')},
  ],
});
`;
  return { file, sentences };
}

let sentences: string[] = [];
let here: { default: string; d1: string };
let grown: { default: string; d1: string };

beforeAll(() => {
  for (const name of ['src', 'wrangler.toml', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(copy, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  symlinkSync(join(root, 'public'), join(copy, 'public'));
  const articles = join(copy, 'src/data/articles');
  const synthetic = syntheticArticle(400);
  sentences = synthetic.sentences;
  writeFileSync(join(articles, 'synthetic-scale.ts'), synthetic.file);
  renameSync(join(articles, 'index.ts'), join(articles, 'listed.ts'));
  writeFileSync(
    join(articles, 'index.ts'),
    "import { articleSources as listed } from './listed';\nimport synthetic from './synthetic-scale';\n\nexport const articleSources = [...listed, synthetic];\n",
  );
  // wrangler.toml's [build] runs package.json scripts on files the copy leaves out; its one output
  // the copy's Worker needs beyond the built assets (public/) is the reference module of its articles.
  const config = join(copy, 'wrangler.toml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^\[build\]\ncommand = .*\n/m, ''));
  const reference = ['src/data/articles/index.ts', 'src/data/sources/reference.generated.json'].map((p) => join(copy, p));
  execFileSync('npx', ['tsx', 'scripts/build-reference.ts', ...reference], { cwd: root, stdio: 'pipe' });
  here = { default: readFileSync(join(root, 'dist/index.js'), 'utf8'), d1: build(root, 'd1') };
  grown = { default: build(copy, ''), d1: build(copy, 'd1') };
}, 180_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/**
 * Passages of the embedded articles long enough to be theirs alone: each paragraph's opening words,
 * up to its first character a bundler might escape (quotes, non-ASCII).
 */
const passages = () =>
  embeddedArticles().flatMap((a) => a.article.text.split('\n\n').flatMap((p) => /^[\w ,.-]{30,}/.exec(p.slice(0, 80))?.[0] ?? []));

describe('the D1 build', () => {
  it("bundles none of the articles' text, which the default build embeds", () => {
    const found = passages();
    expect(found.length).toBeGreaterThan(3);
    for (const passage of found) {
      expect(here.default).toContain(passage);
      expect(here.d1).not.toContain(passage);
    }
  });

  it('stays byte for byte the same when articles are added, while the default build grows with them', () => {
    const text = sentences.join('\n\n');
    console.log(
      `bundles: default ${here.default.length} → ${grown.default.length} bytes with a synthetic article of ${text.length} characters; D1 ${here.d1.length} → ${grown.d1.length}`,
    );
    expect(grown.default.length - here.default.length).toBeGreaterThan(text.length);
    expect(grown.default).toContain(sentences[0]);
    expect(grown.d1).not.toContain(sentences[0]);
    expect(grown.d1).toBe(here.d1);
  });
});
