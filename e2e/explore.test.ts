import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { SEED_GRAPH_NAMES as SEED } from '../tests/fixtures/seed-graph';
import { openBrowser } from './browser-session';
import { editorText, waitForQueryEditor } from './graphiql';

// Its own defaults, apart from the playground test's (8788/9231) and the HTTP audit's (8789/9232).
const port = Number(process.env.EXPLORE_PORT ?? 8790);
const inspectorPort = Number(process.env.EXPLORE_INSPECTOR_PORT ?? 9233);

let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requested: string[] = [];
let consoleErrors: string[] = [];
let cspViolations: string[] = [];

/** What the drawing holds, read from Cytoscape's own instance on the container. */
interface DrawnNode {
  label: string;
  type: string;
  selected: boolean;
  faded: boolean;
  borderColor: string;
  /** Rendered box of node and label, in page pixels. */
  box: { x1: number; y1: number; x2: number; y2: number };
}
const drawnNodes = (target = page) =>
  target.evaluate(() => {
    const container = document.getElementById('graph')!;
    const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    const origin = container.getBoundingClientRect();
    return cy.nodes().map((node) => {
      const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      return {
        label: node.data('label') as string,
        type: node.data('type') as string,
        selected: node.selected(),
        faded: node.hasClass('faded'),
        borderColor: node.style('border-color') as string,
        box: { x1: origin.x + box.x1, y1: origin.y + box.y1, x2: origin.x + box.x2, y2: origin.y + box.y2 },
      };
    });
  }) as Promise<DrawnNode[]>;

