import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { examples } from '../src/documents/examples';
import { openBrowser } from './browser-session';
import { editorText, operationName, waitForQueryEditor } from './graphiql';

const port = Number(process.env.PLAYGROUND_PORT ?? 8788);
const inspectorPort = Number(process.env.PLAYGROUND_INSPECTOR_PORT ?? 9231);

/** The link the page is measured on: 1.6 Mbps down and up, 150 ms added to every request. */
const SLOW_LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 };
/** GraphiQL's budgets on that link, from a cold cache: usable within 3 s, under 600 KB on the wire before that. */
const USABLE_WITHIN_MS = 3_000;
const BYTES_BEFORE_USABLE = 600 * 1024;

let server: DevServer;
let browser: Browser;
let page: Page;
let requested: string[] = [];
let consoleErrors: string[] = [];
let cspViolations: string[] = [];

/** A box on the page, in CSS pixels. */
interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = async (target: Page, name: string, selector: string): Promise<Box> => {
  const box = await target.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${name} (${selector}) is not rendered`);
  return { name, ...box };
};
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, viewport: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;

beforeAll(async () => {
  server = await startWranglerDev(port, inspectorPort);
  ({ browser, page, requested, consoleErrors, cspViolations } = await openBrowser({ width: 1440, height: 1000 }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('GraphiQL at /graphql', () => {
  it('opens with one tab per example query, the first one in the editor', async () => {
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await waitForQueryEditor(page);
    expect(await editorText(page, 'query')).toBe(examples[0]!.query);
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual(examples.map((example) => operationName(example.query)));
  });

  it('runs the first example through the run button and shows Mistral AI and its €450 million round', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => editorText(page, 'response'), { timeout: 30_000 }).toContain('"name": "Mistral AI"');
    const result = await editorText(page, 'response');
    expect(result).toContain('"display": "€450 million"');
    expect(result).not.toContain('"errors"');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/playground.png' });
  });

  it("shows the query's cost and the limit at the end of the response, as the API sent them", async () => {
    const example = examples[0]!;
    const direct = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const { requested, limit } = ((await direct.json()) as { extensions: { cost: { requested: number; limit: number } } }).extensions.cost;
    expect(requested).toBeGreaterThan(0);
    const result = JSON.parse(await editorText(page, 'response'));
    expect(result.extensions.cost).toMatchObject({ requested, limit });
  });

  it('completes field names from the schema as one types', async () => {
    const tabs = await page.locator('.graphiql-tab').count();
    await page.locator('.graphiql-tab-add').click();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(tabs + 1);
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ comp');
    await expect
      .poll(
        () =>
          page
            .locator('.CodeMirror-hints')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toMatch(/\bcompan(y|ies)\b/);
    await page.keyboard.press('Escape');
    await page.locator('.graphiql-tab-active .graphiql-tab-close').click();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(tabs);
  });

  it('shows the schema descriptions in the docs explorer, loaded when it opens', async () => {
    const introspection = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { fields { name description } } } }' }),
    });
    const queryType = ((await introspection.json()) as any).data.__schema.queryType;
    const company = queryType.fields.find((field: { name: string }) => field.name === 'company');
    expect(company.description).toBeTruthy();
    const before = requested.length;
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 10_000 })
      .toContain(company.description.split('\n')[0]);
    expect(requested.slice(before).some((url) => /\/assets\/graphiql\/chunks\/doc-explorer-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('reaches every example tab at 1280 px: each one in view, and each opens its query', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/graphql`);
    await waitForQueryEditor(page);
    for (const example of examples) {
      const tab = page.locator('.graphiql-tab', { hasText: operationName(example.query)! }).first();
      const box = await tab.boundingBox();
      expect(box && inside({ name: 'tab', ...box }, { width: 1280, height: 800 }), operationName(example.query)).toBe(true);
      await tab.click();
      await expect.poll(() => editorText(page, 'query')).toBe(example.query);
    }
    await page.setViewportSize({ width: 1440, height: 1000 });
  });
});

