using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;
using Microsoft.AspNetCore.Hosting;

namespace GovGraph.Api.Tests.Neo4j;

/// <summary>
/// The API on `Store:Provider=neo4j` against the server named by <c>GOVGRAPH_TEST_NEO4J_URI</c> (and <c>_USER</c>,
/// <c>_PASSWORD</c>): the database is emptied first, then the API seeds the county into it at start.
/// </summary>
public sealed class Neo4jApiFactory() : GovGraphFactory("ningguo")
{
    public static string? Uri => Environment.GetEnvironmentVariable("GOVGRAPH_TEST_NEO4J_URI");

    private static string User => Environment.GetEnvironmentVariable("GOVGRAPH_TEST_NEO4J_USER") ?? "neo4j";

    private static string Password => Environment.GetEnvironmentVariable("GOVGRAPH_TEST_NEO4J_PASSWORD") ?? string.Empty;

    public static string? SkipReason => string.IsNullOrEmpty(Uri)
        ? "API on Neo4j skipped: set GOVGRAPH_TEST_NEO4J_URI (and GOVGRAPH_TEST_NEO4J_USER, GOVGRAPH_TEST_NEO4J_PASSWORD) to run the API tests against a Neo4j 5.26+ server."
        : null;

    /// <summary>Empties the test database in batches (a county is too big for one transaction on a small server).</summary>
    public static async Task WipeAsync()
    {
        using var http = new HttpClient();
        var client = new Neo4jQueryClient(http, new Neo4jOptions { Uri = new System.Uri(Uri!), User = User, Password = Password });
        var wipe = new CypherStatement("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted", new Dictionary<string, object?>());
        while ((await client.RunAsync(wipe, AccessMode.Write, CancellationToken.None)).Values[0][0].GetInt64() > 0)
        {
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Store:Provider", "neo4j");
        builder.UseSetting("Neo4j:Uri", Uri ?? "http://127.0.0.1:7474");
        builder.UseSetting("Neo4j:User", User);
        builder.UseSetting("Neo4j:Password", Password);
    }
}
