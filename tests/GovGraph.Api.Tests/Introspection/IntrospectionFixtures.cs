using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Introspection;

/// <summary>
/// The exact introspection requests of the tools that read the schema from the URL, as each sends them (request
/// bodies). tests/conformance/introspection.test.mjs rebuilds them from the installed libraries and fails when one
/// drifts; the browser test compares GraphiQL's with what the page really posts.
/// </summary>
public static class IntrospectionFixtures
{
    /// <summary>GraphiQL 3.9's schema fetch (the page at /graphql).</summary>
    public const string GraphiQL = "graphiql-3.json";

    /// <summary>graphql's getIntrospectionQuery with descriptions, specifiedByURL, isRepeatable, the schema's description and input value deprecation.</summary>
    public const string GraphQLJsAllOptions = "graphql-js-all-options.json";

    /// <summary>graphql-codegen's `schema: http://…` through @graphql-tools/url-loader.</summary>
    public const string Codegen = "graphql-codegen-url-loader.json";

    public static TheoryData<string> All() => new() { GraphiQL, GraphQLJsAllOptions, Codegen };

    /// <summary>The request body, byte for byte as stored.</summary>
    public static string Body(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "GovGraph.Api.Tests", "Introspection", "Fixtures", name));

    /// <summary>The query text of the request body.</summary>
    public static string Query(string name) => JsonNode.Parse(Body(name))!["query"]!.GetValue<string>();
}
