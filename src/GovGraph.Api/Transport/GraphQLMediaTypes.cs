namespace GovGraph.Api.Transport;

/// <summary>The media types GraphQL over HTTP speaks, and the exact Content-Type values GovGraph answers with.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";
    public const string EventStream = "text/event-stream";

    // The spec requires UTF-8 responses; saying so keeps older clients from guessing another charset.
    public const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";
    public const string HtmlUtf8 = Html + "; charset=utf-8";
}
