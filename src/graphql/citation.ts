import { type CitationRecord, required } from '../data';
import { builder } from './builder';
import { ArticleRef } from './refs';

export const Citation = builder.objectRef<CitationRecord>('Citation').implement({
  description: 'A verbatim passage of an article that states a fact.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The article the passage comes from.',
      resolve: (c, _args, { store }) => required(store.articleBySlug(c.article), 'article', c.article),
    }),
    quote: t.exposeString('quote', { description: 'Exactly article.text.slice(start, end).' }),
    start: t.exposeInt('start', { description: 'Offset in UTF-16 code units (JavaScript string indices).' }),
    end: t.exposeInt('end', { description: 'Exclusive end offset.' }),
  }),
});
