// Starts GraphiQL against this server's /graphql endpoint. A separate file (not inline) so the page's
// Content-Security-Policy can forbid inline scripts.
(function () {
  var fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.href).toString()
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
