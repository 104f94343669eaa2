import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.css';

/** What the Worker embeds in the page (src/playground/graphiql-page.ts). */
interface PageOptions {
  readonly endpoint: string;
  /** One tab per example query, the first one open. */
  readonly defaultTabs: { query: string; variables?: string }[];
}

const options = JSON.parse(document.getElementById('graphiql-options')?.textContent ?? '{}') as PageOptions;

// A link may carry a query and its variables (the landing page's examples and /explore's panel do):
// it opens in a tab of its own, selected, whether or not GraphiQL remembers tabs from an earlier visit.
const params = new URLSearchParams(location.search);
const linked = params.get('query') ? { query: params.get('query')!, variables: params.get('variables') ?? undefined } : undefined;
const defaultTabs = linked ? [linked, ...options.defaultTabs] : options.defaultTabs;
const opened = linked ?? defaultTabs[0];

/** POST to the API; every answer, errors included, is a GraphQL response for GraphiQL to show. */
const fetcher: GraphiQLProps['fetcher'] = async (request) => {
  const res = await fetch(options.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
  });
  return res.json();
};

createRoot(document.getElementById('root')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} query={opened?.query} variables={opened?.variables}>
    <GraphiQL.Logo>
      <a href="/">AI Funding Graph</a> · <a href="/explore">Explorer</a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
