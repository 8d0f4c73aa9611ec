using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Tests.Neo4j.Client;

/// <summary>The Query API client the client tests drive: pointed at a recorded server, retries without delay.</summary>
internal static class RecordedClient
{
    public static Neo4jQueryClient For(
        RecordingHandler server, int maxRetries = 2, TimeSpan? timeout = null, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474/"),
            Database = "govgraph",
            User = "neo4j",
            Password = "verysecret",
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.Zero,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(options);
        return new Neo4jQueryClient(new HttpClient(server), options);
    }

    public static CypherStatement Statement(string text, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(text, parameters ?? new Dictionary<string, object?>());
}
