import { typenameOf } from '../data';
import { ArticleCitation, ArticleCitationConnection } from './article-citation';
import { builder } from './builder';
import { connectionFrom } from './connection';
import { ArticleConnection, ArticleRef } from './refs';

builder.node(ArticleRef, {
  description: 'A news article the facts come from; citations point into its text.',
  id: { resolve: (a) => a.slug },
  isTypeOf: (value) => typenameOf(value) === 'Article',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable URL-safe key.' }),
    title: t.exposeString('title', { nullable: true, description: 'The headline; null where the text has none.' }),
    author: t.exposeString('author', { nullable: true, description: 'The byline author; null where not known.' }),
    publishedOn: t.exposeString('publishedOn', { nullable: true, description: 'ISO 8601 publication date; null where not known.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published; null where not known.' }),
    text: t.exposeString('text', { description: 'The full text; citation offsets index into it.' }),
    citations: t.connection(
      {
        type: ArticleCitation,
        description:
          'Every passage of this article that a fact cites, with the object and field it supports: by offset, then by object. A passage that supports several facts is listed once for each.',
        resolve: (a, args, { store }) => connectionFrom(store.citationsOf(a.slug), args),
      },
      ArticleCitationConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'An article by its slug; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: "The article's slug." }) },
    resolve: (_root, { slug }, { store }) => store.articleBySlug(slug),
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: 'All articles, by slug.',
      resolve: (_root, args, { store }) => connectionFrom(store.allArticles(), args),
    },
    ArticleConnection,
  ),
}));
