import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleSources } from '../src/data/articles';
import type { ArticleSource, Problem } from '../src/data/sources/authoring';
import { checkArticles } from '../src/data/sources/check';

/**
 * What `npm run data:check` checks: every embedded article, each listed in the index, and any
 * extra article files, all together (so conflicts and references across them count).
 */

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

/**
 * Checks the embedded articles together with the article files at `extra` (paths relative to the
 * working directory): every problem, and how many articles were checked.
 */
export async function checkArticleFiles(extra: readonly string[] = []): Promise<{ problems: Problem[]; articles: number }> {
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
  const sources: ArticleSource[] = [];
  for (const path of extra) {
    const source = await load(path, problems);
    if (source) sources.push(source);
  }
  problems.push(...checkArticles([...articleSources, ...sources]));
  return { problems, articles: articleSources.length + sources.length };
}
