import { type ArticleCitation as ArticleCitationShape, required } from '../data';
import { builder } from './builder';

export const ArticleCitation = builder.objectRef<ArticleCitationShape>('ArticleCitation').implement({
  description: 'A passage of an article and the fact it supports: the object, and the field of that object that lists the passage.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'Exactly article.text.slice(start, end).' }),
    start: t.exposeInt('start', { description: 'Offset in UTF-16 code units (JavaScript string indices).' }),
    end: t.exposeInt('end', { description: 'Exclusive end offset.' }),
    subject: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The object the passage supports: a company, funding round, investment, AI model or region.',
      resolve: (c, _args, { store }) =>
        required(store.entityById(c.subject.typename, c.subject.id), c.subject.typename, c.subject.id) as never,
    }),
    field: t.exposeString('field', {
      description:
        'The field of `subject` that lists the passage: "sources", or "tranches.<n>.sources" for the tranche at index n (from 0) of a round.',
    }),
  }),
});

export const ArticleCitationConnection = builder.connectionObject(
  { type: ArticleCitation, name: 'ArticleCitationConnection', description: 'A page of citations, with cursors and the total count.' },
  { name: 'ArticleCitationEdge', description: 'A citation in a connection, with its cursor.' },
);
