import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../scripts/wrangler-dev';
import { examples } from '../src/documents/examples';
import { openBrowser } from './browser-session';

const port = Number(process.env.PLAYGROUND_PORT ?? 8788);
const inspectorPort = Number(process.env.PLAYGROUND_INSPECTOR_PORT ?? 9231);

let server: DevServer;
let browser: Browser;
let page: Page;
let requested: string[] = [];
let consoleErrors: string[] = [];
let cspViolations: string[] = [];

const operationName = (query: string) => /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
/** Monaco renders spaces as no-break spaces. */
const text = async (selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');

beforeAll(async () => {
  server = await startWranglerDev(port, inspectorPort);
  ({ browser, page, requested, consoleErrors, cspViolations } = await openBrowser({ width: 1440, height: 1000 }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('opens GraphiQL at /graphql with one tab per example query', async () => {
  const response = await page.goto(`${server.url}/graphql`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  await expect
    .poll(() => text('.graphiql-query-editor .view-lines'), { timeout: 30_000 })
    .toContain(`query ${operationName(examples[0]!.query)}`);
  const tabs = await page.locator('.graphiql-tab').allInnerTexts();
  expect(tabs.map((tab) => tab.trim())).toEqual(examples.map((example) => operationName(example.query)));
});

it('runs the first example through the run button and shows Mistral AI and its €450 million round', async () => {
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(() => text('.graphiql-response .view-lines'), { timeout: 30_000 }).toContain('"name": "Mistral AI"');
  const result = await text('.graphiql-response .view-lines');
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
  // Monaco renders only the lines in view: go to the end of the response, where extensions are.
  await page.locator('.graphiql-response .monaco-editor').click();
  await page.keyboard.press('Control+End');
  await expect.poll(() => text('.graphiql-response .view-lines'), { timeout: 10_000 }).toContain(`"requested": ${requested},`);
  expect(await text('.graphiql-response .view-lines')).toContain(`"limit": ${limit}`);
});

it('shows the schema descriptions in the docs explorer', async () => {
  const introspection = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { description fields { name description } } } }' }),
  });
  const queryType = ((await introspection.json()) as any).data.__schema.queryType;
  const company = queryType.fields.find((field: { name: string }) => field.name === 'company');
  expect(company.description).toBeTruthy();
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await expect.poll(() => text('.graphiql-doc-explorer'), { timeout: 10_000 }).toContain(company.description.split('\n')[0]);
});

it('shows the landing page at / with its stylesheet, and its playground link opens GraphiQL', async () => {
  const response = await page.goto(`${server.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(await page.locator('h1').innerText()).toBe('AI Funding Graph');
  const button = page.getByRole('link', { name: 'Open the GraphiQL playground' });
  // landing.css paints the button; unstyled, its background would be transparent.
  expect(await button.evaluate((link) => getComputedStyle(link).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await page.locator('pre').count()).toBeGreaterThanOrEqual(examples.length);
  await button.click();
  await page.waitForURL(`${server.url}/graphql`);
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor({ timeout: 60_000 });
});

it('requests nothing from any origin but its own, and breaks no Content-Security-Policy rule', async () => {
  expect(requested.length).toBeGreaterThan(5);
  expect(requested.filter((url) => new URL(url).origin !== server.url && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  const workers = requested.filter((url) => url.includes('/monacoeditorwork/'));
  expect(workers.length).toBeGreaterThan(0);
  expect(cspViolations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
