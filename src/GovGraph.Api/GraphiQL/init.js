// Starts GraphiQL against this server's /graphql endpoint: queries and mutations over HTTP, subscriptions over
// WebSocket (graphql-transport-ws, the graphql-ws client). A separate file (not inline) so the page's
// Content-Security-Policy can forbid inline scripts.
(function () {
  var http = new URL('/graphql', window.location.href);
  var ws = new URL(http.toString());
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  var fetcher = GraphiQL.createFetcher({
    url: http.toString(),
    wsClient: graphqlWs.createClient({ url: ws.toString(), lazy: true })
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
