import type { ArticleData } from '../types';
import { article as mistralAi450m } from './mistral-ai-450m';

/** Every embedded article. Adding an article is adding its data file and one line here. */
export const articles: readonly ArticleData[] = [mistralAi450m];
