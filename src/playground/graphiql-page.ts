import { type Example, examples } from '../documents/examples';
import { assetsPath, escapeHtml, jsonForScript } from './html';

const title = 'AI Funding Graph';

const tab = (example: Example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
});

/** What src/playground/client/graphiql.tsx reads: one tab per example query, the first one open. */
const graphiqlOptions = {
  endpoint: '/graphql',
  defaultTabs: examples.map(tab),
};

/**
 * The GraphiQL page: GraphiQL (on CodeMirror) bundled by scripts/build-assets.mjs and served from
 * this origin's static assets; its script reads the options from a JSON block, so no inline script
 * is needed.
 */
export const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · GraphiQL</title>
<link rel="icon" href="${assetsPath}/playground/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assetsPath}/graphiql/graphiql.css">
<link rel="modulepreload" href="${assetsPath}/graphiql/runtime.js">
<script type="module" src="${assetsPath}/graphiql/graphiql.js"></script>
</head>
<body>
<noscript>GraphiQL needs JavaScript. You can still POST queries to /graphql; see <a href="/">the landing page</a>.</noscript>
<div id="root">Loading GraphiQL…</div>
<script id="graphiql-options" type="application/json">${jsonForScript(graphiqlOptions)}</script>
</body>
</html>
`;
