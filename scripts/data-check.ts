/**
 * `npm run data:check [-- extra-article.ts …]`: checks every embedded article (and any extra
 * article files given, together with them) for quotes missing from or ambiguous in the text,
 * places and licenses the reference packages do not know, slug references that resolve to
 * nothing or to companies the article does not declare, facts two articles state differently,
 * and missing required facts. Prints each problem as `file: entity: message` (the message says
 * the fix); exits 1 if there is any.
 */
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleSources } from '../src/data/articles';
import { type ArticleSource, formatProblems, type Problem } from '../src/data/sources/authoring';
import { checkArticles } from '../src/data/sources/check';

const root = resolve(import.meta.dirname, '..');
const articlesDir = resolve(root, 'src/data/articles');

/** An article file's default export, with a problem when it does not name its own path. */
async function load(path: string, problems: Problem[]): Promise<ArticleSource | undefined> {
  const file = relative(root, resolve(path));
  const source = ((await import(pathToFileURL(resolve(path)).href)) as { default?: ArticleSource }).default;
  if (!source?.text) {
    problems.push({ file, entity: 'module', message: 'has no default export of defineArticle({ … })' });
    return undefined;
  }
  if (source.file !== file)
    problems.push({ file, entity: `article ${source.slug}`, message: `file is ${JSON.stringify(source.file)}; it must be "${file}"` });
  return source;
}

const problems: Problem[] = [];
const embedded = readdirSync(articlesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
for (const name of embedded) {
  const source = await load(resolve(articlesDir, name), problems);
  if (source && !articleSources.includes(source)) {
    problems.push({
      file: source.file,
      entity: `article ${source.slug}`,
      message: 'is not listed in src/data/articles/index.ts, so it is not served',
    });
  }
}
const extra: ArticleSource[] = [];
for (const path of process.argv.slice(2)) {
  const source = await load(path, problems);
  if (source) extra.push(source);
}
problems.push(...checkArticles([...articleSources, ...extra]));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`data:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`data:check: ${articleSources.length + extra.length} article(s), no problems`);