const overlapping = (nodes: DrawnNode[]) =>
  nodes.flatMap((a, i) =>
    nodes
      .slice(i + 1)
      .filter((b) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
      .map((b) => `${a.label} × ${b.label}`),
  );

const graphqlRequests: URL[] = [];

/** The node list's entry for one name. */
const listItem = (name: string) => page.locator('#list li').filter({ has: page.getByRole('button', { name, exact: true }) });

async function openExplorer(target: Page) {
  const response = await target.goto(`${server.url}/explore`);
  expect(response?.status()).toBe(200);
  await expect.poll(() => target.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/companies/);
  return response!;
}

beforeAll(async () => {
  server = await startWranglerDev(port, inspectorPort);
  ({ browser, context, page, requested, consoleErrors, cspViolations } = await openBrowser({ width: 1440, height: 900 }));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/graphql') graphqlRequests.push(url);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the explorer at /explore', () => {
  it("draws the seed article's graph from one persisted GET of a trusted document", async () => {
    graphqlRequests.length = 0;
    const firstView = requested.length;
    const response = await openExplorer(page);
    // The page, its script and stylesheet, and the graph's GETs: never a request per node.
    const paths = requested.slice(firstView).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\./, '-*.'));
    expect(paths.filter((path) => !path.endsWith('favicon.svg')).sort()).toEqual([
      '/assets/explorer/explore-*.css',
      '/assets/explorer/explore-*.js',
      '/explore',
      '/graphql',
    ]);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");

    const nodes = await drawnNodes();
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(SEED));
    expect(nodes.find((n) => n.label === 'Mistral AI · €450 million')?.type).toBe('round');
    // The explorer's documents are trusted: even a fresh server answers the hash alone.
    expect(graphqlRequests.map((url) => [url.searchParams.get('extensions') !== null, url.searchParams.has('query')])).toEqual([
      [true, false],
    ]);

    graphqlRequests.length = 0;
    await openExplorer(page);
    expect(graphqlRequests).toHaveLength(1);
    expect(graphqlRequests[0]!.searchParams.has('query')).toBe(false);
    expect(JSON.parse(graphqlRequests[0]!.searchParams.get('extensions')!).persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lays the graph out with no label over another, and the lead investor drawn apart', async () => {
    const nodes = await drawnNodes();
    expect(overlapping(nodes)).toEqual([]);
    const colors = new Map(nodes.map((n) => [n.label, n.borderColor]));
    expect(colors.get('Andreessen Horowitz')).not.toBe(colors.get('Nvidia'));
    expect(colors.get('Nvidia')).toBe(colors.get('Salesforce'));
    const led = listItem('Andreessen Horowitz');
    expect(await led.innerText()).toContain('lead investor');
  });

  it('shows a legend and every node in a list with its links in words', async () => {
    const legend = await page.locator('#legend').innerText();
    for (const entry of ['Startup', 'Venture capital', 'Funding round', 'AI model', 'Region', 'Lead investor', 'competes with'])
      expect(legend).toContain(entry);
    const items = await page.locator('#list li').allInnerTexts();
    for (const name of SEED) expect(items.some((item) => item.startsWith(name))).toBe(true);
    const mistral = items.find((item) => item.startsWith('Mistral AI ('))!;
    expect(mistral).toContain('develops Mistral 7B');
    expect(mistral).toContain('headquartered in Paris');
    expect(mistral).toMatch(/competes with .*OpenAI/);
  });

  it('opens Mistral AI on a click in the drawing, with the €450 million quote highlighted in its article text', async () => {
    const mistral = (await drawnNodes()).find((n) => n.label === 'Mistral AI')!;
    await page.mouse.click((mistral.box.x1 + mistral.box.x2) / 2, mistral.box.y1 + 12);
    await expect.poll(() => page.locator('#panel-title').innerText()).toMatch(/^Mistral AI/);
    const quote = page.locator('#panel mark', { hasText: '€450 million' }).first();
    await quote.waitFor({ timeout: 10_000 });
    await quote.scrollIntoViewIfNeeded();
    expect(await quote.isVisible()).toBe(true);
    const marked = await quote.innerText();
    const surrounding = await quote.locator('xpath=..').innerText();
    expect(surrounding.length).toBeGreaterThan(marked.length + 40);
    expect(surrounding).toContain(marked);
    expect(await page.locator('#panel dl').innerText()).toContain('Paris');
    expect((await drawnNodes()).find((n) => n.label === 'Mistral AI')?.selected).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explore.png' });
  });

  it("opens the panel's query in GraphiQL, in a tab of its own, and it runs there, with or without tabs from an earlier visit", async () => {
    const activeTab = async () => (await page.locator('.graphiql-tab-active').innerText()).trim();
    const runAndRead = async () => {
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => editorText(page, 'response'), { timeout: 30_000 }).toContain('"__typename": ');
      return editorText(page, 'response');
    };
    const openFromPanel = async () => {
      await page.getByRole('link', { name: 'Open this query in GraphiQL' }).click();
      await page.waitForURL(/\/graphql\?query=/);
      await waitForQueryEditor(page);
      await expect.poll(activeTab, { timeout: 30_000 }).toBe('ExplorerEntity');
    };

    /** The name of the node GraphiQL's result pane answers with: its first "name", after __typename and id. */
    const answeredFor = async () => /"node": \{\s*"__typename": "\w+",\s*"id": "[^"]+",\s*"name": "([^"]+)"/.exec(await runAndRead())?.[1];

    // First visit: GraphiQL has no stored tabs.
    await openFromPanel();
    expect(await answeredFor()).toBe('Mistral AI');
    const tabs = await page.locator('.graphiql-tab').count();
    // GraphiQL stores its tabs 500 ms after they change (debounced): leave only once they are stored.
    const storedTabs = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.endsWith('tabState'));
        return key ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { tabs?: unknown[] }).tabs?.length : undefined;
      });
    await expect.poll(storedTabs, { timeout: 15_000 }).toBe(tabs);

    // Later visits: the stored tabs stay, and the linked query gets a new one.
    await openExplorer(page);
    await page.getByRole('button', { name: 'Nvidia', exact: true }).click();
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 10_000 }).toMatch(/^Nvidia/);
    await openFromPanel();
    // GraphiQL restores its stored tabs after the editor appears: wait for them rather than read too early.
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 15_000 }).toBe(tabs + 1);
    expect(await answeredFor()).toBe('Nvidia');
  });

  it('focuses Andreessen Horowitz on a search for "a16z"', async () => {
    await openExplorer(page);
    await page.locator('#search').fill('a16z');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 10_000 }).toMatch(/^Andreessen Horowitz/);
    expect(await page.locator('#status').innerText()).toContain('Andreessen Horowitz');
    const selected = (await drawnNodes()).filter((n) => n.selected).map((n) => n.label);
    expect(selected).toEqual(['Andreessen Horowitz']);
    expect(await page.locator('#list button[aria-current="true"]').allInnerTexts()).toEqual(['Andreessen Horowitz']);
  });

  it('filters by region with its sub-regions, and by kind, as the API states them', async () => {
    const visible = async () =>
      (await drawnNodes())
        .filter((n) => n.type === 'company' && !n.faded)
        .map((n) => n.label)
        .sort();
    const every = await visible();
    await page.locator('#region').selectOption('europe');
    // Other articles may add companies in Europe; OpenAI (no stated headquarters) is never one.
    // Wait for the filter's answer (OpenAI fades), then check what stays.
    await expect.poll(visible).not.toContain('OpenAI');
    expect(await visible()).toContain('Mistral AI');
    expect(await listItem('OpenAI').isHidden()).toBe(true);
    expect(await listItem('Mistral AI').isHidden()).toBe(false);
    await page.locator('#region').selectOption('');
    await page.locator('#kind').selectOption('CORPORATION');
    await expect.poll(visible).not.toContain('Mistral AI');
    expect(await visible()).toEqual(expect.arrayContaining(['Google AI', 'Nvidia', 'Salesforce']));
    await page.locator('#kind').selectOption('');
    await expect.poll(visible).toEqual(every);
  });

  it('reaches the node list with Tab, and Enter opens the panel and moves focus to it', async () => {
    await page.locator('#region').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('#list button') ?? false);
    }
    expect(reached).toBe(true);
    await page.getByRole('button', { name: 'Mistral 7B' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 10_000 }).toMatch(/^Mistral 7B/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await expect.poll(() => page.locator('#panel dl').innerText(), { timeout: 10_000 }).toContain('Mistral AI');
  });

  it('zooms with the wheel, and "Fit to view" brings every node back into sight', async () => {
    const box = (await page.locator('#graph').boundingBox())!;
    const inside = async () =>
      (await drawnNodes()).filter(
        (n) => n.box.x1 >= box.x && n.box.x2 <= box.x + box.width && n.box.y1 >= box.y && n.box.y2 <= box.y + box.height,
      ).length;
    const all = (await drawnNodes()).length;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -400);
    await expect.poll(inside).toBeLessThan(all);
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(inside).toBe(all);
  });

  it('lists the rounds a company raised, with amounts and leads, and those it invested in, each opening the round', async () => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Mistral AI', exact: true }).click();
    const raised = page.locator('#panel ul.rounds.raised');
    await raised.waitFor({ timeout: 10_000 });
    expect(await raised.innerText()).toMatch(/€450 million.*led by Andreessen Horowitz/);
    await page.getByRole('button', { name: 'Nvidia', exact: true }).click();
    const invested = page.locator('#panel ul.rounds.invested');
    await invested.waitFor({ timeout: 10_000 });
    expect(await invested.innerText()).toContain('Mistral AI · €450 million');
    await invested.getByRole('button', { name: 'Mistral AI · €450 million' }).click();
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 10_000 }).toMatch(/^Mistral AI · €450 million/);
  });

  it('shows quotes from adjacent sentences in one excerpt, never the same passage twice', async () => {
    await page.getByRole('button', { name: 'Mistral AI', exact: true }).click();
    await page.locator('#panel .sources mark').first().waitFor({ timeout: 10_000 });
    const excerpts = await page
      .locator('#panel .sources blockquote')
      .evaluateAll((quotes) => quotes.map((q) => ({ text: q.textContent ?? '', marks: q.querySelectorAll('mark').length })));
    // The opening sentences are cited one after the other: one excerpt holds both.
    expect(excerpts.some((e) => e.marks >= 2)).toBe(true);
    const sentences = excerpts.flatMap((e) => e.text.replace(/^…|…$/g, '').match(/[^.!?…]+[.!?]/g) ?? []).map((x) => x.trim());
    expect(sentences.length).toBeGreaterThan(3);
    expect(sentences.filter((x, i) => sentences.indexOf(x) !== i)).toEqual([]);
  });

  it('offers a skip link first, which takes the keyboard past the controls to the node list', async () => {
    await openExplorer(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: document.activeElement?.getBoundingClientRect().top,
    }));
    expect(skip.text).toBe('Skip to the list of everything drawn');
    expect(skip.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('list-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('#list button') ?? false)).toBe(true);
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    const phone = await context.newPage();
    phone.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    phone.on('pageerror', (error) => consoleErrors.push(String(error)));
    await phone.setViewportSize({ width: 390, height: 844 });
    await openExplorer(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const nodes = await drawnNodes(phone);
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(SEED));
    expect(overlapping(nodes)).toEqual([]);
    await phone.screenshot({ path: 'test-results/explore-phone.png', fullPage: false });
    await phone.close();
  });

  it('requests nothing from any origin but its own, and breaks no Content-Security-Policy rule', async () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => new URL(url).origin !== server.url && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual(
      [],
    );
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
