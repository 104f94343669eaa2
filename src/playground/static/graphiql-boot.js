// Starts GraphiQL with options the Worker embeds as JSON, so the page needs no inline script
// and its Content-Security-Policy can stay 'self' only.
(function () {
  'use strict';
  var workerBase = new URL('/assets/graphiql/monacoeditorwork/', location.href).href;
  var workerFiles = {
    editorWorkerService: 'editor.worker.bundle.js',
    json: 'json.worker.bundle.js',
    graphql: 'graphql.worker..bundle.js',
  };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return workerBase + (workerFiles[label] || workerFiles.editorWorkerService);
    },
  };
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
})();
