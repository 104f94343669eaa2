/**
 * `npm run data:check [-- extra-article.ts …]`: checks every embedded article (and any extra
 * article files given, together with them) for quotes missing from or ambiguous in the text,
 * places and licenses the reference packages do not know, slug references that resolve to
 * nothing or to companies the article does not declare, facts two articles state differently,
 * and missing required facts. Prints each problem as `file: entity: message` (the message says
 * the fix); exits 1 if there is any.
 */
import { formatProblems } from '../src/data/sources/authoring';
import { checkArticleFiles } from './check-article-files';

const { problems, articles } = await checkArticleFiles(process.argv.slice(2));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`data:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`data:check: ${articles} article(s), no problems`);
