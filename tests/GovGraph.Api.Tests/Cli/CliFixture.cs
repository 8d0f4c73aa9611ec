using System.Text;
using GovGraph.Api.Cli;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovGraph.Api.Tests.Cli;

/// <summary>A temporary folder for store files and interchange files, and a console whose output the test reads.</summary>
public sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Directory.CreateDirectory(Folder);
    }

    public static CancellationToken Ct => CancellationToken.None;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "govgraph-tests", Guid.NewGuid().ToString("N"));

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public CliConsole Console => new(Out, Error, ShowProgress: false);

    public string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    public string WriteFile(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A store that has not been initialised: the verbs must do that themselves.</summary>
    public SqliteGraphStore NewStore(string name = "govgraph.db") =>
        new(new SqliteStoreOptions { Path = PathOf(name) });

    /// <summary>An initialised store holding a city, a township and the OVERSEES between them.</summary>
    public async Task<SqliteGraphStore> SmallStoreAsync(string name = "govgraph.db")
    {
        var store = NewStore(name);
        await store.InitializeAsync(Ct);
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(new GraphNode("city:ningguo", Labels.City, new Dictionary<string, object?> { [Props.Name] = "宁国市" }));
        batch.CreateNodes.Add(new GraphNode("township:gangkou", Labels.Township, new Dictionary<string, object?> { [Props.Name] = "港口镇", [Props.DivisionType] = "TOWN" }));
        batch.CreateRelationships.Add(new GraphRelationship("r:1", RelTypes.Oversees, "city:ningguo", "township:gangkou", GraphRelationship.NoProperties));
        await store.WriteAsync(batch, Ct);
        return store;
    }

    public static async Task<List<string>> NodeIdsAsync(IGraphStore store) =>
        await store.ReadAllNodesAsync(Ct).Select(n => n.Id).ToListAsync();

    public static async Task<int> RelationshipCountAsync(IGraphStore store) =>
        await store.ReadAllRelationshipsAsync(Ct).CountAsync();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // NOTE: a file still held by a pooled connection is left to the OS temp cleaner.
        }
    }
}
