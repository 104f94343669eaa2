import { typenameOf } from '../data';
import { builder } from './builder';
import { connectionFrom } from './connection';
import { connectionWork } from './cost-marks';
import { badUserInput } from './errors';
import { AIModelRef, ArticleRef, CompanyRef, FundingRoundRef, RegionRef } from './refs';

const MAX_QUERY_LENGTH = 200;

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything `search` can find.',
  types: [CompanyRef, FundingRoundRef, AIModelRef, RegionRef, ArticleRef],
  resolveType: (value) => typenameOf(value),
});

const SearchResultConnection = builder.connectionObject(
  { type: SearchResult, name: 'SearchResultConnection', description: 'A page of search results, best match first.' },
  { name: 'SearchResultEdge', description: 'A search result in a connection, with its cursor.' },
);

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description: 'Case-insensitive search over names, slugs, aliases and descriptions; best matches first.',
      extensions: connectionWork('search'),
      args: {
        query: t.arg.string({
          required: true,
          description: `What to look for, 1 to ${MAX_QUERY_LENGTH} characters. Exact names rank first, then prefixes, then substrings.`,
        }),
      },
      resolve: (_root, args, { store }) => {
        const query = args.query.trim();
        if (query.length === 0 || query.length > MAX_QUERY_LENGTH) {
          throw badUserInput(`"query" must be 1 to ${MAX_QUERY_LENGTH} characters (after trimming).`, 'query');
        }
        return connectionFrom(store.search(query), args);
      },
    },
    SearchResultConnection,
  ),
}));
