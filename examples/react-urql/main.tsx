// React + urql: persisted queries sent as GET (cacheable by the browser and CDNs, no CORS
// preflight), results kept in urql's document cache. See docs/frontend.md.
import { persistedExchange } from '@urql/exchange-persisted';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Client, cacheExchange, fetchExchange, Provider, useQuery } from 'urql';
import { CompanyRoundsQuery, CompanyRoundsView } from '../src/company-rounds';
import { API_URL } from '../src/endpoint';

export const client = new Client({
  url: API_URL,
  // Order matters: the cache answers repeats first; persistedExchange sends the document's hash
  // (GET, the document itself only if the server asks for it); fetchExchange sends the request.
  exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
  // GET for every query whose URL stays under urql's limit (2,048 characters); POST only beyond it.
  preferGetMethod: 'within-url-limit',
});

function CompanyRounds({ slug }: { slug: string }) {
  const [{ data, fetching, error }] = useQuery({ query: CompanyRoundsQuery, variables: { slug } });
  return <CompanyRoundsView slug={slug} data={data} loading={fetching} error={error} />;
}

const slug = new URLSearchParams(location.search).get('company') ?? 'mistral-ai';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <CompanyRounds slug={slug} />
    </Provider>
  </StrictMode>,
);
