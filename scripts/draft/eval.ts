/**
 * `npm run eval:draft [-- --verbose]`: drafts every article of the labeled corpus
 * (tests/fixtures/drafting/) and the seed article, and prints precision and recall per fact kind
 * over atomic facts (docs/drafting.md's matching rules). `--verbose` adds each article's figures.
 */
import { evaluateCorpus, evaluateSeed, overall, percent, precision, recall } from './evaluate';
import { formatScores } from './score';

const verbose = process.argv.includes('--verbose');
const { total, articles } = evaluateCorpus();
console.log(`Corpus: ${articles.length} articles (tests/fixtures/drafting/)\n`);
console.log(formatScores(total));
if (verbose) {
  console.log('\n| article | precision | recall |\n|---|---:|---:|');
  for (const a of articles) console.log(`| ${a.name} | ${percent(precision(overall(a.scores)))} | ${percent(recall(overall(a.scores)))} |`);
}
console.log('\nSeed article (its text drafted, scored against src/data/articles/mistral-ai-450m.ts):\n');
console.log(formatScores(evaluateSeed()));
