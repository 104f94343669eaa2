import { env } from 'cloudflare:workers';
import { print } from '@0no-co/graphql.web';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraph, describeLinks } from '../examples/explorer/model';
import { ExplorerFilter, ExplorerGraph, ExplorerNode, ExplorerSearch } from '../examples/explorer/queries';
import { quoteInContext } from '../examples/explorer/quote';
import { createClient } from '../examples/src/client';
import { trustedDocuments } from '../src/documents/trusted';
import { schema } from '../src/graphql';
import { LIMITS, operationCost } from '../src/server/plugins/limits';
import { SEED_GRAPH_NAMES as SEED } from './fixtures/seed-graph';
import { expectStrictCsp, sha256, worker } from './helpers';

/** The static assets exactly as Workers serve them (wrangler.toml [assets], built by pretest). */
const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS;

/** The explorer's own client: GET with persisted-query hashes, against the real Worker. */
const request = createClient({
  url: 'http://localhost/graphql',
  persisted: true,
  fetch: (req) => worker.fetch(req.url, { headers: req.headers }),
});

describe('GET /explore (static assets)', () => {
  it('is an HTML page with the playground Content-Security-Policy and no inline script', async () => {
    const res = await assets.fetch('http://localhost/explore');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectStrictCsp(res.headers.get('content-security-policy'));
    const html = await res.text();
    for (const script of html.matchAll(/<script\b([^>]*)>/g)) expect(script[1]).toMatch(/\bsrc="\/assets\/explorer\//);
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
  });

  it('references a script and a stylesheet that are served, with content-hashed names cached for good', async () => {
    const html = await (await assets.fetch('http://localhost/explore')).text();
    const urls = [...html.matchAll(/\s(?:src|href)="(\/assets\/explorer\/[^"]+)"/g)].map((match) => match[1]!);
    expect(urls.map((url) => url.split('.').pop()).sort()).toEqual(['css', 'js']);
    for (const url of urls) {
      const res = await assets.fetch(`http://localhost${url}`);
      expect([url, res.status]).toEqual([url, 200]);
      expect(res.headers.get('content-type')).toMatch(url.endsWith('.js') ? /javascript/ : /^text\/css/);
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect(url).toMatch(/-[\w-]{8}\.(js|css)$/);
      await res.arrayBuffer();
    }
  });

  it('is linked from the landing page and from the GraphiQL header', async () => {
    const landing = await (await worker.fetch('http://localhost/', { headers: { accept: 'text/html' } })).text();
    expect(landing).toContain('<a href="/explore">');
    // GraphiQL's header is drawn by its script (src/playground/client/graphiql.tsx).
    const graphiql = await (
      await (env as unknown as { ASSETS: Fetcher }).ASSETS.fetch('http://localhost/assets/graphiql/graphiql.js')
    ).text();
    expect(graphiql).toMatch(/href:\s*["'`]\/explore["'`]/);
  });
});

describe("the explorer's queries", () => {
  it.each([
    ['ExplorerGraph', ExplorerGraph, {}],
    ['ExplorerNode', ExplorerNode, { id: 'x' }],
    ['ExplorerSearch', ExplorerSearch, { query: 'a16z' }],
    ['ExplorerFilter', ExplorerFilter, { filter: { region: 'europe' } }],
  ] as const)('%s stays within the cost limit', (name, document, variables) => {
    const parsed = parse(print(document));
    const cost = operationCost(schema, parsed, getOperationAST(parsed)!, variables);
    console.log(`${name}: cost ${cost} of ${LIMITS.maxCost}`);
    expect(cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it.each([
    ['ExplorerGraph', ExplorerGraph],
    ['ExplorerNode', ExplorerNode],
    ['ExplorerSearch', ExplorerSearch],
    ['ExplorerFilter', ExplorerFilter],
  ] as const)('%s is a trusted document, so its first GET is answered from the hash alone', async (_name, document) => {
    const text = print(document);
    expect(trustedDocuments.get(await sha256(text))).toBe(text);
  });

  it("draw the seed article's graph from one query: the lead investor marked, regions only where a company is", async () => {
    const graph = buildGraph(await request(ExplorerGraph));
    expect(graph.nodes.map((n) => n.label)).toEqual(expect.arrayContaining([...SEED, 'Mistral AI · €450 million']));
    const regions = graph.nodes.filter((n) => n.type === 'region').map((n) => n.label);
    expect(regions).toEqual(expect.arrayContaining(['Europe', 'France', 'Paris']));
    // Asia and the United States are mentioned, but only drawn when a company is there.
    const hq = new Set(graph.links.filter((l) => l.type === 'headquarters' || l.type === 'within').flatMap((l) => [l.source, l.target]));
    for (const r of graph.nodes.filter((n) => n.type === 'region')) expect(hq.has(r.id)).toBe(true);
    expect(graph.nodes.filter((n) => n.lead).map((n) => n.label)).toContain('Andreessen Horowitz');
    const mistral = graph.nodes.find((n) => n.label === 'Mistral AI')!;
    const links = describeLinks(graph, mistral.id);
    expect(links).toMatch(/(^|; )raised [^;]*Mistral AI · €450 million/);
    expect(links).toMatch(/(^|; )develops [^;]*Mistral 7B/);
    expect(links).toMatch(/(^|; )competes with [^;]*DeepMind, Google AI, [^;]*OpenAI/);
    expect(links).toMatch(/(^|; )headquartered in Paris(;|$)/);
    const round = graph.nodes.find((n) => n.label === 'Mistral AI · €450 million')!;
    expect(describeLinks(graph, round.id)).toMatch(/^investors Andreessen Horowitz \(lead\), Nvidia, Salesforce[;,]/);
    expect(describeLinks(graph, round.id)).toMatch(/; raised by Mistral AI$/);
    // Each pair of competitors once.
    const pairs = graph.links.filter((l) => l.type === 'competes').map((l) => [l.source, l.target].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("give a node's sources with offsets into the article text", async () => {
    const graph = buildGraph(await request(ExplorerGraph));
    const mistral = graph.nodes.find((n) => n.label === 'Mistral AI')!;
    const { node } = await request(ExplorerNode, { id: mistral.id });
    expect(node?.__typename).toBe('Company');
    const sources = node && 'sources' in node ? node.sources : [];
    const raise = sources.find((s) => s.quote.includes('€450 million'))!;
    expect(raise.article.text.slice(raise.start, raise.end)).toBe(raise.quote);
  });

  it('search "a16z" and find Andreessen Horowitz first; the region filter includes sub-regions', async () => {
    const found = (await request(ExplorerSearch, { query: 'a16z' })).search.nodes;
    expect(found[0]).toMatchObject({ __typename: 'Company', name: 'Andreessen Horowitz' });
    const graph = buildGraph(await request(ExplorerGraph));
    const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const inEurope = await request(ExplorerFilter, { filter: { region: 'europe' } });
    expect(inEurope.companies.nodes.map((c) => names.get(c.id))).toContain('Mistral AI');
  });
});

describe('quoteInContext', () => {
  const text =
    'First paragraph ends here.\nOne two three four five six seven eight nine ten. The quoted sentence sits here. Eleven twelve thirteen fourteen.\nNext paragraph.';
  const start = text.indexOf('The quoted');
  const end = text.indexOf(' Eleven');

  it('keeps the whole paragraph around the quote when it fits', () => {
    expect(quoteInContext(text, start, end)).toEqual({
      before: 'One two three four five six seven eight nine ten. ',
      quote: 'The quoted sentence sits here.',
      after: ' Eleven twelve thirteen fourteen.',
    });
  });

  it('cuts at whole words and marks the cuts', () => {
    expect(quoteInContext(text, start, end, 12)).toEqual({
      before: '…nine ten. ',
      quote: 'The quoted sentence sits here.',
      after: ' Eleven…',
    });
  });

  it('handles a quote at the very start or end of the text', () => {
    expect(quoteInContext('Only this.', 0, 10)).toEqual({ before: '', quote: 'Only this.', after: '' });
  });
});
