using GovGraph.Storage.Neo4j.Client;
using GovGraph.Storage.Neo4j.Cypher;

namespace GovGraph.Storage.Tests.Neo4j;

/// <summary>
/// The Neo4j server the contract leg runs against, from <c>GOVGRAPH_TEST_NEO4J_URI</c>, <c>_USER</c> and
/// <c>_PASSWORD</c>. Construction of the Cypher runner is isolated in <see cref="RunnerFactory"/>: the seam where
/// the HTTP Query API client (<c>Neo4jQueryClient(HttpClient, Neo4jOptions)</c>) is wired in.
/// </summary>
internal static class Neo4jTestServer
{
    public const string UriVariable = "GOVGRAPH_TEST_NEO4J_URI";
    public const string UserVariable = "GOVGRAPH_TEST_NEO4J_USER";
    public const string PasswordVariable = "GOVGRAPH_TEST_NEO4J_PASSWORD";

    public static string? Uri => Environment.GetEnvironmentVariable(UriVariable);

    public static string User => Environment.GetEnvironmentVariable(UserVariable) ?? "neo4j";

    public static string Password => Environment.GetEnvironmentVariable(PasswordVariable) ?? string.Empty;

    /// <summary>Builds the runner for (uri, user, password): the HTTP Query API client the API itself uses.</summary>
    public static Func<string, string, string, ICypherRunner>? RunnerFactory { get; set; } = (uri, user, password) =>
        new Neo4jQueryClient(new HttpClient(), new Neo4jOptions { Uri = new Uri(uri), User = user, Password = password });

    /// <summary>Why the leg cannot run here, or null when it can.</summary>
    public static string? SkipReason =>
        string.IsNullOrEmpty(Uri)
            ? $"Neo4j leg skipped: set {UriVariable} (and {UserVariable}, {PasswordVariable}) to run the contract suite against a Neo4j 5.26+ server."
            : RunnerFactory is null
                ? "Neo4j leg skipped: no Cypher runner is wired (Neo4jTestServer.RunnerFactory is null until the HTTP Query API client is merged)."
                : null;

    public static ICypherRunner CreateRunner() =>
        (RunnerFactory ?? throw new InvalidOperationException(SkipReason))(Uri!, User, Password);
}
