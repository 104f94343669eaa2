import type { Page } from 'playwright-core';

/** GraphiQL's editors, by the class of the element around each CodeMirror instance. */
const editors = {
  query: '.graphiql-query-editor',
  variables: '.graphiql-editor-tool',
  response: '.graphiql-response',
} as const;

/** The text of one of GraphiQL's editors, read from its CodeMirror instance (all of it, not only what is in view). */
export const editorText = (page: Page, editor: keyof typeof editors): Promise<string> =>
  page.evaluate(
    (selector) =>
      (
        [...document.querySelectorAll(`${selector} .CodeMirror`)].find((element) => (element as HTMLElement).offsetParent !== null) as
          | (Element & { CodeMirror?: { getValue(): string } })
          | undefined
      )?.CodeMirror?.getValue() ?? '',
    editors[editor],
  );

/** Waits until the query editor is on the page and holds text. */
export async function waitForQueryEditor(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      ((
        document.querySelector('.graphiql-query-editor .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null
      )?.CodeMirror?.getValue().length ?? 0) > 0,
    undefined,
    { timeout, polling: 100 },
  );
}

/** The operation name a document declares, e.g. `MistralRound`. */
export const operationName = (query: string) => /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
