using GovGraph.Api.Limits.RateLimiting;
using GovGraph.Api.Security;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Transport.WebSockets;

/// <summary>
/// GraphQL over WebSocket at <c>/graphql</c> with the <c>graphql-transport-ws</c> subprotocol (the graphql-ws
/// library's protocol): queries, mutations and subscriptions, each operation by its client-chosen id.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(
    GraphQLExecutor executor,
    ConnectionInitAuthenticator authenticator,
    CallerRateLimiter rateLimiter,
    IOptions<GraphQLOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        var wantsProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(wantsProtocol ? SubProtocol : null);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var connection = new GraphQLWebSocketConnection(socket, context, executor, authenticator, rateLimiter, serializer, options.Value, logger);
        if (!wantsProtocol)
        {
            await connection.RefuseAsync(GraphQLWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            return;
        }

        await connection.RunAsync(lifetime.ApplicationStopping);
    }
}
