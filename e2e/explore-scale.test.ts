import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSyntheticD1, SYNTHETIC_STATE } from '../scripts/synthetic-d1';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { companyName } from '../tests/fixtures/synthetic';
import { openBrowser } from './browser-session';

// The explorer on ~100,000 entities: the synthetic dataset (scripts/synthetic-d1.ts, seeded once
// and reused between runs) served from local D1 by `wrangler dev --env d1`. It must draw a bounded
// neighbourhood quickly, from little data, and grow only when asked.
const port = Number(process.env.EXPLORE_SCALE_PORT ?? 8796);
const inspectorPort = Number(process.env.EXPLORE_SCALE_INSPECTOR_PORT ?? 9296);
/** The first view's budget: drawn within this long after navigation starts, from at most this much API data. */
const FIRST_VIEW_MS = 2_000;
const FIRST_VIEW_BYTES = 300 * 1024;
/** "A few hundred nodes": what one neighbourhood may draw. */
const NEIGHBOURHOOD_NODES = 300;

let server: DevServer;
let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];
/** Bytes of every /graphql response body since the last reset. */
let apiBytes = 0;
let apiResponses = 0;

/** The drawing's node IDs, read from Cytoscape's own instance. */
const drawnIds = () =>
  page.evaluate(() => {
    const cy = (document.getElementById('graph') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    return cy.nodes().map((n) => n.id());
  });

/** Opens /explore (with `query`) and waits for its first view; when it was drawn, in ms after navigation started. */
async function openExplorer(query = '') {
  apiBytes = 0;
  apiResponses = 0;
  const response = await page.goto(`${server.url}/explore${query}`);
  if (response?.status() !== 200) throw new Error(`/explore answered ${response?.status()}`);
  await page.waitForFunction(() => /companies/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('explorer-first-view')[0]?.startTime ?? Number.NaN);
}

beforeAll(async () => {
  ensureSyntheticD1(SYNTHETIC_STATE, console.log);
  server = await startWranglerDev(port, inspectorPort, 180_000, ['--env', 'd1', '--persist-to', SYNTHETIC_STATE]);
  ({ browser, page, consoleErrors } = await openBrowser({ width: 1440, height: 900 }));
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname !== '/graphql') return;
    apiResponses++;
    apiBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  // A first visit compiles the Worker and warms its isolate; the measured visits come after.
  await openExplorer();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the explorer on ~100,000 entities (synthetic, on D1)', () => {
  it(`draws its first view within ${FIRST_VIEW_MS} ms from under ${FIRST_VIEW_BYTES / 1024} KB of API responses, a bounded neighbourhood`, async () => {
    const drawnAt = await openExplorer();
    const nodes = await drawnIds();
    console.log(
      `first view: ${nodes.length} nodes drawn ${drawnAt.toFixed(0)} ms after navigation, ${apiResponses} API responses, ${apiBytes} bytes`,
    );
    expect(drawnAt).toBeLessThan(FIRST_VIEW_MS);
    expect(apiResponses).toBe(1);
    expect(apiBytes).toBeLessThan(FIRST_VIEW_BYTES);
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.length).toBeLessThanOrEqual(NEIGHBOURHOOD_NODES);
  });

  it("draws a node's neighbours when asked, and only then", async () => {
    const before = await drawnIds();
    // An investor in the first view, whose own rounds are not drawn yet.
    const investor = page.locator('#list li').filter({ hasText: 'invested in' }).filter({ hasNotText: 'raised' }).first();
    const name = (await investor.locator('button').innerText()).trim();
    await investor.locator('button').click();
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 15_000 }).toContain(name);
    apiBytes = 0;
    await page.getByRole('button', { name: 'Draw its neighbours' }).click();
    await expect.poll(async () => (await drawnIds()).length, { timeout: 15_000 }).toBeGreaterThan(before.length);
    const after = await drawnIds();
    console.log(`expanding ${name}: ${before.length} → ${after.length} nodes, ${apiBytes} bytes`);
    expect(after.length - before.length).toBeLessThanOrEqual(NEIGHBOURHOOD_NODES);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(
      await page
        .locator('#list li')
        .filter({ has: page.getByRole('button', { name, exact: true }) })
        .innerText(),
    ).toMatch(/raised /);
    // Drawn now: the panel no longer offers it.
    await expect.poll(() => page.getByRole('button', { name: 'Draw its neighbours' }).count(), { timeout: 10_000 }).toBe(0);
  });

  it('finds a company the drawing does not hold through the API, and draws it with its neighbours', async () => {
    const name = companyName(4321);
    const before = await drawnIds();
    await page.locator('#search').fill(name);
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#panel-title').innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${name}`));
    const after = await drawnIds();
    expect(after).toContain(btoa('Company:c-4321'));
    expect(after.length - before.length).toBeLessThanOrEqual(NEIGHBOURHOOD_NODES);
  });

  it("starts from a prolific investor's neighbourhood, still bounded, when the URL names it", async () => {
    const drawnAt = await openExplorer(`?node=${encodeURIComponent(btoa('Company:c-0'))}`);
    const nodes = await drawnIds();
    console.log(`prolific investor: ${nodes.length} nodes drawn ${drawnAt.toFixed(0)} ms after navigation, ${apiBytes} bytes`);
    expect(nodes).toContain(btoa('Company:c-0'));
    expect(nodes.length).toBeLessThanOrEqual(NEIGHBOURHOOD_NODES);
    expect(apiBytes).toBeLessThan(FIRST_VIEW_BYTES);
    expect(await page.locator('#status').innerText()).toMatch(/Showing the first page of rounds .* invested in \(15 of \d+\)/);
  });

  it('logs no error in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
