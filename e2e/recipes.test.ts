import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { openBrowser } from './browser-session';

// Its own defaults, apart from the other browser tests' (8788/9231, 8790/9233) and the audit's (8789/9232).
const port = Number(process.env.RECIPES_PORT ?? 8791);
const inspectorPort = Number(process.env.RECIPES_INSPECTOR_PORT ?? 9234);
/** The recipes are served from another origin than the API: `localhost` here, the API on `127.0.0.1`. */
const pagePort = Number(process.env.RECIPES_PAGE_PORT ?? 5183);

/** One request the page made to the API, as the browser's network events report it. */
interface ApiRequest {
  method: string;
  url: URL;
  preflight: boolean;
  status?: number;
  fromCache?: boolean;
}

interface Recipe {
  readonly name: string;
  readonly dir: string;
  readonly search?: string;
  /** What the page shows once it has the data. */
  readonly shows: readonly string[];
  /** Whether it sends persisted-query hashes. */
  readonly persisted: boolean;
}

const recipes: readonly Recipe[] = [
  {
    name: 'React + urql',
    dir: 'examples/react-urql',
    shows: ['Mistral AI', '€450 million', 'led by Andreessen Horowitz'],
    persisted: true,
  },
  {
    name: 'React + Apollo Client',
    dir: 'examples/react-apollo',
    shows: ['Mistral AI', '€450 million', 'led by Andreessen Horowitz'],
    persisted: true,
  },
  // Two companies a page, so the loop follows `endCursor` through several pages.
  {
    name: 'plain fetch',
    dir: 'examples/fetch',
    search: '?pageSize=2',
    shows: ['Mistral AI', 'Nvidia', 'Andreessen Horowitz'],
    persisted: false,
  },
];

let server: DevServer;
let browser: Browser;
let consoleErrors: string[] = [];
const out = mkdtempSync(join(tmpdir(), 'recipes-'));

beforeAll(async () => {
  server = await startWranglerDev(port, inspectorPort);
  ({ browser, consoleErrors } = await openBrowser({ width: 1024, height: 768 }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(out, { recursive: true, force: true });
});

/** Records every request of `page` to the API origin, preflights included, through the DevTools protocol. */
async function recordApiRequests(context: BrowserContext, page: Page, origin: string) {
  const requests = new Map<string, ApiRequest>();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.origin !== origin) return;
    requests.set(event.requestId, {
      method: event.request.method,
      url,
      preflight: event.type === 'Preflight' || event.request.method === 'OPTIONS',
    });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.status = event.response.status;
    request.fromCache = Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache || event.response.fromServiceWorker);
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.fromCache = true;
  });
  return {
    /** Whether every request so far has its response (the protocol's events arrive after the page may have drawn it). */
    settled: () => [...requests.values()].every((request) => request.preflight || request.status !== undefined),
    /** The requests since the last call, then forgets them. */
    take(): ApiRequest[] {
      const taken = [...requests.values()];
      requests.clear();
      return taken;
    },
  };
}

describe.each(recipes)('the $name recipe', (recipe) => {
  let preview_: PreviewServer;
  let url: string;

  beforeAll(async () => {
    const outDir = join(out, recipe.dir.replace(/\W+/g, '-'));
    await build({
      configFile: false,
      root: recipe.dir,
      logLevel: 'warn',
      define: { 'import.meta.env.VITE_API_URL': JSON.stringify(`${server.url}/graphql`) },
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, rollupOptions: { onwarn: () => {} } },
    });
    preview_ = await preview({
      configFile: false,
      root: recipe.dir,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: 'localhost', port: pagePort, strictPort: true },
    });
    url = `http://localhost:${pagePort}/${recipe.search ?? ''}`;
  }, 120_000);

  afterAll(async () => {
    await preview_?.close();
  });

  it('renders real data from the API on another origin, with GETs only and no preflight, and loads it again from the browser cache', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${recipe.name}: ${message.text()}`));
      page.on('pageerror', (error) => consoleErrors.push(`${recipe.name}: ${error}`));
      const api = await recordApiRequests(context, page, server.url);

      await page.goto(url);
      for (const text of recipe.shows) await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain(text);
      await expect.poll(() => api.settled(), { timeout: 10_000 }).toBe(true);
      const first = api.take();
      expect(first.length).toBeGreaterThan(0);
      expect(first.filter((request) => request.preflight)).toEqual([]);
      expect(first.map((request) => `${request.method} ${request.url.pathname}`)).toEqual(first.map(() => 'GET /graphql'));
      expect(first.every((request) => request.status === 200)).toBe(true);
      if (recipe.persisted) {
        // Hashes, as the persisted-query protocol has them; the server knows these documents, so none is sent in full.
        for (const request of first) {
          expect(JSON.parse(request.url.searchParams.get('extensions') ?? '{}')).toMatchObject({
            persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
          });
          expect(request.url.searchParams.has('query'), `${request.url}`).toBe(false);
        }
      } else {
        const cursors = first.map((request) => JSON.parse(request.url.searchParams.get('variables') ?? '{}').after ?? null);
        expect(cursors[0]).toBeNull();
        expect(cursors.length).toBeGreaterThan(2);
        expect(new Set(cursors).size).toBe(cursors.length);
      }

      // The second load: every answer from the browser's cache, or a 304.
      await page.goto(url);
      for (const text of recipe.shows) await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain(text);
      await expect.poll(() => api.settled(), { timeout: 10_000 }).toBe(true);
      const second = api.take();
      expect(second.length).toBe(first.length);
      expect(
        second.filter((request) => !request.fromCache && request.status !== 304).map((request) => `${request.status} ${request.url}`),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it('logs no console error in any recipe', () => {
  expect(consoleErrors).toEqual([]);
});
