using System.Security.Cryptography;
using System.Text;

namespace GovGraph.Api.Tests.Limits;

/// <summary>The persisted documents the tests register, each with the id a client computes for it.</summary>
public static class Persisted
{
    public const string StatsQuery = "query Stats { stats { villages } }\n";
    public const string CreatePerson = "mutation Create { createPerson(input: { name: \"持久\" }) { person { id } errors { code } } }\n";
    public const string Changes = "subscription Changes { changes { cursor type } }\n";

    public static string Id(string document) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static string Hash(string document) => Id(document)["sha256:".Length..];
}

/// <summary>An empty store with the documents of <see cref="Persisted"/> in a folder of its own.</summary>
public class PersistedDocumentsFactory(bool allowOnly) : LimitsFactory("none", new Dictionary<string, string>
{
    ["GraphQL:PersistedDocuments:Path"] = Folder(),
    ["GraphQL:PersistedDocuments:AllowOnly"] = allowOnly ? "true" : "false",
})
{
    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govgraph-tests", "documents-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        File.WriteAllText(Path.Combine(folder, "stats.graphql"), Persisted.StatsQuery);
        File.WriteAllText(Path.Combine(folder, "create.graphql"), Persisted.CreatePerson);
        File.WriteAllText(Path.Combine(folder, "nested", "changes.graphql"), Persisted.Changes);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a document");
        return folder;
    }
}

/// <summary>Persisted documents beside raw query text (the default mode).</summary>
public sealed class PersistedDocumentsOpenFactory() : PersistedDocumentsFactory(allowOnly: false);

/// <summary>Persisted documents only: raw query text is refused for everybody.</summary>
public sealed class PersistedDocumentsOnlyFactory() : PersistedDocumentsFactory(allowOnly: true);

/// <summary>Open mode with room for two automatic persisted queries, so the tests reach the bound.</summary>
public sealed class AutomaticPersistedQueriesOfTwoFactory() : PersistedDocumentsFactory(allowOnly: false)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:PersistedDocuments:AutomaticMaxCount", "2");
    }
}

/// <summary>Open mode with automatic persisted queries turned off.</summary>
public sealed class AutomaticPersistedQueriesOffFactory() : PersistedDocumentsFactory(allowOnly: false)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:PersistedDocuments:AutomaticMaxCount", "0");
    }
}
