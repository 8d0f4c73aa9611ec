using GovGraph.Api.Errors;
using GovGraph.Api.Security;
using GovGraph.Api.Transport.ServerSentEvents;
using GovGraph.Api.Transport.WebSockets;
using GraphQL.Execution;

namespace GovGraph.Api.Transport;

/// <summary>GraphQL at <c>/graphql</c> over HTTP, WebSocket (graphql-transport-ws) and Server-Sent Events (graphql-sse), with the GraphiQL IDE for browsers.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>Registers the GraphQL-over-HTTP endpoint, the GraphiQL page and the error output shape.</summary>
    public static IHostApplicationBuilder AddGraphQLHttpTransport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLExecutor>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<GraphQLWebSocketEndpoint>();
        builder.Services.AddSingleton<GraphQLSseEndpoint>();
        builder.Services.AddSingleton<GraphiQLPage>();
        // Errors carry message, location, path and one stable extensions.code; never exception details.
        // Registered after the schema so this provider is the one the serializer resolves.
        builder.Services.AddSingleton<IErrorInfoProvider, GovGraphErrorInfoProvider>();
        // Minimal-API JSON results (the CSV exports' errors) encode as every other body does.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = ResponseJson.Encoder);
        return builder;
    }

    /// <summary>Maps GraphQL over HTTP (GET and POST) at <paramref name="path"/> and the IDE's static files.</summary>
    public static WebApplication MapGraphQLHttp(this WebApplication app, string path = "/graphql")
    {
        var graphiQL = app.Services.GetRequiredService<GraphiQLPage>();
        if (graphiQL.IsInstalled)
        {
            // Serves the IDE's scripts and styles under /graphiql/ from wwwroot.
            app.UseStaticFiles();
        }
        else
        {
            GraphQLHttpLog.GraphiQLMissing(app.Logger, graphiQL.ExpectedLocation);
        }

        // graphql-transport-ws connections upgrade at the same URL.
        app.UseWebSockets();
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map(path, endpoint.HandleAsync).WithDisplayName("GraphQL over HTTP")
            .WithMetadata(new AnonymousWhen(GraphiQLPage.IsPageRequest));
        return app;
    }
}
