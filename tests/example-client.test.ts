import { parse, type TadaDocumentNode } from 'gql.tada';
import { describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError } from '../examples/src/client';
import { CoInvestors, renderCoInvestors } from '../examples/src/co-investors';
import { graphql } from '../examples/src/graphql';
import { CompanyRounds, instrumentLabel, renderRounds } from '../examples/src/mistral-round';
import { worker } from './helpers';

const sent: { method: string; headers: string[]; url: URL; body?: string }[] = [];
/** The example client talking to the real Worker, through its fetch. */
const client = (method: 'GET' | 'POST', persisted = false) =>
  createClient({
    url: 'http://localhost/graphql',
    method,
    persisted,
    fetch: async (request) => {
      const body = request.method === 'GET' ? undefined : await request.text();
      sent.push({ method: request.method, headers: [...request.headers.keys()], url: new URL(request.url), body });
      return worker.fetch(request.url, { method: request.method, headers: request.headers, body });
    },
  });

/** A document no other test sends, so the Worker has not registered its hash yet. */
const unregistered = (name: string) => graphql(`query ${name}($slug: String!) { company(slug: $slug) { name aliases } }`);

/** The seed article's round as the example renders it; other articles may add rounds around it. */
const EXPECTED_ROUND = `Mistral AI · €450 million
  Amount:     €450 million
  Valuation:  $2 billion
  Led by:     Andreessen Horowitz
  Tranche:    €120 million convertible debt from Nvidia, Salesforce
  Investors:  Andreessen Horowitz (lead), Nvidia (convertible debt), Salesforce (convertible debt)`;

describe('the typed example client (examples/)', () => {
  it("renders Mistral AI's round from a GET, a request browsers send without a preflight", async () => {
    sent.length = 0;
    const data = await client('GET')(CompanyRounds, { slug: 'mistral-ai' });
    expect(renderRounds(data)).toContain(EXPECTED_ROUND);
    expect(renderRounds(data).startsWith('Mistral AI (Paris)\n')).toBe(true);
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.headers).toEqual(['accept']);
  });

  it('gets the same data by POST', async () => {
    const data = await client('POST')(CompanyRounds, { slug: 'mistral-ai' });
    expect(renderRounds(data)).toBe(renderRounds(await client('GET')(CompanyRounds, { slug: 'mistral-ai' })));
    expect(renderRounds(data)).toContain(EXPECTED_ROUND);
  });

  it('labels an instrument the schema adds later instead of printing undefined', () => {
    expect(instrumentLabel('CONVERTIBLE_DEBT')).toBe('convertible debt');
    expect(instrumentLabel('REVENUE_BASED_FINANCING' as Parameters<typeof instrumentLabel>[0])).toBe('revenue based financing');
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

  describe('with persisted queries (APQ)', () => {
    it('sends only the hash, resends the text once when the server does not know it, then sends only the hash', async () => {
      const document = unregistered('ClientApqGet');
      sent.length = 0;
      expect(await client('GET', true)(document, { slug: 'andreessen-horowitz' })).toEqual({
        company: { name: 'Andreessen Horowitz', aliases: ['a16z'] },
      });
      expect(sent.map(({ method, url }) => [method, url.searchParams.has('query'), url.searchParams.has('extensions')])).toEqual([
        ['GET', false, true],
        ['GET', true, true],
      ]);
      const extensions = JSON.parse(sent[0]!.url.searchParams.get('extensions')!);
      expect(extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });

      sent.length = 0;
      expect(await client('GET', true)(document, { slug: 'mistral-ai' })).toEqual({
        company: { name: 'Mistral AI', aliases: ['Mistral'] },
      });
      expect(sent).toHaveLength(1);
      expect(sent[0]!.url.searchParams.has('query')).toBe(false);
      expect(JSON.parse(sent[0]!.url.searchParams.get('variables')!)).toEqual({ slug: 'mistral-ai' });
    });

    it('registers by POST too', async () => {
      const document = unregistered('ClientApqPost');
      sent.length = 0;
      expect(await client('POST', true)(document, { slug: 'nvidia' })).toEqual({
        company: { name: 'Nvidia', aliases: expect.arrayContaining(['NVIDIA']) },
      });
      expect(sent.map(({ body }) => 'query' in JSON.parse(body!))).toEqual([false, true]);
      sent.length = 0;
      await client('POST', true)(document, { slug: 'nvidia' });
      expect(sent).toHaveLength(1);
    });

    it('still rejects with the GraphQL errors of an invalid document, after one resend', async () => {
      const invalid = parse('query ClientApqInvalid { company(slug: "mistral-ai") { nope } }') as unknown as TadaDocumentNode<unknown, {}>;
      sent.length = 0;
      const error = await client('GET', true)(invalid).catch((e: unknown) => e);
      expect((error as GraphQLRequestError).message).toMatch(/Cannot query field "nope" on type "Company"/);
      expect(sent).toHaveLength(2);
    });
  });

  it("renders Andreessen Horowitz's co-investors with a typed query", async () => {
    const data = await client('POST')(CoInvestors, { slug: 'andreessen-horowitz' });
    const lines = renderCoInvestors(data).split('\n');
    expect(lines[0]).toBe('Andreessen Horowitz');
    expect(lines[1]).toMatch(/^Co-investors \(\d+\):$/);
    for (const name of ['Nvidia', 'Salesforce']) {
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^  ${name}: \\d+ shared rounds? \\(.*Mistral AI · €450 million.*\\)$`)),
      );
    }
    const mistral = await client('GET')(CoInvestors, { slug: 'mistral-ai' });
    expect(renderCoInvestors(mistral)).toMatch(/^Mistral AI raised .*€\d+(\.\d+)? (million|billion).*\nCo-investors \(\d+\):/);
  });
});
