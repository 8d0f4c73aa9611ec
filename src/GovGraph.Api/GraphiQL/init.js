// Starts GraphiQL against this server's /graphql endpoint: queries and mutations over HTTP, subscriptions over
// WebSocket (graphql-transport-ws, the graphql-ws client). A separate file (not inline) so the page's
// Content-Security-Policy can forbid inline scripts.
(function () {
  var http = new URL('/graphql', window.location.href);
  var ws = new URL(http.toString());
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  // With authentication on, the socket authenticates in connection_init (browsers cannot set upgrade headers): its
  // credentials are the ones in GraphiQL's headers editor, which GraphiQL hands to the fetcher with each operation.
  // The client connects lazily, on the first subscription, so it sees the headers that subscription was sent with.
  var editorHeaders = {};
  var connectionParams = function () {
    var params = {};
    ['Authorization', 'authorization', 'X-Api-Key', 'x-api-key'].forEach(function (name) {
      if (typeof editorHeaders[name] === 'string') {
        params[name] = editorHeaders[name];
      }
    });
    return params;
  };
  var inner = GraphiQL.createFetcher({
    url: http.toString(),
    wsClient: graphqlWs.createClient({ url: ws.toString(), lazy: true, connectionParams: connectionParams })
  });
  var fetcher = function (params, options) {
    editorHeaders = (options && options.headers) || {};
    return inner(params, options);
  };
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
