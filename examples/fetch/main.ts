// Plain fetch: GET requests a browser can cache and send without a CORS preflight, the error
// envelope read by its codes, and a pagination loop over `pageInfo` / `after`. See docs/frontend.md.
import { API_URL } from '../src/endpoint';

/** One GraphQL error as the API sends it; `extensions.code` is what to branch on. */
interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** Runs a query as `GET /graphql?query=…&variables=…`: only an Accept header, so no preflight. */
export async function request<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const url = new URL(API_URL);
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  const res = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
  const body = (await res.json()) as { data?: Data | null; errors?: GraphQLError[] };
  if (body.errors?.length) {
    const codes = body.errors.map((error) => error.extensions?.code ?? 'UNCODED').join(', ');
    throw new Error(`${body.errors[0]!.message} (${codes}, HTTP ${res.status})`);
  }
  if (!res.ok || body.data == null) throw new Error(`HTTP ${res.status} without data`);
  return body.data;
}

const CompaniesPage = `query RecipeCompaniesPage($first: Int!, $after: String) {
  companies(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { slug name }
  }
}`;

interface CompaniesPageData {
  companies: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { slug: string; name: string }[];
  };
}

/** Every company, one page of `pageSize` at a time: `after` is the previous page's `endCursor`. */
export async function* allCompanies(pageSize = 10) {
  let after: string | null = null;
  do {
    const { companies }: CompaniesPageData = await request<CompaniesPageData>(CompaniesPage, { first: pageSize, after });
    yield* companies.nodes;
    after = companies.pageInfo.hasNextPage ? companies.pageInfo.endCursor : null;
  } while (after !== null);
}

const list = document.getElementById('companies')!;
const status = document.getElementById('status')!;
try {
  let count = 0;
  const pageSize = Number(new URLSearchParams(location.search).get('pageSize') ?? 10);
  for await (const company of allCompanies(pageSize)) {
    count++;
    const item = document.createElement('li');
    item.textContent = company.name;
    item.dataset.slug = company.slug;
    list.append(item);
  }
  status.textContent = `${count} companies, ${pageSize} a page.`;
} catch (error) {
  status.textContent = error instanceof Error ? error.message : String(error);
  status.setAttribute('role', 'alert');
}
