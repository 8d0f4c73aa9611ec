namespace GovGraph.Api.Transport;

/// <summary>GraphQL over HTTP at <c>/graphql</c> (placeholder until the transport lands).</summary>
public static class GraphQLHttpExtensions
{
    public static IHostApplicationBuilder AddGraphQLHttpTransport(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapGraphQLHttp(this WebApplication app, string path = "/graphql") => app;
}
