// Starts GraphiQL with options the Worker embeds as JSON, so the page needs no inline script
// and its Content-Security-Policy can stay 'self' only.
(() => {
  'use strict';
  var workerBase = new URL('/assets/graphiql/monacoeditorwork/', location.href).href;
  var workerFiles = {
    editorWorkerService: 'editor.worker.bundle.js',
    json: 'json.worker.bundle.js',
    graphql: 'graphql.worker..bundle.js',
  };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: (_moduleId, label) => workerBase + (workerFiles[label] || workerFiles.editorWorkerService),
  };
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  // A link may carry a query and its variables (as /explore's panel does): it opens in a tab of its
  // own, selected, whether or not GraphiQL remembers tabs from an earlier visit.
  var params = new URLSearchParams(location.search);
  var query = params.get('query');
  if (query) {
    var variables = params.get('variables') || undefined;
    options.query = query;
    options.variables = variables;
    options.defaultTabs = [{ query: query, variables: variables }].concat(options.defaultTabs || []);
  }
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
})();