describe('GraphiQL on a phone (390×844)', () => {
  it('keeps the editor, the run button and the results in view, none over another, and shows the result', async () => {
    const viewport = { width: 390, height: 844 };
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
    try {
      const phone = await context.newPage();
      await phone.goto(`${server.url}/graphql`);
      await waitForQueryEditor(phone);
      const boxes = [
        await boxOf(phone, 'links', '.graphiql-logo'),
        await boxOf(phone, 'active tab', '.graphiql-tab-active'),
        await boxOf(phone, 'query editor', '.graphiql-query-editor .graphiql-editor'),
        await boxOf(phone, 'run button', '.graphiql-execute-button'),
        await boxOf(phone, 'variables and headers', '.graphiql-editor-tools'),
        await boxOf(phone, 'results', '.graphiql-response'),
        await boxOf(phone, 'sidebar', '.graphiql-sidebar'),
      ];
      for (const box of boxes) {
        expect(inside(box, viewport), `${box.name} at ${JSON.stringify(box)}`).toBe(true);
        expect(box.width * box.height, box.name).toBeGreaterThan(0);
      }
      const overlaps = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.name} × ${b.name}`),
      );
      expect(overlaps).toEqual([]);
      const editor = boxes.find((box) => box.name === 'query editor')!;
      const results = boxes.find((box) => box.name === 'results')!;
      expect(editor.height).toBeGreaterThanOrEqual(150);
      expect(results.height).toBeGreaterThanOrEqual(150);
      expect(results.width).toBeGreaterThanOrEqual(250);

      await phone.locator('.graphiql-execute-button').tap();
      await expect.poll(() => editorText(phone, 'response'), { timeout: 30_000 }).toContain('"name": "Mistral AI"');
      await expect(phone.locator('.graphiql-response .CodeMirror-lines').first().isVisible()).resolves.toBe(true);
      await phone.screenshot({ path: 'test-results/playground-phone.png' });
    } finally {
      await context.close();
    }
  });
});

/** One cold load of GraphiQL on the slow link in a fresh context: when the editor was usable, and what came over the wire before. */
async function coldLoadOnSlowLink() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const slow = await context.newPage();
  const cdp = await context.newCDPSession(slow);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_LINK });
  const transferred: { url: string; bytes: number }[] = [];
  const urls = new Map<string, string>();
  let usable = false;
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    if (!usable) transferred.push({ url: urls.get(event.requestId) ?? '?', bytes: event.encodedDataLength });
  });

  await slow.goto(`${server.url}/graphql`, { waitUntil: 'commit' });
  // Usable: the first example is in the editor. The page's own clock, from the start of navigation.
  const at = await slow.waitForFunction(
    (name) => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as
        | (Element & { CodeMirror?: { getValue(): string } })
        | null;
      return editor?.CodeMirror?.getValue().includes(name) ? performance.now() : false;
    },
    operationName(examples[0]!.query)!,
    { polling: 'raf', timeout: 60_000 },
  );
  const usableAfterMs = Math.round((await at.jsonValue()) as number);
  usable = true;
  const bytes = transferred.reduce((sum, { bytes }) => sum + bytes, 0);
  return { context, page: slow, usableAfterMs, bytes, transferred };
}

describe('GraphiQL on a slow link', () => {
  it(`is usable within ${USABLE_WITHIN_MS / 1000} s at 1.6 Mbps / 150 ms from a cold cache, under ${BYTES_BEFORE_USABLE / 1024} KB before then`, async () => {
    // The link is emulated, the CPU is not: on a shared 2-core machine other processes slow parsing
    // down. Up to three cold loads, the fastest one counts; every one must stay within the bytes.
    const times: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const load = await coldLoadOnSlowLink();
      try {
        console.log(
          `GraphiQL at 1.6 Mbps / 150 ms: usable after ${load.usableAfterMs} ms, ${(load.bytes / 1024).toFixed(1)} KB transferred before then (${load.transferred.length} responses)`,
        );
        expect(load.transferred.some(({ url }) => url.endsWith('/assets/graphiql/graphiql.js'))).toBe(true);
        expect(load.bytes).toBeLessThan(BYTES_BEFORE_USABLE);
        times.push(load.usableAfterMs);
        if (attempt === 0) {
          // It is usable, not only drawn: typing edits the document.
          await load.page.locator('.graphiql-query-editor .CodeMirror').click();
          await load.page.keyboard.press('Control+Home');
          await load.page.keyboard.type('# typed\n');
          await expect.poll(() => editorText(load.page, 'query')).toMatch(/^# typed\n/);
        }
      } finally {
        await load.context.close();
      }
      if (load.usableAfterMs < USABLE_WITHIN_MS) break;
    }
    expect(Math.min(...times)).toBeLessThan(USABLE_WITHIN_MS);
  });
});

describe('the landing page at /', () => {
  it('shows its stylesheet, and its playground link opens GraphiQL', async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.locator('h1').innerText()).toBe('AI Funding Graph');
    const button = page.getByRole('link', { name: 'Open the GraphiQL playground' });
    // landing.css paints the button; unstyled, its background would be transparent.
    expect(await button.evaluate((link) => getComputedStyle(link).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('pre').count()).toBeGreaterThanOrEqual(examples.length);
    await button.click();
    await page.waitForURL(`${server.url}/graphql`);
    await waitForQueryEditor(page);
  });

  it('opens each example in GraphiQL with its query and variables, in a tab of its own', async () => {
    for (const example of [examples[2]!, examples.at(-1)!]) {
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: `Open ${example.name} in GraphiQL` }).click();
      await page.waitForURL(/\/graphql\?query=/);
      await waitForQueryEditor(page);
      await expect.poll(() => editorText(page, 'query')).toBe(example.query);
      expect((await page.locator('.graphiql-tab-active').innerText()).trim()).toBe(operationName(example.query));
      if (example.variables) {
        await page.getByRole('button', { name: 'Variables' }).click();
        await expect.poll(async () => JSON.parse((await editorText(page, 'variables')) || 'null')).toEqual(example.variables);
      }
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => editorText(page, 'response'), { timeout: 30_000 }).toContain('"data"');
      expect(await editorText(page, 'response')).not.toContain('"errors"');
    }
  });
});

it('requests nothing from any origin but its own, and breaks no Content-Security-Policy rule', async () => {
  expect(requested.length).toBeGreaterThan(5);
  expect(requested.filter((url) => new URL(url).origin !== server.url && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
