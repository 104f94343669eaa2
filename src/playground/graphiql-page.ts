import { type Example, examples } from '../documents/examples';
import { assetsPath, escapeHtml, jsonForScript } from './html';

const title = 'AI Funding Graph';

const tab = (example: Example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
});

/** Props for Yoga's GraphiQL: one tab per example query, the first one open. */
const graphiqlOptions = {
  // Yoga's GraphiQL renders a string title as HTML, in its header.
  title: `${escapeHtml(title)} · <a href="/explore">Explorer</a>`,
  endpoint: '/graphql',
  defaultTabs: examples.map(tab),
  ...(examples[0] ? tab(examples[0]) : {}),
};

/**
 * The GraphiQL page: Yoga's GraphiQL build served from this origin's static assets, started by an
 * external script that reads its options from a JSON block, so no inline script is needed.
 */
export const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · GraphiQL</title>
<link rel="icon" href="${assetsPath}/playground/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assetsPath}/graphiql/graphiql.css">
</head>
<body>
<noscript>GraphiQL needs JavaScript. You can still POST queries to /graphql; see <a href="/">the landing page</a>.</noscript>
<div id="root">Loading GraphiQL…</div>
<script id="graphiql-options" type="application/json">${jsonForScript(graphiqlOptions)}</script>
<script src="${assetsPath}/graphiql/yoga-graphiql.umd.js"></script>
<script src="${assetsPath}/playground/graphiql-boot.js"></script>
</body>
</html>
`;
