// React + Apollo Client: persisted queries sent as GET (cacheable by the browser and CDNs, no CORS
// preflight), results in Apollo's normalized InMemoryCache. See docs/frontend.md.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CompanyRoundsQuery, CompanyRoundsView } from '../src/company-rounds';
import { API_URL } from '../src/endpoint';

/** Lower-case hex SHA-256, as APQ servers compute it (Web Crypto: HTTPS pages and localhost). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Apollo's HttpLink sends `Content-Type: application/json` even on a GET, which has no body: that
 * header alone makes every request a preflighted one. Dropped here for GETs.
 */
const fetchWithoutBodyHeadersOnGet: typeof fetch = (input, init) => {
  if (init?.method !== 'GET') return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.delete('content-type');
  return fetch(input, { ...init, headers });
};

export const client = new ApolloClient({
  cache: new InMemoryCache(),
  // The hash alone as a GET; if the server asks for the document, it goes as a GET too
  // (useGETForQueries), which registers it.
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
    new HttpLink({ uri: API_URL, useGETForQueries: true, fetch: fetchWithoutBodyHeadersOnGet }),
  ),
});

function CompanyRounds({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(CompanyRoundsQuery, { variables: { slug } });
  return <CompanyRoundsView slug={slug} data={data} loading={loading} error={error} />;
}

const slug = new URLSearchParams(location.search).get('company') ?? 'mistral-ai';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <CompanyRounds slug={slug} />
    </ApolloProvider>
  </StrictMode>,
);
