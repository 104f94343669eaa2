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
    const graphiql = await (await worker.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text();
    const options = JSON.parse(/<script id="graphiql-options" type="application\/json">([^<]*)<\/script>/.exec(graphiql)![1]!);
    expect(options.title).toContain('<a href="/explore">');
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

  it("draws the seed article's neighbourhood from one query: the lead investor marked, regions only where the company is", async () => {
    const graph = await firstView();
    const labels = [...graph.nodes.values()].map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining([...SEED, 'Mistral AI · €450 million']));
    expect(
      [...graph.nodes.values()]
        .filter((n) => n.type === 'region')
        .map((n) => n.label)
        .sort(),
    ).toEqual(['Europe', 'France', 'Paris']);
    expect([...graph.nodes.values()].filter((n) => n.lead).map((n) => n.label)).toEqual(['Andreessen Horowitz']);
    expect(graph.cut).toEqual([]);
    const mistral = idOf(graph, 'Mistral AI');
    expect(graph.expanded).toEqual(new Set([mistral]));
    expect(describeLinks(graph, mistral)).toBe(
      'raised Mistral AI · €450 million; develops Mistral 7B; competes with DeepMind, Google AI, OpenAI; headquartered in Paris',
    );
    expect(describeLinks(graph, idOf(graph, 'Mistral AI · €450 million'))).toBe(
      'investors Andreessen Horowitz (lead), Nvidia, Salesforce; raised by Mistral AI',
    );
    // Each pair of competitors once.
    expect([...graph.links.values()].filter((l) => l.type === 'competes')).toHaveLength(3);
  });

  it("adds a node's neighbourhood to the drawing without drawing anything twice", async () => {
    const graph = await firstView();
    const before = { nodes: graph.nodes.size, links: graph.links.size };
    const nvidia = idOf(graph, 'Nvidia');
    const added = addNeighbourhood(graph, (await request(ExplorerNeighbourhood, { id: nvidia })).node!);
    expect(graph.expanded.has(nvidia)).toBe(true);
    // What Nvidia links to was drawn already: the round it invested in, and the company that raised it.
    expect(added).toEqual([]);
    expect(graph.links.size).toBe(before.links);
    const round = idOf(graph, 'Mistral AI · €450 million');
    addNeighbourhood(graph, (await request(ExplorerNeighbourhood, { id: round })).node!);
    expect(graph.nodes.size).toBe(before.nodes);
    const paris = [...graph.nodes.values()].find((n) => n.label === 'Paris')!.id;
    const region = (await request(ExplorerNeighbourhood, { id: paris })).node!;
    expect(region.__typename).toBe('Region');
    addNeighbourhood(graph, region);
    expect(describeLinks(graph, paris)).toBe('headquarters of Mistral AI; within France');
  });

  it("gives a company's rounds raised, with amounts and leads, and rounds invested in", async () => {
    const graph = await firstView();
    const mistral = (await request(ExplorerEntity, { id: idOf(graph, 'Mistral AI') })).node;
    expect(mistral?.__typename).toBe('Company');
    if (mistral?.__typename !== 'Company') return;
    expect(mistral.fundingRounds.nodes).toEqual([
      expect.objectContaining({
        amount: { display: '€450 million' },
        leadInvestors: [expect.objectContaining({ name: 'Andreessen Horowitz' })],
      }),
    ]);
    const nvidia = (await request(ExplorerEntity, { id: idOf(graph, 'Nvidia') })).node;
    if (nvidia?.__typename !== 'Company') throw new Error('Nvidia is a company');
    expect(nvidia.investments.nodes.map((i) => i.round.label)).toEqual(['Mistral AI · €450 million']);
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
    expect(companies.filter((c) => headquarteredIn(graph, c, europe.id)).map((c) => c.label)).toEqual(['Mistral AI']);
    // The pinned filter document agrees.
    const inEurope = await request(ExplorerFilter, { filter: { region: 'europe' } });
    expect(inEurope.companies.nodes.map((c) => graph.nodes.get(c.id)?.label)).toEqual(['Mistral AI']);
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
