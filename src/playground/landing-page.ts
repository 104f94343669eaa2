import { examples } from '../documents/examples';
import { assetsPath, escapeHtml } from './html';

const exampleSection = examples
  .map((example) => {
    const variables = example.variables
      ? `<p>Variables:</p>\n<pre><code>${escapeHtml(JSON.stringify(example.variables, null, 2))}</code></pre>`
      : '';
    const params = new URLSearchParams({ query: example.query });
    if (example.variables) params.set('variables', JSON.stringify(example.variables, null, 2));
    return `<h3>${escapeHtml(example.name)}</h3>
<pre><code>${escapeHtml(example.query.trimEnd())}</code></pre>
${variables}
<p><a class="open" href="/graphql?${escapeHtml(params.toString())}" aria-label="Open ${escapeHtml(example.name)} in GraphiQL">Open in GraphiQL</a></p>`;
  })
  .join('\n');

/** The landing page at GET /: what the API is, where to try it, and its example queries. */
export const landingPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI Funding Graph: a GraphQL API</title>
<link rel="icon" href="${assetsPath}/playground/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assetsPath}/playground/landing.css">
</head>
<body>
<header>
<h1>AI Funding Graph</h1>
<p class="lead">A GraphQL API about the AI industry's money: companies, funding rounds, investors, AI models and regions. Every fact points back to the exact sentence of the news article that states it.</p>
</header>
<nav class="actions">
<a class="primary" href="/graphql">Open the GraphiQL playground</a>
<a href="/explore">Explore the funding graph</a>
<a href="/schema.graphql">Schema (SDL)</a>
</nav>
<p>Send queries with <code>POST /graphql</code> and a JSON body <code>{"query": "…", "variables": {…}}</code>, or <code>GET /graphql?query=…</code>. The playground opens with the examples below as tabs (each one's link opens it there); its documentation explorer describes every type and field.</p>
<h2>Example queries</h2>
${exampleSection}
<footer>Served by a Cloudflare Worker; this page and the playground load nothing from any other origin.</footer>
</body>
</html>
`;
