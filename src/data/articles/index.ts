import type { ArticleSource } from '../sources/authoring';
import mistralAi450m from './mistral-ai-450m';

/** Every embedded article. Adding an article is adding its file and one line here. */
export const articleSources: readonly ArticleSource[] = [mistralAi450m];
