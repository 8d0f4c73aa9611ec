using System.Net;
using System.Text.RegularExpressions;
using GovGraph.Api.Tests.Transport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovGraph.Api.Tests.Hostile;

/// <summary>
/// The guarantees every hostile case shares, in one place: nothing in the body that tells an attacker about the
/// server's insides, no data changed, and the server still alive afterwards.
/// </summary>
internal static partial class HostileAssert
{
    /// <summary>Every case must be answered well within this; a slower answer counts as a hang.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// No exception details (type names, stack frames), no source or server file paths, and no SQL or Cypher text
    /// coming back from the store; then the store is as <paramref name="before"/> and /health/live answers 200.
    /// </summary>
    public static async Task HarmlessAsync(WebApplicationFactory<Program> factory, HttpClient client, StoreMark before, string body)
    {
        NoInternals(body);
        Assert.Equal(before, await StoreMark.ReadAsync(factory));
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public static void NoInternals(string body)
    {
        GraphQLResponseAssert.NoExceptionDetails(body);
        var leak = Internals().Match(body);
        Assert.False(leak.Success, $"The response shows server internals ('{leak.Value}'): {Shorten(body)}");
    }

    /// <summary>A body cut to a readable length for failure messages (some cases send megabytes).</summary>
    public static string Shorten(string body) => body.Length <= 2000 ? body : body[..2000] + $"... ({body.Length} chars)";

    // Paths of the build or the host (a Windows path shows as C:\\ in JSON); what SQLite and Neo4j put in their errors (statement text, table and
    // function names the API never shows otherwise). Hostile input echoed in a message is fine: none of it
    // contains these.
    [GeneratedRegex(
        @"\b[A-Za-z]:\\\\[A-Za-z]|/(?:work|src|home|tmp|usr|app)/|\.cs\b|\bSQLite\b|SqliteException|SQL logic error|\bnodes_fts\b|json_extract|near ""[^""]*"": syntax error|Neo\.ClientError|Neo4j|CypherSyntax|Invalid input '",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Internals();
}
