import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** A headless Debian chromium with one context and page, recording what a test asserts on. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the context requested (web workers' requests included). */
  readonly requested: string[];
  /** Console errors and uncaught page errors. */
  readonly consoleErrors: string[];
  /** Content-Security-Policy violations, as "path: directive blocked-uri". */
  readonly cspViolations: string[];
}

/**
 * Launches chromium (`CHROMIUM_PATH`, default Debian's /usr/bin/chromium; playwright-core never
 * downloads one) with the flags this offline machine needs, and records requests, console errors
 * and CSP violations for the whole context.
 */
export async function openBrowser(viewport: { width: number; height: number }): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport });
  const requested: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  // Context events include requests made by web workers too.
  context.on('request', (request) => requested.push(request.url()));
  // Kept outside the page, so violations on a page the test navigated away from still count.
  await context.exposeFunction('reportCspViolation', (violation: string) => cspViolations.push(violation));
  await context.addInitScript(() => {
    const report = (globalThis as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return { browser, context, page, requested, consoleErrors, cspViolations };
}
