import { env } from 'cloudflare:workers';
import { print } from '@0no-co/graphql.web';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { addNeighbourhood, createGraph, describeLinks, headquarteredIn } from '../examples/explorer/model';
import {
  ExplorerEntity,
  ExplorerFilter,
  ExplorerGraph,
  ExplorerNeighbourhood,
  ExplorerNode,
  ExplorerRegions,
  ExplorerSearch,
  ExplorerStart,
} from '../examples/explorer/queries';
import { excerpts, quoteInContext } from '../examples/explorer/quote';
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

/** The first view's graph, from the real Worker's answer to ExplorerStart. */
async function firstView() {
  const graph = createGraph();
  const company = (await request(ExplorerStart)).fundingRounds.nodes[0]!.company;
  addNeighbourhood(graph, company);
  return graph;
}
const idOf = (graph: ReturnType<typeof createGraph>, label: string) => [...graph.nodes.values()].find((n) => n.label === label)!.id;

describe("the explorer's queries", () => {
  const documents = [
    ['ExplorerStart', ExplorerStart, {}],
    ['ExplorerNeighbourhood', ExplorerNeighbourhood, { id: 'x' }],
    ['ExplorerEntity', ExplorerEntity, { id: 'x' }],
    ['ExplorerRegions', ExplorerRegions, { ids: Array.from({ length: 100 }, (_, i) => `r${i}`) }],
    ['ExplorerSearch', ExplorerSearch, { query: 'a16z' }],
    // The first explorer's documents, still trusted: clients may send their hashes.
    ['ExplorerGraph', ExplorerGraph, {}],
    ['ExplorerNode', ExplorerNode, { id: 'x' }],
    ['ExplorerFilter', ExplorerFilter, { filter: { region: 'europe' } }],
  ] as const;

  it.each(documents)('%s stays within the cost limit', (name, document, variables) => {
    const parsed = parse(print(document));
    const cost = operationCost(schema, parsed, getOperationAST(parsed)!, variables);
    console.log(`${name}: cost ${cost} of ${LIMITS.maxCost}`);
    expect(cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it.each(documents)('%s is a trusted document, so its first GET is answered from the hash alone', async (_name, document) => {
    const text = print(document);
    expect(trustedDocuments.get(await sha256(text))).toBe(text);
  });

  it("draws the seed article's neighbourhood from one query: the lead investor marked, regions only where a company is", async () => {
    const graph = await firstView();
    const nodes = [...graph.nodes.values()];
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining([...SEED, 'Mistral AI · €450 million']));
    const regions = nodes.filter((n) => n.type === 'region');
    expect(regions.map((n) => n.label)).toEqual(expect.arrayContaining(['Europe', 'France', 'Paris']));
    // Regions are drawn only as a drawn company's headquarters and the regions enclosing it.
    const links = [...graph.links.values()];
    const placed = new Set(links.filter((l) => l.type === 'headquarters' || l.type === 'within').flatMap((l) => [l.source, l.target]));
    for (const r of regions) expect(placed.has(r.id)).toBe(true);
    expect(nodes.filter((n) => n.lead).map((n) => n.label)).toContain('Andreessen Horowitz');
    expect(graph.cut).toEqual([]);
    const mistral = idOf(graph, 'Mistral AI');
    expect(graph.expanded).toEqual(new Set([mistral]));
    const described = describeLinks(graph, mistral);
    expect(described).toMatch(/(^|; )raised [^;]*Mistral AI · €450 million/);
    expect(described).toMatch(/(^|; )develops [^;]*Mistral 7B/);
    expect(described).toMatch(/(^|; )competes with [^;]*DeepMind, Google AI, [^;]*OpenAI/);
    expect(described).toMatch(/(^|; )headquartered in Paris(;|$)/);
    const round = describeLinks(graph, idOf(graph, 'Mistral AI · €450 million'));
    expect(round).toMatch(/^investors Andreessen Horowitz \(lead\), Nvidia, Salesforce[;,]/);
    expect(round).toMatch(/; raised by Mistral AI$/);
    // Each pair of competitors once.
    const pairs = links.filter((l) => l.type === 'competes').map((l) => [l.source, l.target].sort().join('|'));
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("adds a node's neighbourhood to the drawing without drawing anything twice", async () => {
    const graph = await firstView();
    const nvidia = idOf(graph, 'Nvidia');
    const nvidiaAround = (await request(ExplorerNeighbourhood, { id: nvidia })).node!;
    const added = addNeighbourhood(graph, nvidiaAround);
    expect(graph.expanded.has(nvidia)).toBe(true);
    // The round Nvidia invested in from the first view, and the company that raised it, were drawn already.
    const round = idOf(graph, 'Mistral AI · €450 million');
    expect(added).not.toContain(round);
    expect(added).not.toContain(idOf(graph, 'Mistral AI'));
    const before = { nodes: graph.nodes.size, links: graph.links.size };
    // The same neighbourhood again draws nothing new.
    expect(addNeighbourhood(graph, nvidiaAround)).toEqual([]);
    expect({ nodes: graph.nodes.size, links: graph.links.size }).toEqual(before);
    // The round's company and investors are all drawn: expanding it adds no node.
    addNeighbourhood(graph, (await request(ExplorerNeighbourhood, { id: round })).node!);
    expect(graph.nodes.size).toBe(before.nodes);
    const paris = idOf(graph, 'Paris');
    const region = (await request(ExplorerNeighbourhood, { id: paris })).node!;
    expect(region.__typename).toBe('Region');
    addNeighbourhood(graph, region);
    expect(describeLinks(graph, paris)).toMatch(/^headquarters of [^;]*Mistral AI/);
    expect(describeLinks(graph, paris)).toMatch(/; within France$/);
  });

  it("gives a company's rounds raised, with amounts and leads, and rounds invested in", async () => {
    const graph = await firstView();
    const mistral = (await request(ExplorerEntity, { id: idOf(graph, 'Mistral AI') })).node;
    expect(mistral?.__typename).toBe('Company');
    if (mistral?.__typename !== 'Company') return;
    expect(mistral.fundingRounds.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          amount: { display: '€450 million' },
          leadInvestors: [expect.objectContaining({ name: 'Andreessen Horowitz' })],
        }),
      ]),
    );
    const nvidia = (await request(ExplorerEntity, { id: idOf(graph, 'Nvidia') })).node;
    if (nvidia?.__typename !== 'Company') throw new Error('Nvidia is a company');
    expect(nvidia.investments.nodes.map((i) => i.round.label)).toContain('Mistral AI · €450 million');
  });

  it("give a node's sources with offsets into the article text", async () => {
    const graph = await firstView();
    const { node } = await request(ExplorerEntity, { id: idOf(graph, 'Mistral AI') });
    expect(node?.__typename).toBe('Company');
    const sources = node && 'sources' in node ? node.sources : [];
    const raise = sources.find((s) => s.quote.includes('€450 million'))!;
    expect(raise.article.text.slice(raise.start, raise.end)).toBe(raise.quote);
  });

  it('search "a16z" and find Andreessen Horowitz first; the region filter includes sub-regions', async () => {
    const found = (await request(ExplorerSearch, { query: 'a16z' })).search.nodes;
    expect(found[0]).toMatchObject({ __typename: 'Company', name: 'Andreessen Horowitz' });
    const graph = await firstView();
    const europe = [...graph.regions.values()].find((r) => r.slug === 'europe')!;
    const companies = [...graph.nodes.values()].filter((n) => n.type === 'company');
    expect(companies.filter((c) => headquarteredIn(graph, c, europe.id)).map((c) => c.label)).toContain('Mistral AI');
    // The pinned filter document agrees.
    const inEurope = await request(ExplorerFilter, { filter: { region: 'europe' } });
    expect(inEurope.companies.nodes.map((c) => graph.nodes.get(c.id)?.label)).toContain('Mistral AI');
    const { nodes } = await request(ExplorerRegions, { ids: [idOf(graph, 'Paris')] });
    expect(nodes[0]).toMatchObject({ slug: 'paris', ancestors: [{ slug: 'france' }, { slug: 'europe' }] });
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

describe('excerpts', () => {
  const text =
    'First paragraph ends here.\nOne two three. The first quote sits here. The second quote follows it. Four five six seven eight nine ten.\nNext paragraph has a third quote in it.';
  const range = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const;
  const a = range('The first quote sits here.');
  const b = range('The second quote follows it.');
  const c = range('a third quote');

  it('shows quotes from adjacent sentences in one excerpt, the text between them once', () => {
    const shown = excerpts(text, [b, a]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual([
      { text: 'One two three. ', marked: false },
      { text: 'The first quote sits here.', marked: true },
      { text: ' ', marked: false },
      { text: 'The second quote follows it.', marked: true },
      { text: ' Four five six seven eight nine ten.', marked: false },
    ]);
  });

  it('keeps quotes from other paragraphs apart, in the order of the text', () => {
    const shown = excerpts(text, [c, a]);
    expect(shown.map((segments) => segments.filter((s) => s.marked).map((s) => s.text))).toEqual([
      ['The first quote sits here.'],
      ['a third quote'],
    ]);
    expect(shown[1]!.map((s) => s.text).join('')).toBe('Next paragraph has a third quote in it.');
  });

  it('marks overlapping quotes as one and cuts long surroundings at words, marked', () => {
    const inner = range('first quote');
    const shown = excerpts(text, [a, inner], 10);
    expect(shown).toEqual([
      [
        { text: '…three. ', marked: false },
        { text: 'The first quote sits here.', marked: true },
        { text: ' The…', marked: false },
      ],
    ]);
  });
});
