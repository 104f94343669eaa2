import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFacts, servedArticle } from './dataset';
import { draftArticle } from './draft';
import { type DraftJson, toJson } from './json';
import { emptyScores, overall, precision, recall, type Scores, scoreArticle } from './score';

/** The labeled corpus: NAME.txt with its gold facts in NAME.json. */
export const CORPUS_DIR = 'tests/fixtures/drafting';
/** The seed article, scored against its hand-written article file. */
export const SEED_SLUG = 'mistral-ai-450-million-round';

export interface ArticleScore {
  readonly name: string;
  readonly scores: Scores;
  readonly drafted: DraftJson;
  readonly gold: DraftJson;
}

/** Drafts every article of a labeled corpus and scores it. */
export function evaluateCorpus(dir = CORPUS_DIR): { total: Scores; articles: ArticleScore[] } {
  const total = emptyScores();
  const articles: ArticleScore[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -4);
    const text = readFileSync(join(dir, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as DraftJson;
    const drafted = toJson(draftArticle(text));
    scoreArticle(drafted, gold, text, total);
    articles.push({ name, scores: scoreArticle(drafted, gold, text), drafted, gold });
  }
  return { total, articles };
}

/** Drafts the seed article's text and scores it against the hand-written seed article file. */
export function evaluateSeed(): Scores {
  const source = servedArticle(SEED_SLUG);
  if (!source) throw new Error(`the seed article ${SEED_SLUG} is not served`);
  return scoreArticle(toJson(draftArticle(source.text)), articleFacts(source), source.text);
}

export const percent = (x: number) => x.toFixed(3);
export { overall, precision, recall };
