import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { expectStrictCsp, worker } from './helpers';

/** The static assets exactly as Workers serve them (wrangler.toml [assets], built by pretest). */
const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS;

const getHtml = (path: string) =>
  worker.fetch(`http://localhost${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

/** Every URL in a src= or href= attribute. */
const referencedUrls = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);

const expectedType: Record<string, RegExp> = {
  js: /^(text|application)\/javascript\b/,
  css: /^text\/css\b/,
  svg: /^image\/svg\+xml\b/,
};

async function expectServed(path: string) {
  const res = await assets.fetch(`http://localhost${path}`);
  const extension = /\.(\w+)$/.exec(path)?.[1] ?? '';
  expect(expectedType[extension], `unexpected asset type ${path}`).toBeDefined();
  expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, expect.stringMatching(expectedType[extension]!)]);
  expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
}

describe.each([
  ['/graphql', 'GraphiQL'],
  ['/', 'landing page'],
])('GET %s (%s)', (path) => {
  it('answers HTML with a Content-Security-Policy that allows no other origin', async () => {
    const res = await getHtml(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectStrictCsp(res.headers.get('content-security-policy'));
  });

  it('references no http:// or https:// asset and no inline script', async () => {
    const html = await (await getHtml(path)).text();
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg|jsdelivr|githubusercontent/i);
    for (const script of html.matchAll(/<script\b([^>]*)>/g)) expect(script[1]).toMatch(/\bsrc="|type="application\/json"/);
  });

  it('references only assets that are served with 200 and the right content type', async () => {
    const html = await (await getHtml(path)).text();
    const assetUrls = referencedUrls(html).filter((url) => url.startsWith('/assets/'));
    expect(assetUrls.length).toBeGreaterThan(0);
    for (const url of assetUrls) await expectServed(url);
  });
});

describe('GraphiQL page', () => {
  it('loads GraphiQL as one module script from this origin, and serves the parts it loads later', async () => {
    const html = await (await getHtml('/graphql')).text();
    expect(html).toMatch(/<script type="module" src="\/assets\/graphiql\/graphiql\.js"><\/script>/);
    const script = await (await assets.fetch('http://localhost/assets/graphiql/graphiql.js')).text();
    // CodeMirror is in the script itself; only the documentation explorer and markdown-it come later.
    const chunks = [
      ...new Set([...script.matchAll(/["'`]\.?\/?((?:assets\/graphiql\/)?chunks\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!.split('/').pop()!)),
    ];
    expect(chunks.map((chunk) => chunk.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(['doc-explorer', 'markdown-it']);
    for (const chunk of chunks) await expectServed(`/assets/graphiql/chunks/${chunk}`);
  });

  it('opens with one tab per example query, the first one active', async () => {
    const html = await (await getHtml('/graphql')).text();
    const json = /<script id="graphiql-options" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!;
    const options = JSON.parse(json);
    expect(options.endpoint).toBe('/graphql');
    expect(options.defaultTabs).toEqual(
      examples.map((example) => ({
        query: example.query,
        ...(example.variables && { variables: JSON.stringify(example.variables, null, 2) }),
      })),
    );
  });

  it('answers GET /graphql without an HTML Accept header with GraphQL, not the page', async () => {
    const res = await worker.fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20_000 } } });
  });

  it('opens only when text/html is acceptable: not for text/html;q=0, nor for */* alone', async () => {
    const page = await worker.fetch('http://localhost/graphql', { headers: { accept: 'text/html;q=0.9, */*;q=0.1' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    await page.arrayBuffer();
    for (const accept of ['text/html;q=0, application/json', 'text/html; q=0.0, application/graphql-response+json', '*/*']) {
      const res = await worker.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { accept } });
      expect(res.headers.get('content-type'), accept).toMatch(/^application\/(graphql-response\+)?json/);
      expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
    }
  });

  it('answers a POST that accepts HTML with GraphQL, not the page', async () => {
    const res = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { accept: 'text/html, application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20_000 } } });
  });

  it('lets no static asset shadow a Worker route', async () => {
    for (const path of ['/', '/graphql', '/schema.graphql', '/health'])
      expect([path, (await assets.fetch(`http://localhost${path}`)).status]).toEqual([path, 404]);
  });
});

describe('landing page', () => {
  it('links to the playground and the schema SDL and shows every example query', async () => {
    const html = await (await getHtml('/')).text();
    const urls = referencedUrls(html);
    expect(urls).toContain('/graphql');
    expect(urls).toContain('/schema.graphql');
    const unescaped = html.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    for (const example of examples) {
      expect(unescaped).toContain(example.name);
      expect(unescaped).toContain(example.query.trimEnd());
    }
  });

  it('links each example to GraphiQL with its query and variables', async () => {
    const html = await (await getHtml('/')).text();
    const unescaped = (text: string) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    const links = [...html.matchAll(/<a class="open" href="([^"]*)" aria-label="([^"]*)">/g)].map((m) => ({
      url: new URL(unescaped(m[1]!), 'http://localhost'),
      label: unescaped(m[2]!),
    }));
    expect(links.map((link) => link.label)).toEqual(examples.map((example) => `Open ${example.name} in GraphiQL`));
    links.forEach(({ url }, i) => {
      expect(url.pathname).toBe('/graphql');
      expect(url.searchParams.get('query')).toBe(examples[i]!.query);
      const variables = url.searchParams.get('variables');
      expect(variables === null ? undefined : JSON.parse(variables)).toEqual(examples[i]!.variables);
    });
  });
});
