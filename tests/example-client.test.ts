import { parse, type TadaDocumentNode } from 'gql.tada';
import { describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError } from '../examples/src/client';
import { CoInvestors, renderCoInvestors } from '../examples/src/co-investors';
import { CompanyRounds, renderRounds } from '../examples/src/mistral-round';
import { worker } from './helpers';

const sent: { method: string; headers: string[] }[] = [];
/** The example client talking to the real Worker, through its fetch. */
const client = (method: 'GET' | 'POST') =>
  createClient({
    url: 'http://localhost/graphql',
    method,
    fetch: async (request) => {
      sent.push({ method: request.method, headers: [...request.headers.keys()] });
      const body = request.method === 'GET' ? undefined : await request.text();
      return worker.fetch(request.url, { method: request.method, headers: request.headers, body });
    },
  });

const EXPECTED = `Mistral AI (Paris)

Mistral AI · €450 million
  Amount:     €450 million
  Valuation:  $2 billion
  Led by:     Andreessen Horowitz
  Tranche:    €120 million convertible debt from Nvidia, Salesforce
  Investors:  Andreessen Horowitz (lead), Nvidia (convertible debt), Salesforce (convertible debt)`;

describe('the typed example client (examples/)', () => {
  it("renders Mistral AI's round from a GET, a request browsers send without a preflight", async () => {
    sent.length = 0;
    const data = await client('GET')(CompanyRounds, { slug: 'mistral-ai' });
    expect(renderRounds(data)).toBe(EXPECTED);
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.headers).toEqual(['accept']);
  });

  it('gets the same data by POST', async () => {
    const data = await client('POST')(CompanyRounds, { slug: 'mistral-ai' });
    expect(renderRounds(data)).toBe(EXPECTED);
  });

  it('renders an unknown company as such', async () => {
    expect(renderRounds(await client('GET')(CompanyRounds, { slug: 'no-such-company' }))).toBe('No such company.');
  });

  it('rejects with the GraphQL errors of an invalid document', async () => {
    const invalid = parse('{ company(slug: "mistral-ai") { nope } }') as unknown as TadaDocumentNode<unknown, {}>;
    const error = await client('POST')(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toMatch(/Cannot query field "nope" on type "Company"/);
    expect((error as GraphQLRequestError).errors.length).toBeGreaterThan(0);
  });

  it('requires the variables the document declares (checked by tsc)', async () => {
    // @ts-expect-error: $slug is required
    const missing = client('GET')(CompanyRounds).catch((e: unknown) => e);
    expect(await missing).toBeInstanceOf(GraphQLRequestError);
  });

  it("renders Andreessen Horowitz's co-investors with a typed query", async () => {
    const data = await client('POST')(CoInvestors, { slug: 'andreessen-horowitz' });
    expect(renderCoInvestors(data)).toBe(
      [
        'Andreessen Horowitz',
        'Co-investors (2):',
        '  Nvidia: 1 shared round (Mistral AI · €450 million)',
        '  Salesforce: 1 shared round (Mistral AI · €450 million)',
      ].join('\n'),
    );
    const mistral = await client('GET')(CoInvestors, { slug: 'mistral-ai' });
    expect(renderCoInvestors(mistral)).toBe('Mistral AI raised €450 million\nCo-investors (0):');
  });
});
